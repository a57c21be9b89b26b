// The lines of a Markdown document, with every run of blank lines cut to one (two at either
// end): what `.join('\n').replace(/\n{3,}/g, '\n\n')` gives, without a second pass over (and a
// second copy of) megabytes of effective terms.

export interface MarkdownLines {
  add(line: string): void
  text(): string
}

export function markdownLines(): MarkdownLines {
  const lines: string[] = []
  let blanks = 0
  // A line with a newline of its own can join a run across it; such text takes the regex at the end.
  let multiline = false
  const flush = (most: number) => {
    for (let i = Math.min(blanks, most); i > 0; i--) lines.push('')
    blanks = 0
  }
  return {
    add(line) {
      if (line === '') {
        blanks++
        return
      }
      if (line.includes('\n')) multiline = true
      flush(lines.length === 0 ? 2 : 1)
      lines.push(line)
    },
    text() {
      if (lines.length === 0) return '\n'.repeat(Math.max(0, blanks - 1)).replace(/\n{3,}/g, '\n\n')
      flush(2)
      const text = lines.join('\n')
      return multiline ? text.replace(/\n{3,}/g, '\n\n') : text
    }
  }
}

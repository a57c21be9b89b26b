// Markdown blocks that span lines: HTML comments and HTML blocks are asides from the line
// that opens them to the line that closes them; headings written more than once at one level
// hold the unnumbered provisions of a document that numbers none.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'

export /** Lines inside a multi-line HTML comment or HTML block (`<div>` … `</div>`) are asides like the line that opens it. */
function markComments(lines: Line[], shapes: Shape[]): void {
  let comment = false
  let block: string | undefined
  for (const line of lines) {
    const text = line.text
    if (comment || block) shapes[line.index] = {kind: 'aside', contentStart: 0}
    if (block) {
      if (text.includes(`</${block}>`)) block = undefined
      continue
    }
    const start = text.lastIndexOf('<!--')
    const end = text.lastIndexOf('-->')
    if (start !== -1 && start > end) comment = true
    else if (end !== -1) comment = false
    const tag = /^[ \t]{0,3}<([a-zA-Z][a-zA-Z0-9-]*)[ \t>]/.exec(text)
    if (!comment && tag && !text.includes(`</${tag[1]}>`) && closes(lines, line.index, tag[1])) block = tag[1]
  }
}

/** Whether a `</tag>` follows within a few lines: an HTML block that is never closed is not taken as one. */
function closes(lines: Line[], from: number, tag: string): boolean {
  for (let i = from + 1; i < Math.min(lines.length, from + 50); i++) if (lines[i].text.includes(`</${tag}>`)) return true
  return false
}

export /** In a document without numbered provisions, the heading level written more than once holds its unnumbered provisions. */
function unnumberedLevel(shapes: Shape[]): number | undefined {
  const counts = new Map<number, number>()
  for (const shape of shapes) {
    if (shape.kind === 'article') return undefined
    if (shape.kind === 'heading' && shape.level > 0) counts.set(shape.level, (counts.get(shape.level) ?? 0) + 1)
  }
  const levels = [...counts].filter(([, count]) => count >= 2).map(([level]) => level)
  return levels.length > 0 ? Math.min(...levels) : undefined
}

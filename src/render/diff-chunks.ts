// The diff writers' output in chunks for a streaming writer (src/cli/output.ts): pieces of
// text gathered into chunks of about 16k characters — small enough to die young, where a
// whole output (or a chunk of megabytes) would be a large object kept to the next full
// collection.
const size = 1 << 14

export function* chunked(pieces: Iterable<string>): Generator<string> {
  let buffer: string[] = []
  let length = 0
  for (const piece of pieces) {
    buffer.push(piece)
    length += piece.length
    if (length >= size) {
      yield buffer.join('')
      buffer = []
      length = 0
    }
  }
  if (length > 0) yield buffer.join('')
}

/** Lines as pieces, each ending in a newline: what `lines.join('\n') + '\n'` prints. */
export function* endLines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + '\n'
}

// Output made in many small pieces, handed to a streaming writer (src/cli/output.ts) in chunks
// of about `size` characters: 16k by default, small enough to die young, where a whole output
// (or a chunk of megabytes) would be a large object kept to the next full collection.

export function* chunked(pieces: Iterable<string>, size = 1 << 14): Generator<string> {
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

// Output made in many small pieces, handed to a writer in chunks of about `size` characters:
// one write per chunk, and no chunk so large that it outlives the next young collection.

export function* chunked(pieces: Iterable<string>, size: number): Generator<string> {
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

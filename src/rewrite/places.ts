// Offsets → line and column (1-based, UTF-16 units), for positions people can look up.
import type {Place} from './types.js'

export type Placer = (offset: number) => Place

/** A lookup for one text; every line break (LF, CRLF, CR) starts a line. */
export function placer(text: string): Placer {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1)
  }
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low] + 1, offset}
  }
}

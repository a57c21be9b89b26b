// Source lines with their offsets; the newline (LF, CRLF or CR) stays outside `end`.
import {lastBefore} from './search.js'

export interface Line {
  /** 0-based index */
  index: number
  /** offset of the first character */
  start: number
  /** offset after the last character before the newline */
  end: number
  /** offset of the next line (after the newline) */
  next: number
  /** the characters from start to end */
  text: string
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  const length = text.length
  while (start < length) {
    let end = start
    while (end < length) {
      const code = text.charCodeAt(end)
      if (code === 10 || code === 13) break
      end++
    }
    let next = end
    if (next < length) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1
    lines.push({index: lines.length, start, end, next, text: text.slice(start, end)})
    start = next
  }
  return lines
}

export type PointFinder = (offset: number) => {line: number; column: number; offset: number}

/** A lookup from offsets to unist points (1-based line and column, UTF-16 units) in one text. */
export function pointFinder(text: string): PointFinder {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1)
  }
  return (offset) => {
    const line = Math.max(0, lastBefore(starts.length, (i) => starts[i] <= offset))
    return {line: line + 1, column: offset - starts[line] + 1, offset}
  }
}

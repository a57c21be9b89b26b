// Line and column of offsets in a long text, for the rewrite's substitutions, report rows
// and dangling references. Their offsets come mostly in ascending order, so the line starts
// are found by jumping from newline to newline (indexOf) as far as the latest offset asked,
// not by reading every character of a 5 MB text up front as pointFinder does.
import {pointFinder, type PointFinder} from '../parse/lines.js'
import {lastBefore} from '../parse/search.js'

/** Same answers as pointFinder(text); an offset before the last one asked is found by binary search among the starts seen. */
export function placeFinder(text: string): PointFinder {
  // A lone CR also ends a line; such texts are rare and take the general finder.
  if (text.includes('\r')) return pointFinder(text)
  const starts = [0]
  let next = text.indexOf('\n') + 1
  return (offset) => {
    while (next > 0 && next <= offset) {
      starts.push(next)
      next = text.indexOf('\n', next) + 1
    }
    const line = starts[starts.length - 1] <= offset ? starts.length - 1 : Math.max(0, lastBefore(starts.length, (i) => starts[i] <= offset))
    return {line: line + 1, column: offset - starts[line] + 1, offset}
  }
}

// The text nearest to a name that never matched: the substring of a document with the
// smallest edit distance to it (Sellers' approximate search on the compact view), so a
// report can say 暗号可オプション → did you mean 暗号化オプション (1).
import {compact, compactUnit} from '../parse/normalize.js'

export interface Nearest {
  /** the source text, as written */
  text: string
  /** edit distance on the compact forms */
  distance: number
  /** source offsets, end exclusive */
  start: number
  end: number
}

/**
 * The best approximate occurrence of `name` in `text`, or undefined when the text is empty.
 * The text is read unit by unit through its compact form, so no compact copy of a long
 * text (and no offset map) is built.
 */
export function nearestText(name: string, text: string, limit?: number): Nearest | undefined {
  const pattern = compact(name)
  const m = pattern.length
  if (m === 0) return undefined
  // With a limit, cells beyond it are not worked out (Ukkonen's cut-off): `last` is the
  // deepest pattern prefix still within the limit, and a column goes one row past it.
  const cap = limit === undefined ? m : Math.min(m, limit)
  let last = cap
  // One column of the DP per compact unit: cost[i] is the distance of pattern[0, i) to the
  // best substring ending here, from[i] the source offset where that substring starts.
  let cost = new Int32Array(m + 1)
  let from = new Int32Array(m + 1)
  let nextCost = new Int32Array(m + 1)
  let nextFrom = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) cost[i] = i
  let best: {distance: number; start: number; end: number} | undefined
  for (let offset = 0; offset < text.length; offset++) {
    const form = compactUnit(text.charCodeAt(offset))
    for (let k = 0; k < form.length; k++) {
      const unit = form.charCodeAt(k)
      // A substring may start at this unit: the empty prefix costs nothing here.
      from[0] = offset
      nextCost[0] = 0
      nextFrom[0] = offset + 1
      const rows = Math.min(m, last + 1)
      for (let i = 1; i <= rows; i++) {
        // Prefer the diagonal, then dropping a pattern unit, then skipping a text unit, so
        // that ties give the tightest substring.
        let value = cost[i - 1] + (pattern.charCodeAt(i - 1) === unit ? 0 : 1)
        let start = from[i - 1]
        if (nextCost[i - 1] + 1 < value) {
          value = nextCost[i - 1] + 1
          start = nextFrom[i - 1]
        }
        if (cost[i] + 1 < value) {
          value = cost[i] + 1
          start = from[i]
        }
        nextCost[i] = value
        nextFrom[i] = start
      }
      // Rows past the band stay beyond the limit; they read as such in the next column.
      if (rows < m) nextCost[rows + 1] = cap + 1
      last = rows
      while (last > 0 && nextCost[last] > cap) last--
      if (rows === m && (!best || nextCost[m] < best.distance)) best = {distance: nextCost[m], start: nextFrom[m], end: offset + 1}
      ;[cost, nextCost] = [nextCost, cost]
      ;[from, nextFrom] = [nextFrom, from]
    }
  }
  if (!best || best.end <= best.start || (limit !== undefined && best.distance > limit)) return undefined
  return {text: text.slice(best.start, best.end), distance: best.distance, start: best.start, end: best.end}
}

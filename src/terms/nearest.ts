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
  if (limit === undefined || limit >= m || m > maxBits) return sellers(pattern, text, 0, text.length, limit)
  // A long text is first read with the bit-parallel count, which finds where the best
  // substring ends; the banded search then runs on a window ending there only.
  const found = bestEnd(pattern, text)
  if (found.distance > limit) return undefined
  return sellers(pattern, text, windowStart(text, found.offset, 2 * (m + limit) + 4), found.offset + 1, limit)
}

/**
 * Sellers' search over text[begin, end). Run on a window that ends at the best end and
 * starts far enough before it, it answers as over the whole text: every cell within the
 * limit on a path to that end belongs to a substring no longer than the pattern plus the
 * limit, and so do the cells it was chosen against.
 */
function sellers(pattern: string, text: string, begin: number, end: number, limit: number | undefined): Nearest | undefined {
  const m = pattern.length
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
  for (let offset = begin; offset < end; offset++) {
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

// Pattern units a 32-bit word holds with room for the carry of the addition below.
const maxBits = 30

/**
 * The first text offset where a substring nearest to the pattern ends, and its distance:
 * Myers' bit-vector algorithm (in Hyyrö's form), a few word operations per compact unit.
 */
function bestEnd(pattern: string, text: string): {offset: number; distance: number} {
  const m = pattern.length
  const mask = (1 << m) - 1
  const high = 1 << (m - 1)
  const peq = new Int32Array(0x10000)
  for (let i = 0; i < m; i++) peq[pattern.charCodeAt(i)] |= 1 << i
  let pv = mask
  let mv = 0
  let score = m
  let best = {offset: -1, distance: m + 1}
  for (let offset = 0; offset < text.length; offset++) {
    const form = compactUnit(text.charCodeAt(offset))
    for (let k = 0; k < form.length; k++) {
      const eq = peq[form.charCodeAt(k)]
      const xv = eq | mv
      const xh = ((((eq & pv) + pv) & mask) ^ pv) | eq
      let ph = mv | (~(xh | pv) & mask)
      let mh = pv & xh
      if (ph & high) score++
      else if (mh & high) score--
      ph = (ph << 1) & mask
      mh = (mh << 1) & mask
      pv = mh | (~(xv | ph) & mask)
      mv = ph & xv
      if (score < best.distance) best = {offset, distance: score}
    }
  }
  return best
}

/** An offset `units` compact units before text[end] (or 0), so a window from there holds every substring that matters. */
function windowStart(text: string, end: number, units: number): number {
  let start = end
  for (let count = 0; start > 0 && count < units; ) count += compactUnit(text.charCodeAt(--start)).length
  return start
}

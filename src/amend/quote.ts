// Finding a quoted word in a clause the way an amendment means it: in the document's own
// normal form (width folded, spaces removed), exactly once. The writer and the applier
// share this, so what the writer checks is what the applier will do.
import {compactWithMap} from '../parse/normalize.js'

export type Found = {at: number; end: number} | 'missing' | 'ambiguous'

/** The source range of the one place `quote` stands in `text`. */
export function findOnce(text: string, quote: string): Found {
  const view = compactWithMap(text)
  const needle = compactWithMap(quote).text
  if (needle === '') return 'missing'
  const first = view.text.indexOf(needle)
  if (first === -1) return 'missing'
  if (view.text.indexOf(needle, first + 1) !== -1) return 'ambiguous'
  return {at: view.map[first], end: view.map[first + needle.length - 1] + 1}
}

/** How many times `quote` stands in `text` (overlapping places counted). */
export function occurrences(text: string, quote: string): number {
  const view = compactWithMap(text).text
  const needle = compactWithMap(quote).text
  if (needle === '') return 0
  let count = 0
  for (let at = view.indexOf(needle); at !== -1; at = view.indexOf(needle, at + 1)) count++
  return count
}

/** A quoted word's brackets must balance, or the sentence could not be read back. */
export const quotable = (value: string) => {
  let depth = 0
  for (const ch of value) {
    if (ch === '「') depth++
    else if (ch === '」' && --depth < 0) return false
    else if (ch === '\n') return false
  }
  return depth === 0 && value.trim() !== ''
}

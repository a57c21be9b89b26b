// How alike two texts are, on character bigrams: cheap, script-independent, and robust to
// the small insertions that separate two versions of one clause.

export type Bigrams = Set<string>

export function bigrams(text: string): Bigrams {
  const out = new Set<string>()
  if (text.length === 1) out.add(text)
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2))
  return out
}

function overlap(a: Bigrams, b: Bigrams): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const gram of small) if (large.has(gram)) shared++
  return shared
}

/** Dice coefficient: 1 for the same bigrams, 0 for none shared. */
export function dice(a: Bigrams, b: Bigrams): number {
  if (a.size === 0 && b.size === 0) return 1
  if (a.size === 0 || b.size === 0) return 0
  return (2 * overlap(a, b)) / (a.size + b.size)
}

/**
 * The same bigrams packed for the diff, which holds them for every clause it compares: each
 * pair of UTF-16 units as one number (first × 65536 + second), a text of one unit as
 * 2^32 + that unit, sorted and without repeats. Eight bytes a bigram instead of a string
 * and a hash-table entry; the coefficients come out the same as over the sets.
 */
export type Grams = Float64Array

const single = 2 ** 32

export function grams(text: string): Grams {
  if (text.length === 1) return Float64Array.of(single + text.charCodeAt(0))
  const codes = new Float64Array(Math.max(0, text.length - 1))
  for (let i = 0; i + 1 < text.length; i++) codes[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)
  return unique(codes.sort())
}

/** A sorted array without its repeats (a view on the same buffer, copied when much shorter). */
function unique(sorted: Float64Array): Grams {
  let n = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]
  return n * 2 < sorted.length ? sorted.slice(0, n) : sorted.subarray(0, n)
}

/** How many values two sorted arrays share: a merge, or binary searches when one is far shorter. */
function shared(a: Grams, b: Grams): number {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a]
  let count = 0
  if (small.length * Math.log2(large.length + 1) < large.length) {
    for (let i = 0; i < small.length; i++) if (contains(large, small[i])) count++
    return count
  }
  for (let i = 0, j = 0; i < small.length && j < large.length; ) {
    if (small[i] === large[j]) {
      count++
      i++
      j++
    } else if (small[i] < large[j]) i++
    else j++
  }
  return count
}

function contains(sorted: Grams, value: number): boolean {
  let low = 0
  let high = sorted.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sorted[middle] === value) return true
    if (sorted[middle] < value) low = middle + 1
    else high = middle - 1
  }
  return false
}

/** Dice coefficient on packed bigrams: 1 for the same bigrams, 0 for none shared. */
export function gramDice(a: Grams, b: Grams): number {
  if (a.length === 0 && b.length === 0) return 1
  if (a.length === 0 || b.length === 0) return 0
  return (2 * shared(a, b)) / (a.length + b.length)
}

/** The share of `part`'s bigrams found in `whole`: near 1 when `part` was cut out of `whole`. */
export function containment(part: Grams, whole: Grams): number {
  if (part.length === 0) return 0
  return shared(part, whole) / part.length
}

/** Bigrams of several texts taken together. */
export function union(sets: Grams[]): Grams {
  const all = new Float64Array(sets.reduce((sum, set) => sum + set.length, 0))
  let at = 0
  for (const set of sets) {
    all.set(set, at)
    at += set.length
  }
  return unique(all.sort())
}

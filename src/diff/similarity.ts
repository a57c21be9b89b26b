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

/** The share of `part`'s bigrams found in `whole`: near 1 when `part` was cut out of `whole`. */
export function containment(part: Bigrams, whole: Bigrams): number {
  if (part.size === 0) return 0
  return overlap(part, whole) / part.size
}

/** Bigrams of several texts taken together. */
export function union(sets: Bigrams[]): Bigrams {
  const out = new Set<string>()
  for (const set of sets) for (const gram of set) out.add(gram)
  return out
}

// One sentence of a 改め文: its line, the lines of new clauses that follow it, and the ids
// of the clauses it touches (old ids; new ids for added clauses).
export interface Sentence {
  text: string
  block?: string[]
  touches: string[]
}

/** The verbs a chained sentence ends its parts with: 改め、… 改める。 */
const verbs = {
  改め: '改める',
  加え: '加える',
  削り: '削る',
  とし: 'とする',
  繰り下げ: '繰り下げる',
  繰り上げ: '繰り上げる'
} as const

export type Verb = keyof typeof verbs

export interface Part {
  /** the words before the verb */
  words: string
  verb: Verb
}

/** Parts joined with 、, each ending in its connective form, the last in its final form, closed by 。 */
export function chain(parts: Part[]): string {
  return parts.map((p, i) => p.words + (i === parts.length - 1 ? verbs[p.verb] : p.verb)).join('、') + '。'
}

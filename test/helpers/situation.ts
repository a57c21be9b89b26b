// Situations for the direction rules' specs: a change of a kind with its words on each
// side (none for a side that does not exist) and the sentences around it.
import type {Situation, Unjudged} from '../../src/diff/direction/types.js'

const side = (words: string[]) => ({id: 'x', clause: {ja: '', en: ''}, words, positions: []})

export function situation(
  kind: Unjudged['kind'],
  oldWords: string[] | undefined,
  newWords: string[] | undefined,
  around: Partial<Omit<Situation, 'change'>> & {severity?: Unjudged['severity']; label?: string} = {}
): Situation {
  const {severity = 'high', label = '', ...rest} = around
  const change: Unjudged = {kind, severity, label: {ja: label, en: label}}
  if (oldWords) change.old = side(oldWords)
  if (newWords) change.new = side(newWords)
  return {change, siblings: [], ...rest}
}

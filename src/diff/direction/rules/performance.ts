// A listed act turned into its negative or back (返金します → 返金しません, 解除します →
// 解除しません): the actor no longer does what it gave the other side, or no longer takes
// what it took. The stance of the two sentences says whom that favours; rights-and-duties
// cannot, since a bare ません weighs nothing.
import {modalitiesOf, stanceOf} from '../stance.js'
import {favours, type DirectionRule} from '../types.js'
import {newWords, oldWords} from '../words.js'

export const performance: DirectionRule = {
  name: 'performance',
  judge(situation) {
    if (!situation.change.old || !situation.change.new) return undefined
    if (![...oldWords(situation), ...newWords(situation)].some((word) => modalitiesOf(word).includes('negation'))) return undefined
    const before = stanceOf(situation.oldText ?? '')
    const after = stanceOf(situation.newText ?? '')
    const [was, is] = [before.performance, after.performance]
    if (!was || !is || was.verb !== is.verb || was.negated === is.negated || !after.actor) return undefined
    if (after.value === before.value) return undefined
    const who = after.actor.word
    return favours(after.value > before.value ? 'customer' : 'provider', {
      ja: is.negated ? `${who}が${is.verb}しなくなる` : `${who}が${is.verb}するようになる`,
      en: is.negated ? `${who} no longer does ${is.verb}` : `${who} now does ${is.verb}`
    })
  }
}

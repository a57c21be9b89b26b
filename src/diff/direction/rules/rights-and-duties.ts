// A change of modality weighs on the party the sentence is about: a duty or a prohibition
// added (or a right or an exemption taken away) burdens it and favours the other side; the
// reverse favours it. A new right of the provider (to suspend, to change the terms) is
// against the customer; a new prohibition on the customer too.
import {actorOf} from '../parties.js'
import {burdenOf, modalitiesOf} from '../stance.js'
import {favours, other, type DirectionRule} from '../types.js'
import {newWords, oldWords, sentenceOf} from '../words.js'

export const rightsAndDuties: DirectionRule = {
  name: 'rights-and-duties',
  judge(situation) {
    const {change} = situation
    if (change.kind !== 'modality' || !change.old || !change.new) return undefined
    const actor = actorOf(sentenceOf(situation)) ?? actorOf(situation.oldText ?? '')
    if (!actor) return undefined
    const weight = (words: string[]) => words.flatMap(modalitiesOf).reduce((sum, m) => sum + burdenOf[m], 0)
    const delta = weight(newWords(situation)) - weight(oldWords(situation))
    if (delta === 0) return undefined
    const label = change.label
    return delta > 0
      ? favours(other(actor.role), {ja: `${actor.word}の義務・制約が増える（${label.ja}）`, en: `more duty or less right for ${actor.word} (${label.en})`})
      : favours(actor.role, {ja: `${actor.word}の権利・免責が増える（${label.ja}）`, en: `more right or less duty for ${actor.word} (${label.en})`})
  }
}

// What a sentence does to each side: a duty or prohibition burdens its actor, a right or
// an exemption benefits it. The stance is +1 when the sentence as a whole is good for the
// customer (a duty of the provider, a right of the customer), -1 when it is good for the
// provider, 0 when it says nothing readable about either.
import {modalityNames} from '../labels.js'
import {findMarks, type Modality} from '../marks.js'
import {actorOf} from './parties.js'
import {performanceOf, type Performance} from './performance.js'
import type {Role} from './types.js'

/** How a modality weighs on its actor: +1 a burden, -1 a benefit, 0 unknown. */
export const burdenOf: Record<Modality, number> = {
  obligation: 1,
  prohibition: 1,
  effort: 0.5,
  permission: -1,
  exemption: -1,
  negation: 0
}

/** +1 for the customer, -1 for the provider, from the actor's point of view. */
export const sign = (role: Role) => (role === 'customer' ? 1 : -1)

export interface Stance {
  actor?: {word: string; role: Role}
  /** the modalities the sentence states, in order */
  modalities: Modality[]
  /** the one it ends on, which decides what it does */
  last?: Modality
  /** the listed act it ends on (返金します), which decides instead */
  performance?: Performance
  /** > 0 good for the customer, < 0 good for the provider, 0 neither */
  value: number
}

export function stanceOf(text: string): Stance {
  const actor = actorOf(text)
  const modalities = modalitiesOf(text)
  // The last modality is the one the sentence ends on, which decides what it does.
  const last = [...modalities].reverse().find((m) => m !== 'negation')
  // A plain act (返金します, 解除しないものとします) says more than the bare ものとします around it.
  const performance = !last || last === 'obligation' || last === 'prohibition' ? performanceOf(text) : undefined
  if (actor && performance) return {actor, modalities, last, performance, value: -sign(actor.role) * performance.weight}
  if (!actor || !last) return {actor, modalities, last, value: 0}
  return {actor, modalities, last, value: -sign(actor.role) * burdenOf[last]}
}

/** The modalities in a text (or in a few changed words of it), in order. */
export function modalitiesOf(text: string): Modality[] {
  return findMarks(text)
    .filter((m) => m.category === 'modality')
    .map((m) => m.sort as Modality)
}

/** "契約者の義務" / "the customer's obligation", for reasons. */
export function stanceName(stance: Stance): {ja: string; en: string} {
  const who = stance.actor?.word ?? ''
  const act = stance.performance
  if (act) return act.negated ? {ja: `${who}が${act.verb}しないこと`, en: `no ${act.verb} by ${who}`} : {ja: `${who}の${act.verb}`, en: `${act.verb} by ${who}`}
  const what = stance.last ? modalityNames[stance.last] : {ja: '権利・義務', en: 'rights and duties'}
  return {ja: `${who}の${what.ja}`, en: `${what.en} of ${who}`}
}

// Who a change favours: the customer (契約者, 利用者, 利用申込者 …) or the provider (当社,
// 運営会社, 特定協定事業者 …). A rule reads one change with the sentences around it and
// gives a verdict with its reason, or passes; the first verdict counts.
import type {Change, Direction, Label} from '../types.js'

export type {Direction}

export type Role = 'customer' | 'provider'

/** A change before its direction is known. */
export type Unjudged = Omit<Change, 'direction' | 'reason'>

export interface Situation {
  change: Unjudged
  /** the sentence holding the change on each side; the whole text of a clause added or removed */
  oldText?: string
  newText?: string
  /** the rest of the clause's own text, for a sentence added or removed (a ただし-sentence limits its neighbour) */
  context?: string
  /** the own text of the clause an item or row belongs to: its lead-in (次の各号のいずれかに該当するときは…) */
  lead?: string
  /** the other changes of the same sentence pair */
  siblings: Unjudged[]
}

export interface Verdict {
  direction: Direction
  reason: Label
}

export interface DirectionRule {
  name: string
  judge(situation: Situation): Verdict | undefined
}

export const favours = (role: Role | undefined, reason: Label): Verdict => ({
  direction: role === 'customer' ? 'favours-customer' : role === 'provider' ? 'favours-provider' : 'unclear',
  reason
})

export const other = (role: Role): Role => (role === 'customer' ? 'provider' : 'customer')

/** Names of the roles in reasons. */
export const roleNames: Record<Role, Label> = {
  customer: {ja: '契約者側', en: 'the customer'},
  provider: {ja: '事業者側', en: 'the provider'}
}

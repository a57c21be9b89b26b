// Whom each change favours: the rules in order, the first verdict counts; a substantive
// change no rule reads is unclear, for a person to look at.
import {addedOrRemoved} from './rules/added-or-removed.js'
import {conditionsOfNewRight} from './rules/conditions-of-new-right.js'
import {faultStandard} from './rules/fault-standard.js'
import {grounds} from './rules/grounds.js'
import {jurisdiction} from './rules/jurisdiction.js'
import {minimumTerm} from './rules/minimum-term.js'
import {money} from './rules/money.js'
import {notSubstantive} from './rules/not-substantive.js'
import {partyMoved} from './rules/party-moved.js'
import {performance} from './rules/performance.js'
import {precondition} from './rules/precondition.js'
import {rightsAndDuties} from './rules/rights-and-duties.js'
import {scopeWords} from './rules/scope-words.js'
import {timeLimit} from './rules/time-limit.js'
import {validityPeriod} from './rules/validity-period.js'
import type {DirectionRule, Situation, Verdict} from './types.js'

export type {Situation, Unjudged, Verdict} from './types.js'

export const directionRules: DirectionRule[] = [notSubstantive, conditionsOfNewRight, partyMoved, minimumTerm, validityPeriod, jurisdiction, money, timeLimit, faultStandard, scopeWords, precondition, performance, rightsAndDuties, grounds, addedOrRemoved]

export function judge(situation: Situation): Verdict & {directionRule?: string} {
  for (const rule of directionRules) {
    const verdict = rule.judge(situation)
    if (verdict) return {...verdict, directionRule: rule.name}
  }
  return {direction: 'unclear', reason: {ja: '規則では判定できない実質的な変更（要確認）', en: 'a substantive change no rule reads'}}
}

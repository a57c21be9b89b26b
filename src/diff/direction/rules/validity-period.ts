// How long something the customer holds stays good (有効期限・有効期間 of points, coupons, prepaid
// credit, a ticket): a shorter one takes value from the customer and favours the provider; a
// longer one favours the customer.
import {compared} from '../quantities.js'
import type {DirectionRule} from '../types.js'
import {arrow, newWords, oldWords, sentenceOf} from '../words.js'

export const validityPeriod: DirectionRule = {
  name: 'validity-period',
  judge(situation) {
    if (situation.change.kind !== 'numeric' || !/有効期限|有効期間/.test(sentenceOf(situation))) return undefined
    const pair = compared(oldWords(situation), newWords(situation))
    if (!pair?.old || !pair.new || pair.old.measure !== 'time' || pair.old.value === pair.new.value) return undefined
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    return pair.new.value < pair.old.value
      ? {direction: 'favours-provider', reason: {ja: `有効期限が短くなる（${quote.ja}）`, en: `a shorter period of validity (${quote.en})`}}
      : {direction: 'favours-customer', reason: {ja: `有効期限が長くなる（${quote.ja}）`, en: `a longer period of validity (${quote.en})`}}
  }
}

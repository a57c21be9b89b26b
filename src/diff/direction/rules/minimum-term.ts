// The minimum term (最低利用期間): a longer one ties the customer longer and favours the
// provider; a shorter one favours the customer.
import {compared} from '../quantities.js'
import type {DirectionRule} from '../types.js'
import {arrow, newWords, oldWords, sentenceOf} from '../words.js'

export const minimumTerm: DirectionRule = {
  name: 'minimum-term',
  judge(situation) {
    if (situation.change.kind !== 'numeric' || !/最低(?:利用|契約)?期間|拘束期間/.test(sentenceOf(situation))) return undefined
    const pair = compared(oldWords(situation), newWords(situation))
    if (!pair?.old || !pair.new || pair.old.measure !== 'time' || pair.old.value === pair.new.value) return undefined
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    return pair.new.value > pair.old.value
      ? {direction: 'favours-provider', reason: {ja: `最低利用期間が長くなる（${quote.ja}）`, en: `a longer minimum term (${quote.en})`}}
      : {direction: 'favours-customer', reason: {ja: `最低利用期間が短くなる（${quote.ja}）`, en: `a shorter minimum term (${quote.en})`}}
  }
}

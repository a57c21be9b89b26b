// Amounts and rates. A fee, charge or interest the customer pays (料金, 手数料, 違約金,
// 延滞利息 …): higher, new, or newly charged favours the provider; lower or dropped the
// customer. A cap on the compensation one side owes (賠償…の上限, を限度): a higher cap
// favours the side compensated.
import {actorOf} from '../parties.js'
import {compared, quantityOf} from '../quantities.js'
import {favours, other, type DirectionRule, type Role} from '../types.js'
import {aboutLiability, arrow, lone, newWords, oldWords, sentenceOf, setsCap} from '../words.js'

// any …料 or …費 charged (保管料, 回送料, 交通費), but not 無料, 資料, 材料 or 料理
const feeWords = /(?<![無有資材原燃飲香顔塗])料(?!理)|(?<=[\u4e00-\u9fff])費|費用|違約金|代金|延滞|利息|遅延損害金|解約金|対価|会費|入会金|月額|年額/
const refundWords = /返金|返還|払い戻|払戻|減額/

export const money: DirectionRule = {
  name: 'money',
  judge(situation) {
    const text = sentenceOf(situation)
    const side = lone(situation)
    if (side && situation.change.kind !== 'structure') {
      // A sentence of its own that charges the customer an amount: a new fee, or one dropped.
      if (!feeWords.test(text) || !/[0-9０-９〇一二三四五六七八九十百千万]+(?:円|万円|%|％)/.test(text) || payer(text) !== 'customer') return undefined
      return side === 'added'
        ? favours('provider', {ja: '契約者が支払う料金・費用の新設', en: 'a new fee or charge for the customer'})
        : favours('customer', {ja: '契約者が支払う料金・費用の廃止', en: 'a fee or charge for the customer dropped'})
    }
    if (situation.change.kind !== 'numeric') return undefined
    const pair = compared(oldWords(situation), newWords(situation))
    const q = pair?.new ?? pair?.old
    if (!pair || !q || (q.measure !== 'amount' && q.measure !== 'rate')) return undefined
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    // a rate added where the whole was meant (料金を返金 → 料金の50%を返金) takes part of it, below 100%
    const partOfWhole = !pair.old && pair.new?.measure === 'rate' && pair.new.value < 100
    const more = partOfWhole ? false : !pair.old ? true : !pair.new ? false : pair.new.value > pair.old.value
    if (pair.old && pair.new && pair.old.value === pair.new.value) return undefined
    if (setsCap(text) && aboutLiability(text)) {
      const liable: Role = actorOf(text)?.role ?? 'provider'
      const compensated = other(liable)
      return more
        ? favours(compensated, {ja: `賠償等の上限が上がる（${quote.ja}）`, en: `a higher cap on compensation (${quote.en})`})
        : favours(liable, {ja: `賠償等の上限が下がる（${quote.ja}）`, en: `a lower cap on compensation (${quote.en})`})
    }
    if (!feeWords.test(text) && !refundWords.test(text)) return undefined
    const who = payer(text)
    if (!who) return undefined
    return more
      ? favours(other(who), {ja: `${who === 'customer' ? '契約者' : '事業者'}が支払う額が増える（${quote.ja}）`, en: `${who === 'customer' ? 'the customer' : 'the provider'} pays more (${quote.en})`})
      : favours(who, {ja: `${who === 'customer' ? '契約者' : '事業者'}が支払う額が減る（${quote.ja}）`, en: `${who === 'customer' ? 'the customer' : 'the provider'} pays less (${quote.en})`})
  }
}

/** Who pays what a sentence states: its actor when named, else the customer (terms charge fees to the customer). */
function payer(text: string): Role | undefined {
  const actor = actorOf(text)
  if (!actor) return 'customer'
  if (actor.role === 'provider') return refundWords.test(text) || /支払|負担/.test(text) ? 'provider' : undefined
  return 'customer'
}

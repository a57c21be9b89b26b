// A party change (当事者の変更): a burden (の負担, の費用, の責任) moved to the other side
// favours the side it left; a power (の判断, の承諾, の指定) moved favours the side it reaches;
// the actor of a duty or a right replaced by the other side, likewise. A party replaced
// by another name of the same side (当社 → 運営会社) moves nothing.
import {roleOf} from '../parties.js'
import {burdenOf, modalitiesOf} from '../stance.js'
import {favours, roleNames, type DirectionRule, type Role, type Verdict} from '../types.js'
import {arrow, newWords, oldWords, sentenceOf} from '../words.js'

export const partyMoved: DirectionRule = {
  name: 'party-moved',
  judge(situation) {
    if (situation.change.kind !== 'party') return undefined
    const olds = oldWords(situation)
    const news = newWords(situation)
    const quote = {ja: arrow(olds, news, 'ja'), en: arrow(olds, news, 'en')}
    if (olds.length === news.length && olds.every((w, k) => roleOf(w) !== undefined && roleOf(w) === roleOf(news[k]))) {
      return {direction: 'neutral', reason: {ja: `同じ当事者側の呼び方の変更（${quote.ja}）`, en: `another name for the same side (${quote.en})`}}
    }
    if (olds.length !== 1 || news.length !== 1) return undefined
    const from = roleOf(olds[0])
    const to = roleOf(news[0])
    if (!from || !to || from === to) return undefined
    const role = (word: string) => (/の(?:負担|費用|責任|責|義務)$/.test(word) ? 'burden' : /の(?:権利|判断|承諾|同意|指定|請求)$/.test(word) ? 'power' : /[はがも]$/.test(word) ? 'actor' : undefined)
    const what = role(news[0])
    // A burden or a duty favours the side it leaves; a power or a right the side it reaches.
    if (what === 'burden') return moved({ja: '負担・責任', en: 'a burden'}, to, from, quote)
    if (what === 'power') return moved({ja: '判断・承諾などの権限', en: 'a power'}, to, to, quote)
    if (what === 'actor') {
      const last = [...modalitiesOf(sentenceOf(situation))].reverse().find((m) => m !== 'negation')
      if (!last || burdenOf[last] === 0) return undefined
      return burdenOf[last] > 0 ? moved({ja: '義務・制約', en: 'a duty'}, to, from, quote) : moved({ja: '権利・免責', en: 'a right'}, to, to, quote)
    }
    return undefined
  }
}

function moved(thing: {ja: string; en: string}, to: Role, gainer: Role, quote: {ja: string; en: string}): Verdict {
  return favours(gainer, {ja: `${thing.ja}が${roleNames[to].ja}に移る（${quote.ja}）`, en: `${thing.en} moves to ${roleNames[to].en} (${quote.en})`})
}

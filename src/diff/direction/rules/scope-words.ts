// Words that widen or narrow what a sentence grants or imposes. The sentence's stance says
// whom it favours (an exemption of the provider favours the provider, a duty of the provider
// to compensate favours the customer); widening it (一切, すべて) favours the same side,
// narrowing it (のみ, に限り, を除き, ただし…この限りでない, and in liability 通常かつ直接の)
// the other. A ただし-sentence added or removed limits its neighbours: their stance counts.
import {stanceName, stanceOf} from '../stance.js'
import {favours, type DirectionRule} from '../types.js'
import {aboutLiability, arrow, lone, newWords, oldWords, sentencesOf, setsCap} from '../words.js'

const widening = /一切|すべて|全て|全部|いかなる/
const narrowing = /のみ|だけ|限り|限る|限定|除き|除く|以外|ただし|但し|この限りで/
// In a sentence about compensation these limit which damage counts.
const liabilityNarrowing = /通常かつ直接|直接かつ通常|直接の|通常の|現実に(?:発生|生じ)|逸失利益を除/

export const scopeWords: DirectionRule = {
  name: 'scope-words',
  judge(situation) {
    const {kind} = situation.change
    if (kind !== 'scope' && kind !== 'wording') return undefined
    const side = lone(situation)
    const added = side === 'added' ? newWords(situation) : side ? [] : newWords(situation)
    const removed = side === 'removed' ? oldWords(situation) : side ? [] : oldWords(situation)
    const text = (side === 'removed' ? situation.oldText : situation.newText) ?? ''
    const liability = aboutLiability(text)
    const narrows = (words: string[]) => words.some((w) => narrowing.test(w) || (liability && liabilityNarrowing.test(w)))
    const widens = (words: string[]) => words.some((w) => widening.test(w))
    // +1: the change extends what the sentence does, -1: it limits it.
    let effect = 0
    if (widens(added) || narrows(removed)) effect += 1
    if (narrows(added) || widens(removed)) effect -= 1
    if (effect === 0 || (kind === 'wording' && !liability)) return undefined
    // The stance of the sentence itself, else of the sentences beside it.
    let read = side ? undefined : stanceOf(text)
    let neighbour = ''
    if (!read || read.value === 0) {
      neighbour = sentencesOf(side ? (situation.context ?? '') : text).find((sentence) => stanceOf(sentence).value !== 0) ?? ''
      read = neighbour === '' ? undefined : stanceOf(neighbour)
    }
    if (!read) return undefined
    // A proviso to a cap (…を上限として賠償します。ただし、故意による場合はこの限りでない) lifts the
    // cap, not the duty: it works against what its neighbour grants.
    const cap = side !== undefined && setsCap(neighbour)
    const stance = cap ? -read.value : read.value
    const quote = side ? {ja: '但書・限定の文', en: 'a proviso'} : {ja: arrow(removed, added, 'ja'), en: arrow(removed, added, 'en')}
    const good = stance * effect > 0 ? 'customer' : 'provider'
    const what = stanceName(read)
    if (cap) {
      return favours(good, {
        ja: `${what.ja}の上限が${effect > 0 ? '例外なく及ぶ' : '及ばない場合ができる'}（${quote.ja}）`,
        en: `the cap on ${what.en} ${effect > 0 ? 'applies without exception' : 'no longer applies in some cases'} (${quote.en})`
      })
    }
    return favours(good, {
      ja: `${what.ja}の範囲が${effect > 0 ? '広がる' : '狭まる'}（${quote.ja}）`,
      en: `${effect > 0 ? 'widens' : 'narrows'} ${what.en} (${quote.en})`
    })
  }
}

// Periods and deadlines of the party a sentence is about. A deadline counted back from an
// event (3か月前までに通知) is harder the longer it is; a time allowed (14日以内に支払う)
// easier; a time the party must keep doing or refrain from something (90日間保管する,
// 1年間…してはならない) harder the longer it is. What is harder for the actor favours the
// other side. A deadline added constrains the actor; one removed frees it. A period that
// sizes a cap on compensation (過去12か月間に支払った料金を上限) is the cap's size.
import {actorOf, partiesOf} from '../parties.js'
import {compared} from '../quantities.js'
import {favours, other, roleNames, type DirectionRule, type Role} from '../types.js'
import {aboutLiability, arrow, newWords, oldWords, sentenceOf, setsCap} from '../words.js'

// what a party keeps doing for a time, or refrains from: the longer, the more it bears
const keptUp = /保管|保存|保持|保有|提供|維持|継続|掲載|公開|保証|補償|対応|てはな(?:らない|りません)|でき(?:ない|ません)|禁止/

export const timeLimit: DirectionRule = {
  name: 'time-limit',
  judge(situation) {
    if (situation.change.kind !== 'numeric') return undefined
    const pair = compared(oldWords(situation), newWords(situation))
    const q = pair?.new ?? pair?.old
    if (!pair || !q || q.measure !== 'time') return undefined
    const text = sentenceOf(situation)
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    if (pair.old && pair.new && setsCap(text) && aboutLiability(text)) {
      if (pair.old.value === pair.new.value) return undefined
      const liable: Role = actorOf(text)?.role ?? 'provider'
      return pair.new.value > pair.old.value
        ? favours(other(liable), {ja: `賠償等の上限の基になる期間が長くなる（${quote.ja}）`, en: `a longer period sizes the cap on compensation (${quote.en})`})
        : favours(liable, {ja: `賠償等の上限の基になる期間が短くなる（${quote.ja}）`, en: `a shorter period sizes the cap on compensation (${quote.en})`})
    }
    // 直近1か月分の料金: a period's worth of money, not a time allowed
    const worth = (word: string) => /[0-9０-９〇一二三四五六七八九十]/.test(word) && [situation.oldText, situation.newText].some((sentence) => sentence?.includes(`${word}分`))
    if ([...oldWords(situation), ...newWords(situation)].some(worth)) return undefined
    const actor = timeHolder(text, newWords(situation)[0] ?? oldWords(situation)[0])
    if (!actor) return undefined
    const who = {ja: actor.word, en: roleNames[actor.role].en}
    if (!pair.old) return favours(other(actor.role), {ja: `${who.ja}の行為に期限を設ける（${quote.ja}）`, en: `a deadline for ${who.en} added (${quote.en})`})
    if (!pair.new) return favours(actor.role, {ja: `${who.ja}の期限をなくす（${quote.ja}）`, en: `a deadline for ${who.en} removed (${quote.en})`})
    if (pair.old.value === pair.new.value) return undefined
    const longer = pair.new.value > pair.old.value
    if (kept(text, newWords(situation)[0] ?? '')) {
      return longer
        ? favours(other(actor.role), {ja: `${who.ja}が続ける（控える）期間が長くなる（${quote.ja}）`, en: `a longer time ${who.en} must keep it up (${quote.en})`})
        : favours(actor.role, {ja: `${who.ja}が続ける（控える）期間が短くなる（${quote.ja}）`, en: `a shorter time ${who.en} must keep it up (${quote.en})`})
    }
    const harder = q.way === 'before' ? longer : !longer
    return harder
      ? favours(other(actor.role), {ja: `${who.ja}の期限が厳しくなる（${quote.ja}）`, en: `a tighter deadline for ${who.en} (${quote.en})`})
      : favours(actor.role, {ja: `${who.ja}の期限が緩やかになる（${quote.ja}）`, en: `a looser deadline for ${who.en} (${quote.en})`})
  }
}

/**
 * Whose time it is: the party the sentence asks to act within it (当社は、契約者に対し、30日以内に
 * 支払うよう催告する: the customer's time to pay), else the sentence's actor, else the customer
 * where the sentence only says a fee is paid (利用料金は、毎月末日までに支払う).
 */
function timeHolder(text: string, word: string | undefined): {word: string; role: Role} | undefined {
  const at = word === undefined ? -1 : text.indexOf(word)
  if (at >= 0 && /^[^。]{0,30}?よう(?:に)?(?:催告|求め|請求|要求|通知|指示|依頼)/.test(text.slice(at))) {
    const addressee = partiesOf(text).find((party) => /^に(?:対し|対して)?/.test(party.after) && party.at < at)
    if (addressee) return {word: addressee.word, role: addressee.role}
  }
  const actor = actorOf(text)
  if (actor) return actor
  if (/支払|納付|振込|振り込/.test(text) && /料金|料|費用|代金|会費/.test(text) && partiesOf(text).length === 0) return {word: '契約者', role: 'customer'}
  return undefined
}

/** A period the party keeps something up (or refrains) for: 90日間保管する, 1年間…してはならない. */
function kept(text: string, word: string): boolean {
  const at = text.indexOf(word)
  if (at < 0) return false
  const rest = text.slice(at + word.length)
  return /^間/.test(rest) || /間$/.test(word) ? keptUp.test(rest.slice(0, rest.indexOf('。') + 1 || undefined)) : false
}

// Periods and deadlines of the party a sentence is about. A deadline counted back from an
// event (3か月前までに通知) is harder the longer it is; a time allowed (14日以内に支払う)
// easier. What is harder for the actor favours the other side. A deadline added constrains
// the actor; one removed frees it.
import {actorOf} from '../parties.js'
import {compared} from '../quantities.js'
import {favours, other, roleNames, type DirectionRule} from '../types.js'
import {arrow, newWords, oldWords, sentenceOf} from '../words.js'

export const timeLimit: DirectionRule = {
  name: 'time-limit',
  judge(situation) {
    if (situation.change.kind !== 'numeric') return undefined
    const pair = compared(oldWords(situation), newWords(situation))
    const q = pair?.new ?? pair?.old
    if (!pair || !q || q.measure !== 'time') return undefined
    // 直近1か月分の料金: a period's worth of money, not a time allowed
    const worth = (word: string) => /[0-9０-９〇一二三四五六七八九十]/.test(word) && [situation.oldText, situation.newText].some((text) => text?.includes(`${word}分`))
    if ([...oldWords(situation), ...newWords(situation)].some(worth)) return undefined
    const actor = actorOf(sentenceOf(situation))
    if (!actor) return undefined
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    const who = {ja: actor.word, en: roleNames[actor.role].en}
    if (!pair.old) return favours(other(actor.role), {ja: `${who.ja}の行為に期限を設ける（${quote.ja}）`, en: `a deadline for ${who.en} added (${quote.en})`})
    if (!pair.new) return favours(actor.role, {ja: `${who.ja}の期限をなくす（${quote.ja}）`, en: `a deadline for ${who.en} removed (${quote.en})`})
    if (pair.old.value === pair.new.value) return undefined
    const harder = q.way === 'before' ? pair.new.value > pair.old.value : pair.new.value < pair.old.value
    return harder
      ? favours(other(actor.role), {ja: `${who.ja}の期限が厳しくなる（${quote.ja}）`, en: `a tighter deadline for ${who.en} (${quote.en})`})
      : favours(actor.role, {ja: `${who.ja}の期限が緩やかになる（${quote.ja}）`, en: `a looser deadline for ${who.en} (${quote.en})`})
  }
}

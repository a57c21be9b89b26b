// The degree of fault liability turns on (帰責事由): 故意又は過失 → 故意又は重大な過失 lets the
// liable party off for ordinary negligence, so raising the bar favours it and lowering the bar
// favours the side it would compensate. Either way round — a duty to compensate (故意又は重大な
// 過失により…賠償する) or an exemption with an exception (重大な過失がある場合を除き、責任を負わない).
import {actorOf} from '../parties.js'
import {favours, other, type DirectionRule, type Role} from '../types.js'
import {aboutLiability, arrow, newWords, oldWords} from '../words.js'

const gross = /重大な|重過失/

export const faultStandard: DirectionRule = {
  name: 'fault-standard',
  judge(situation) {
    if (!situation.change.old && !situation.change.new) return undefined
    const added = newWords(situation).some((word) => gross.test(word)) && !oldWords(situation).some((word) => gross.test(word))
    const removed = oldWords(situation).some((word) => gross.test(word)) && !newWords(situation).some((word) => gross.test(word))
    if (!added && !removed) return undefined
    const text = (added ? situation.newText : situation.oldText) ?? ''
    if (!/過失/.test(text) || !aboutLiability(text)) return undefined
    const liable: Role = actorOf(text)?.role ?? 'provider'
    const quote = {ja: arrow(oldWords(situation), newWords(situation), 'ja'), en: arrow(oldWords(situation), newWords(situation), 'en')}
    return added
      ? favours(liable, {ja: `責任を負う過失が重大な過失に限られる（${quote.ja}）`, en: `liability only for gross negligence (${quote.en})`})
      : favours(other(liable), {ja: `重大な過失に限らず責任を負う（${quote.ja}）`, en: `liability for ordinary negligence too (${quote.en})`})
  }
}

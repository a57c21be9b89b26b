// A step the holder of a right must take first (通知したうえで, 承諾を得て) dropped from it:
// 当社は、通知することなく、停止することができます. The right no longer waits for the step, so
// it widens and favours its holder; the step written back in (…ことなく dropped) narrows it.
import {actorOf} from '../parties.js'
import {stanceOf} from '../stance.js'
import {favours, other, type DirectionRule} from '../types.js'
import {lone, newWords, oldWords} from '../words.js'

// without doing it first: することなく / なしに / せずに / を要せず
const without = /ことなく|なしに|せずに|を要せず|を要しない/

export const precondition: DirectionRule = {
  name: 'precondition',
  judge(situation) {
    if (lone(situation)) return undefined
    const added = newWords(situation).some((word) => without.test(word) || word === 'なく') && without.test(situation.newText ?? '')
    const removed = oldWords(situation).some((word) => without.test(word) || word === 'なく') && without.test(situation.oldText ?? '')
    if (added === removed) return undefined
    const text = (added ? situation.newText : situation.oldText) ?? ''
    const stance = stanceOf(text)
    const actor = actorOf(text)
    if (!actor || stance.last !== 'permission') return undefined
    return added
      ? favours(actor.role, {ja: `${actor.word}の権利が前提の手続なしに使える（${without.exec(text)![0]}）`, en: `a right of ${actor.word} no longer waits for a step first (${without.exec(text)![0]})`})
      : favours(other(actor.role), {ja: `${actor.word}の権利に前提の手続が戻る`, en: `a right of ${actor.word} waits for a step first again`})
  }
}

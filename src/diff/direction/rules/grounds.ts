// An item or table row added to or removed from a list whose lead-in grants or imposes
// something (当社は、次の各号のいずれかに該当するときは、利用契約を解除することができます;
// 契約者は、次の行為をしてはなりません): an added item extends the lead to one more case, so it
// favours whom the lead favours (a new ground for termination or refusal, a new prohibited
// act: against the customer); a removed item the other side.
import {stanceName, stanceOf} from '../stance.js'
import {favours, type DirectionRule} from '../types.js'
import {lone, sentencesOf} from '../words.js'

export const grounds: DirectionRule = {
  name: 'grounds',
  judge(situation) {
    const side = lone(situation)
    if (situation.change.kind !== 'structure' || !side || situation.lead === undefined) return undefined
    const stance = sentencesOf(situation.lead)
      .map(stanceOf)
      .find((s) => s.value !== 0)
    if (!stance) return undefined
    const what = stanceName(stance)
    const good = (stance.value > 0) === (side === 'added') ? 'customer' : 'provider'
    return favours(good, {
      ja: `${what.ja}が及ぶ場合の${side === 'added' ? '追加' : '削除'}（柱書：${clip(situation.lead)}）`,
      en: `a case ${side === 'added' ? 'added to' : 'removed from'} the ${what.en} in the lead-in`
    })
  }
}

const clip = (text: string) => {
  const flat = text.replace(/\s+/g, '')
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat
}

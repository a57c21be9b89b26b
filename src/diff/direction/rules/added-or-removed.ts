// A clause or sentence added or removed, weighed by what its sentences do: added duties of
// the customer and rights of the provider favour the provider, and the mirror; removing
// them favours the other side. Sentences pulling both ways leave it unclear.
import {stanceName, stanceOf} from '../stance.js'
import {favours, type DirectionRule} from '../types.js'
import {lone, sentencesOf} from '../words.js'

export const addedOrRemoved: DirectionRule = {
  name: 'added-or-removed',
  judge(situation) {
    const side = lone(situation)
    if (!side) return undefined
    const text = (side === 'added' ? situation.newText : situation.oldText) ?? ''
    const stances = sentencesOf(text)
      .map(stanceOf)
      .filter((s) => s.value !== 0)
    const values = stances.map((s) => s.value)
    if (values.length === 0) return undefined
    if (!values.every((v) => Math.sign(v) === Math.sign(values[0]))) {
      return {direction: 'unclear', reason: {ja: '双方の権利・義務を含む（要確認）', en: 'moves duties and rights both ways'}}
    }
    const forCustomer = values[0] > 0
    const what = [...new Set(stances.map((s) => stanceName(s).ja))].join('・')
    const whatEn = [...new Set(stances.map((s) => stanceName(s).en))].join(', ')
    const good = forCustomer === (side === 'added') ? 'customer' : 'provider'
    return favours(good, {ja: `${what}を定める文の${side === 'added' ? '追加' : '削除'}`, en: `${side === 'added' ? 'adds' : 'removes'} ${whatEn}`})
  }
}

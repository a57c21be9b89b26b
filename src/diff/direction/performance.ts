// What a sentence's plain verb does for the other side (給付・不利益の行為): a terms document
// states many duties without a modal, as a plain act — 当社は、料金を返金します; 当社は、
// 利用契約を解除します. An act that gives the other side something (返金, 通知, 補償 …) weighs
// on its actor like a duty; an act taken against the other side (解除, 停止, 請求 …) is the
// actor's like a right; said in the negative (返金しません, 返金しないものとします) the
// weight turns. Only verbs in these lists are read: a verb that could go either way is not.
import {compact} from '../../parse/normalize.js'

// acts that give the other side something
const giving = ['返金', '返還', '払戻し', '還付', '通知', '連絡', '報告', '説明', '告知', '案内', '回答', '開示', '補償', '賠償', '保証', '提供', '復旧', '修理', '交換', '減額', '免除', '承諾', '交付', '送付', '支払', '払い戻', '払戻']
// verbs of their own (支払う, 払い戻す), not する-verbs
const godan = ['支払', '払い戻', '払戻']
// acts taken against the other side
const taking = ['解除', '解約', '停止', '中止', '中断', '制限', '請求', '徴収', '課金', '削除', '消去', '廃止', '拒否', '拒絶', '差止め', '差し止め']

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const shall = '(?:ものと(?:します|する))?'
// the verb and how the sentence ends on it: します / いたしません / するものとします / を行わないものとします / 支払います
const ending = new RegExp(
  `(?:(${longestFirst([...giving, ...taking])})(?:(?:いた)?し(?:ます|ません)|する${shall}|しない${shall}|を行(?:います|いません|う${shall}|わない${shall}))` +
    `|(${longestFirst(godan)})(?:い(?:ます|ません)|う${shall}|わない${shall}|し(?:ます|ません)|す${shall}|さない${shall}))$`
)
const negative = /ません|しない|わない|さない/

export interface Performance {
  /** the act, as written: 返金 */
  verb: string
  negated: boolean
  /** how it weighs on its actor: +1 a burden (a giving act done), -1 a benefit (a taking act done); turned when negated */
  weight: number
}

/** The act a sentence ends on, when it is one of the listed acts. */
export function performanceOf(text: string): Performance | undefined {
  const end = ending.exec(compact(text).replace(/[。．.]+$/, ''))
  if (!end) return undefined
  const verb = end[1] ?? end[2]
  const negated = negative.test(end[0].slice(verb.length))
  const weight = (giving.includes(verb) ? 1 : -1) * (negated ? -1 : 1)
  return {verb, negated, weight}
}

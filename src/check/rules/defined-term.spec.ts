import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('defined-term', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('leaves a definition scoped to one article (以下この条において) out', async () => {
    const findings = await check(
      doc('第1条（甲）', '申込者（以下この条において「甲」という。）は、甲の名で申し込む。', '第2条（乙）', '承諾者（以下この条において「甲」という。）は、甲の名で承諾する。')
    )
    expect(findings).toEqual([])
  })

  it('a use that cites the definition, or that is part of the name defined, is no use before it', async () => {
    const findings = await check(
      doc('第1条（目的）', '石炭鉱業年金基金は、第2条に規定する基金とする。', '第2条（定義）', '石炭鉱業年金基金（以下「基金」という。）を設立する。')
    )
    expect(findings).toEqual([])
  })

  it('a one-character term is not searched for inside other words', async () => {
    const findings = await check(doc('第1条（目的）', 'この方法による。', '第2条（定義）', '土地収用法（以下「法」という。）の規定による。'))
    expect(findings).toEqual([])
  })

  it('a term inside a longer word is no use of it', async () => {
    const findings = await check(doc('第1条（料金）', '専用使用料及び使用料金は別に定める。', '第2条（定義）', '月々の対価（以下「使用料」という。）を支払う。'))
    expect(findings).toEqual([])
  })

  it('a sentence that points to the defining article by its caption uses the term with its definition in view', async () => {
    const findings = await check(doc('第1条（目的）', '第2条（出品条件）に従って定めた出品条件による。', '第2条（出品条件）', '出品の決まり（以下「出品条件」という。）を定める。'))
    expect(findings).toEqual([])
  })

  it('the (ア) and (イ) versions of one article may each define the term', async () => {
    const findings = await check(doc('（ア）書面の場合', '（帳簿）', '第5条 帳簿（以下「帳簿等」という。）を備える。', '（イ）電磁的記録の場合', '（帳簿）', '第5条 帳簿及び記録（以下「帳簿等」という。）を備える。'))
    expect(findings).toEqual([])
  })

  it('a term defined twice, reported at the second definition', async () => {
    const findings = await check(doc('第1条（目的）', '申込者（以下「甲」といいます。）は申し込む。', '第2条（定義）', '承諾者（以下「甲」といいます。）は承諾する。'))
    expect(findings.map((f) => [f.position.start.line, f.position.start.column, f.message])).toEqual([[4, 8, '「甲」は第1条ですでに定義されています']])
  })
})

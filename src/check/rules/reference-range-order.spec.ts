import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-range-order', () => {
  const doc = (...lines: string[]) => lines.join('\n')
  const source = doc('第1条（目的）', '目的です。', '', '第2条（定義）', '定義です。', '(1) 甲', '(2) 乙', '(3) 丙', '', '第3条（準用）')

  it('reports a range written backwards, of articles or of items', async () => {
    const findings = await check(doc(source, '第2条から第1条までの規定は、準用する。', '2 第2条第3号から第1号までに掲げるもの', ''))
    expect(findings.filter((f) => f.ruleId === 'reference-range-order').map((f) => [f.position.start.line, f.position.start.column, f.message])).toEqual([
      [11, 1, '「第2条から第1条まで」は範囲の始めと終わりが逆です'],
      [12, 3, '「第2条第3号から第1号まで」は範囲の始めと終わりが逆です']
    ])
  })

  it('says nothing of a range that runs forward', async () => {
    const findings = await check(doc(source, '第1条から第2条までの規定は、準用する。', '2 第2条第1号から第3号までに掲げるもの', ''))
    expect(findings.filter((f) => f.ruleId === 'reference-range-order')).toEqual([])
  })
})

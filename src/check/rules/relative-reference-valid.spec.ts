import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('relative-reference-valid', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('前各号 without items before it, 同条 with nothing cited, 前号 in a paragraph', async () => {
    const findings = await check(
      doc('第1条（目的）', '同条の規定により定める。', '2 前号に定める。', '(1) 前各号に掲げるもののほか、次号による。', '(2) 前号のほか、前各号に掲げるもの')
    )
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([
      [2, 'relative-reference-valid', '「同条」の「同」が指す条が、この前に引用されていません'],
      [3, 'relative-reference-valid', '「前号」は号の中にないため、指す号がありません（第1条第2項）'],
      [4, 'relative-reference-valid', '「前各号」が指す号がありません（第1条第2項第1号）']
    ])
  })

  it('前2号 needs two items before it, 前二号 in a statute alike', async () => {
    const findings = await check(doc('第1条（業務）', '当社は、次の業務を行います。', '(1) 受付', '(2) 前2号に掲げるもの', '(3) 前二号に付随する業務', ''))
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([
      [4, 'relative-reference-valid', '「前2号」が指すだけの号がありません（第1条第2号の前には1号しかありません）']
    ])
  })
})

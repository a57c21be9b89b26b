import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-caption-matches', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('a caption quoted with no article of that caption anywhere', async () => {
    const findings = await check(doc('第1条（目的）', 'この約款は定める。', '第2条（定義）', '第1条（適用範囲）に定めるとおりとする。'))
    expect(findings.map((f) => f.message)).toEqual(['第1条の見出しは「目的」です（参照では「適用範囲」）'])
  })

  it('a caption quoted with an appendix is its title; a relation note is no title to compare', async () => {
    const annexes = ['', '別表第1（料金）', '', '品目\t額', 'A\t1円', '', '別表第2（第1条関係）', '', '品目\t額', 'B\t2円', '']
    const findings = await check(doc('第1条（料金）', '料金は、別表第1（料金表）に定めます。', '2 手数料は、別表第1（料金）及び別表第2（手数料表）に定めます。', ...annexes))
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([[2, 'reference-caption-matches', '別表第1の見出しは「料金」です（参照では「料金表」）']])
    expect((await check(doc('第1条（料金）', '料金は、別表第1（料金表）に定めます。', ...annexes), {lang: 'en'}))[0].message).toBe('the title of 別表第1 is “料金”, not “料金表” as quoted')
  })
})

import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-caption-matches', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('a caption quoted with no article of that caption anywhere', async () => {
    const findings = await check(doc('第1条（目的）', 'この約款は定める。', '第2条（定義）', '第1条（適用範囲）に定めるとおりとする。'))
    expect(findings.map((f) => f.message)).toEqual(['第1条の見出しは「目的」です（参照では「適用範囲」）'])
  })
})

import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {minimumTerm} from './minimum-term.js'

const term = (a: string, b: string) => situation('numeric', [a], [b], {newText: `本サービスの最低利用期間は、利用開始日から${b}とします。`})

describe('minimumTerm', () => {
  it('a longer minimum term favours the provider, a shorter one the customer', () => {
    expect(minimumTerm.judge(term('1年間', '2年間'))?.direction).toBe('favours-provider')
    expect(minimumTerm.judge(term('12か月', '6か月'))?.direction).toBe('favours-customer')
  })
  it('reads the same length written otherwise as no change, and leaves other periods alone', () => {
    expect(minimumTerm.judge(term('1年間', '12か月間'))).toMatchObject({direction: 'favours-customer'})
    expect(minimumTerm.judge(term('1年間', '一年間'))).toBeUndefined()
    expect(minimumTerm.judge(situation('numeric', ['1年間'], ['2年間'], {newText: '保存期間は2年間とします。'}))).toBeUndefined()
  })
})

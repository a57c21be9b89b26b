import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {validityPeriod} from './validity-period.js'

const period = (a: string, b: string, newText: string) => situation('numeric', [a], [b], {newText})

describe('validityPeriod', () => {
  it('points that expire sooner favour the provider, later the customer', () => {
    const text = (n: string) => `ポイントの有効期限は、付与日から${n}とします。`
    expect(validityPeriod.judge(period('1年', '6か月', text('6か月')))).toEqual({direction: 'favours-provider', reason: {ja: '有効期限が短くなる（1年 → 6か月）', en: 'a shorter period of validity (1年 → 6か月)'}})
    expect(validityPeriod.judge(period('6か月', '1年', text('1年')))?.direction).toBe('favours-customer')
  })
  it('passes on other sentences and on amounts', () => {
    expect(validityPeriod.judge(period('1年', '6か月', '契約期間は、6か月とします。'))).toBeUndefined()
    expect(validityPeriod.judge(period('500円', '300円', 'ポイントの有効期限内の上限は300円とします。'))).toBeUndefined()
  })
})

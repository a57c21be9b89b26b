import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {money} from './money.js'

describe('money', () => {
  it('a higher fee favours the provider, a lower one the customer', () => {
    expect(money.judge(situation('numeric', ['1,000円'], ['1,500円'], {newText: '基本料金は月額1,500円とします。'}))?.direction).toBe('favours-provider')
    expect(money.judge(situation('numeric', ['14.6%'], ['10%'], {newText: '契約者は、年10%の延滞利息を支払うものとします。'}))?.direction).toBe('favours-customer')
  })
  it('a new fee sentence favours the provider, one removed the customer', () => {
    const sentence = 'なお、再発行1回につき500円の手数料を申し受けます。'
    expect(money.judge(situation('numeric', undefined, [sentence], {newText: sentence}))?.direction).toBe('favours-provider')
    expect(money.judge(situation('numeric', [sentence], undefined, {oldText: sentence}))?.direction).toBe('favours-customer')
  })
  it('a higher cap on what the provider compensates favours the customer, a lower one the provider', () => {
    const cap = (a: string, b: string) => situation('numeric', [a], [b], {newText: `当社が賠償する額は、${b}を上限とします。`})
    expect(money.judge(cap('10万円', '20万円'))?.direction).toBe('favours-customer')
    expect(money.judge(cap('10万円', '5万円'))?.direction).toBe('favours-provider')
  })
  it('an amount refunded by the provider: more favours the customer', () => {
    expect(money.judge(situation('numeric', ['500円'], ['1,000円'], {newText: '当社は、返金として1,000円を支払います。'}))?.direction).toBe('favours-customer')
  })
  it('a rate below 100% added to a whole refund makes it a part: less for the customer', () => {
    const refund = situation('numeric', [], ['50%'], {oldText: '当社は、前払いの料金を返金します。', newText: '当社は、前払いの料金の50%を返金します。'})
    expect(money.judge(refund)).toMatchObject({direction: 'favours-provider', reason: {ja: '事業者が支払う額が減る（50% 追加）'}})
  })
  it('reads 入会金 and 会費 as fees', () => {
    expect(money.judge(situation('numeric', ['五千円'], ['一万円'], {newText: '会員は、入会金として一万円を支払う。'}))?.direction).toBe('favours-provider')
  })
  it('reads any …料 or …費 charged as a fee (保管料, 回送料, 交通費), but not 無料 or 資料', () => {
    const fee = (text: string) => money.judge(situation('numeric', ['3,000円'], ['5,000円'], {newText: text}))?.direction
    expect(fee('会員は、回送料として1回5,000円を支払うものとします。')).toBe('favours-provider')
    expect(fee('会員は、出張に要した交通費として5,000円を負担するものとします。')).toBe('favours-provider')
    expect(fee('会員は、5,000円分の資料を受け取ることができます。')).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {timeLimit} from './time-limit.js'

const limit = (a: string | undefined, b: string | undefined, newText: string) => situation('numeric', a ? [a] : [], b ? [b] : [], {newText})

describe('timeLimit', () => {
  it('a notice the customer must give earlier favours the provider, later the customer', () => {
    const text = '契約者は、解約日の3か月前までに当社に通知するものとします。'
    expect(timeLimit.judge(limit('1か月前', '3か月前', text))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('3か月前', '1か月前', text))?.direction).toBe('favours-customer')
  })
  it("a shorter notice by the provider favours the provider, a longer one the customer", () => {
    const text = '当社は、変更の1か月前までに契約者に通知します。'
    expect(timeLimit.judge(limit('1か月前', '2週間前', text))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('1か月前', '3か月前', text))?.direction).toBe('favours-customer')
  })
  it('less time to pay favours the provider, more the customer', () => {
    const text = '契約者は、請求日から14日以内に支払うものとします。'
    expect(timeLimit.judge(limit('30日以内', '14日以内', text))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('14日以内', '30日以内', text))?.direction).toBe('favours-customer')
  })
  it('a deadline added constrains the actor, one removed frees it; no actor, no verdict', () => {
    expect(timeLimit.judge(limit(undefined, '前日', '利用申込者は、開始日の前日までに届け出るものとします。'))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('前日', undefined, '利用申込者は、開始日までに届け出るものとします。'))?.direction).toBe('favours-customer')
    expect(timeLimit.judge(limit('1か月前', '3か月前', '解約の通知は3か月前までとします。'))).toBeUndefined()
  })
  it('a payment moved from the next month to this one favours the provider; a month’s worth of fees is no deadline, but may size a cap', () => {
    expect(timeLimit.judge(limit('翌月', '当月', '契約者は、当月分の料金を当月末日までに支払うものとします。'))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('3か月', '1か月', '契約者は、1か月分の利用料金を前払いするものとします。'))).toBeUndefined()
    expect(timeLimit.judge(limit('12か月', '1か月', '当社の賠償額は、直近1か月分の利用料金を上限とします。'))?.direction).toBe('favours-provider')
  })
})

describe('timeLimit: whose time, and which way a period runs', () => {
  it('a period the provider keeps data for: shorter favours the provider, longer the customer', () => {
    const text = (days: string) => `当社は、契約終了後${days}、契約者のデータを保管するものとします。`
    expect(timeLimit.judge(limit('90日間', '14日間', text('14日間')))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('14日間', '90日間', text('90日間')))?.direction).toBe('favours-customer')
  })
  it('a period the customer must refrain for: longer favours the provider', () => {
    const text = '契約者は、契約終了後2年間、同種のサービスを第三者に提供してはならないものとします。'
    expect(timeLimit.judge(limit('1年', '2年', text))?.direction).toBe('favours-provider')
  })
  it('the time the provider gives the customer to pay is the customer’s: less favours the provider', () => {
    const text = (days: string) => `当社は、契約者に対し、${days}に支払うよう催告するものとします。`
    expect(timeLimit.judge(limit('30日以内', '10日以内', text('10日以内')))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('10日以内', '30日以内', text('30日以内')))?.direction).toBe('favours-customer')
  })
  it('a fee paid earlier in the month, with no payer named, is the customer’s deadline', () => {
    expect(timeLimit.judge(limit('月末', '20日', '利用料金は、毎月20日までに当月分を支払うものとします。'))?.direction).toBe('favours-provider')
  })
  it('a shorter period that sizes a cap on compensation lowers the cap', () => {
    const text = '当社が賠償する額は、契約者が過去1か月間に支払った料金の総額を上限とします。'
    expect(timeLimit.judge(limit('12か月', '1か月', text))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('1か月', '12か月', text))?.direction).toBe('favours-customer')
  })
})

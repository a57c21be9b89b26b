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
  it('a payment moved from the next month to this one favours the provider; a month’s worth of fees is no deadline', () => {
    expect(timeLimit.judge(limit('翌月', '当月', '契約者は、当月分の料金を当月末日までに支払うものとします。'))?.direction).toBe('favours-provider')
    expect(timeLimit.judge(limit('12か月', '1か月', '当社の賠償額は、直近1か月分の利用料金を上限とします。'))).toBeUndefined()
  })
})

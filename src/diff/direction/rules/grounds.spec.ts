import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {grounds} from './grounds.js'

const item = (side: 'added' | 'removed', lead: string) =>
  situation('structure', side === 'removed' ? ['(3) 破産したとき。'] : undefined, side === 'added' ? ['(3) 破産したとき。'] : undefined, {severity: 'medium', lead})

describe('grounds', () => {
  const termination = '当社は、契約者が次の各号のいずれかに該当するときは、利用契約を解除することができます。'
  const prohibition = '契約者は、次の行為をしてはなりません。'
  const duty = '当社は、次の場合には、契約者に通知するものとします。'
  it('a ground for termination or a prohibited act added favours the provider; removed, the customer', () => {
    expect(grounds.judge(item('added', termination))?.direction).toBe('favours-provider')
    expect(grounds.judge(item('removed', termination))?.direction).toBe('favours-customer')
    expect(grounds.judge(item('added', prohibition))?.direction).toBe('favours-provider')
    expect(grounds.judge(item('removed', prohibition))?.direction).toBe('favours-customer')
  })
  it("a case added to the provider's duty favours the customer", () => {
    expect(grounds.judge(item('added', duty))?.direction).toBe('favours-customer')
  })
  it('a lead-in without a party or a duty, and a clause without one, give no verdict', () => {
    expect(grounds.judge(item('added', '本サービスには次のオプションがあります。'))).toBeUndefined()
    expect(grounds.judge(situation('structure', undefined, ['第3条 …'], {severity: 'medium'}))).toBeUndefined()
  })
})

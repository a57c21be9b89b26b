import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {precondition} from './precondition.js'

const before = '当社は、契約者に通知したうえで、本サービスの提供を停止することができます。'
const after = '当社は、契約者に通知することなく、本サービスの提供を停止することができます。'

describe('precondition', () => {
  it('a provider right freed from notice favours the provider; the notice written back favours the customer', () => {
    expect(precondition.judge(situation('modality', [], ['なく'], {oldText: before, newText: after}))).toEqual({
      direction: 'favours-provider',
      reason: {ja: '当社の権利が前提の手続なしに使える（ことなく）', en: 'a right of 当社 no longer waits for a step first (ことなく)'}
    })
    expect(precondition.judge(situation('modality', ['なく'], [], {oldText: after, newText: before}))?.direction).toBe('favours-customer')
  })
  it('a customer right freed from a step favours the customer; a sentence that grants no right is left alone', () => {
    const customer = '契約者は、当社の承諾を得ることなく、契約を解除することができます。'
    expect(precondition.judge(situation('modality', [], ['なく'], {oldText: customer.replace('ことなく', 'たうえで'), newText: customer}))?.direction).toBe('favours-customer')
    expect(precondition.judge(situation('modality', [], ['なく'], {oldText: '当社は、通知します。', newText: '当社は、遅滞することなく通知します。'}))).toBeUndefined()
  })
})

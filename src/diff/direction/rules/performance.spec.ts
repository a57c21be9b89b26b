import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {performance} from './performance.js'

const negation = (a: string, b: string, oldText: string, newText: string) => situation('modality', [a], [b], {oldText, newText})

describe('performance', () => {
  it('a refund or a notice the provider stops giving favours the provider; one it starts giving the customer', () => {
    const refund = performance.judge(negation('', 'ません', '当社は、料金を返金します。', '当社は、料金を返金しません。'))
    expect(refund).toEqual({direction: 'favours-provider', reason: {ja: '当社が返金しなくなる', en: '当社 no longer does 返金'}})
    expect(performance.judge(negation('ません', '', '当社は、変更を通知しません。', '当社は、変更を通知します。'))?.direction).toBe('favours-customer')
  })

  it('a termination the provider stops taking favours the customer', () => {
    expect(performance.judge(negation('', 'ません', '当社は、利用契約を解除します。', '当社は、利用契約を解除しません。'))?.direction).toBe('favours-customer')
  })

  it('a payment the customer stops making favours the customer', () => {
    expect(performance.judge(negation('', 'ません', '契約者は、手数料を支払います。', '契約者は、手数料を支払いません。'))?.direction).toBe('favours-customer')
  })

  it('passes on a change without a negation, a verb not listed, or another verb on each side', () => {
    expect(performance.judge(situation('wording', ['日割りで'], [''], {oldText: '当社は、日割りで返金します。', newText: '当社は、返金します。'}))).toBeUndefined()
    expect(performance.judge(negation('', 'ません', '当社は、料金を変更します。', '当社は、料金を変更しません。'))).toBeUndefined()
    expect(performance.judge(negation('', 'ません', '当社は、料金を返金します。', '当社は、料金を請求しません。'))).toBeUndefined()
  })
})

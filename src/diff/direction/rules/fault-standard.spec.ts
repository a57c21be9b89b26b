import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {faultStandard} from './fault-standard.js'

describe('faultStandard', () => {
  it('gross negligence required of the provider favours it; the bar lowered again favours the customer', () => {
    const gross = '当社は、当社の故意又は重大な過失により契約者に損害を与えた場合に限り、その損害を賠償します。'
    const ordinary = '当社は、当社の故意又は過失により契約者に損害を与えた場合に限り、その損害を賠償します。'
    expect(faultStandard.judge(situation('wording', [], ['重大な'], {oldText: ordinary, newText: gross}))?.direction).toBe('favours-provider')
    expect(faultStandard.judge(situation('wording', ['重大な'], [], {oldText: gross, newText: ordinary}))?.direction).toBe('favours-customer')
  })
  it('the customer’s liability raised to gross negligence favours the customer', () => {
    const text = '契約者は、故意又は重大な過失により当社に損害を与えたときは、その損害を賠償するものとします。'
    expect(faultStandard.judge(situation('wording', [], ['重大な'], {newText: text, oldText: text.replace('重大な', '')}))?.direction).toBe('favours-customer')
  })
  it('says nothing of 重大な outside liability', () => {
    expect(faultStandard.judge(situation('wording', [], ['重大な'], {newText: '当社は、重大な変更を行う場合は通知します。', oldText: '当社は、変更を行う場合は通知します。'}))).toBeUndefined()
  })
})

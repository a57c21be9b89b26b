import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {rightsAndDuties} from './rights-and-duties.js'

const modality = (a: string, b: string, newText: string) => situation('modality', [a], [b], {newText})

describe('rightsAndDuties', () => {
  it('a customer right turned into a prohibition favours the provider, and the mirror', () => {
    expect(rightsAndDuties.judge(modality('ことができます', 'ことはできません', '契約者は、写しを請求することはできません。'))?.direction).toBe('favours-provider')
    expect(rightsAndDuties.judge(modality('ことはできません', 'ことができます', '利用申込者は、申込みを取り消すことができます。'))?.direction).toBe('favours-customer')
  })
  it("a provider's duty weakened to an effort favours the provider, strengthened the customer", () => {
    expect(rightsAndDuties.judge(modality('ものとします', '努めます', '当社は、障害を報告するよう努めます。'))?.direction).toBe('favours-provider')
    expect(rightsAndDuties.judge(modality('努めます', 'ものとします', '当社は、障害を報告するものとします。'))?.direction).toBe('favours-customer')
  })
  it('a customer duty softened to 努めるものとします favours the customer: the ものとします belongs to the effort', () => {
    expect(rightsAndDuties.judge(modality('なければなりません', '努めるものとします', '利用者は、パスワードを管理するよう努めるものとします。'))?.direction).toBe('favours-customer')
    expect(rightsAndDuties.judge(modality('努めるものとします', 'なければなりません', '利用者は、パスワードを管理しなければなりません。'))?.direction).toBe('favours-provider')
  })
  it('a new provider right favours the provider; a negation alone is unclear', () => {
    expect(rightsAndDuties.judge(modality('ものとします', 'ことができます', '当社は、一覧を交付することができます。'))?.direction).toBe('favours-provider')
    expect(rightsAndDuties.judge(modality('', 'ません', '当社は承諾しません。'))).toBeUndefined()
  })
})

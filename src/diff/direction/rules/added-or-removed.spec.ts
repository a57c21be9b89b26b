import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {addedOrRemoved} from './added-or-removed.js'

const added = (text: string) => situation('structure', undefined, [text], {newText: text})
const removed = (text: string) => situation('structure', [text], undefined, {oldText: text})

describe('addedOrRemoved', () => {
  it('a new right of the provider (suspension, unilateral change) favours the provider; removed, the customer', () => {
    expect(addedOrRemoved.judge(added('当社は、料金の滞納があったときは、本サービスの提供を停止することができます。'))?.direction).toBe('favours-provider')
    expect(addedOrRemoved.judge(added('当社は、本約款を変更することがあります。'))?.direction).toBe('favours-provider')
    expect(addedOrRemoved.judge(removed('当社は、業務を第三者に再委託することができます。'))?.direction).toBe('favours-customer')
  })
  it('a new duty of the customer favours the provider; a new duty of the provider the customer', () => {
    expect(addedOrRemoved.judge(added('契約者は、住所の変更を届け出るものとします。'))?.direction).toBe('favours-provider')
    expect(addedOrRemoved.judge(added('当社は、障害の復旧に努めます。'))?.direction).toBe('favours-customer')
  })
  it('sentences pulling both ways are unclear; none readable, no verdict', () => {
    expect(addedOrRemoved.judge(added('当社は、点検を行うものとします。契約者は、点検に協力するものとします。'))?.direction).toBe('unclear')
    expect(addedOrRemoved.judge(added('セキュアメール 誤送信対策オプション'))).toBeUndefined()
  })
})

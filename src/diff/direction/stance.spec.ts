import {describe, expect, it} from 'vitest'
import {stanceOf} from './stance.js'

describe('stanceOf', () => {
  it('reads a duty or prohibition of the customer as good for the provider', () => {
    expect(stanceOf('契約者は、変更があったときは速やかに届け出るものとします。').value).toBe(-1)
    expect(stanceOf('契約者は、本サービスを転売してはならない。').value).toBe(-1)
  })
  it('reads a right or an exemption of the provider as good for the provider', () => {
    expect(stanceOf('当社は、本サービスの提供を停止することができます。').value).toBe(-1)
    expect(stanceOf('当社は、その損害について責任を負いません。').value).toBe(-1)
  })
  it('reads a duty of the provider and a right of the customer as good for the customer', () => {
    expect(stanceOf('当社は、その損害を賠償するものとします。').value).toBe(1)
    expect(stanceOf('利用申込者は、申込みを取り消すことができます。').value).toBe(1)
  })
  it('says nothing without an actor or a modality', () => {
    expect(stanceOf('本サービスには次のオプションがあります。').value).toBe(0)
    expect(stanceOf('利用申込者が料金の支払を遅延したことがあるとき。').value).toBe(0)
  })
  it('reads a plain act by what it does for the other side: given, taken, or no longer given', () => {
    expect(stanceOf('当社は、前払いの料金を返金します。')).toMatchObject({value: 1, performance: {verb: '返金'}})
    expect(stanceOf('当社は、前払いの料金を返金しないものとします。').value).toBe(-1)
    expect(stanceOf('当社は、料金の滞納があったときは、利用契約を解除します。').value).toBe(-1)
    expect(stanceOf('当社は、料金の滞納があったときでも、利用契約を解除しません。').value).toBe(1)
  })
})

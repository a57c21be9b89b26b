import {describe, expect, it} from 'vitest'
import {actorOf, roleOf} from './parties.js'

describe('roleOf', () => {
  it('reads the customer side and the provider side, whatever the document calls them', () => {
    expect(['契約者', '利用申込者', '利用者は', 'お客様', '会員の負担'].map(roleOf)).toEqual(['customer', 'customer', 'customer', 'customer', 'customer'])
    expect(['当社', '運営会社', '特定協定事業者', '当社の負担', '弊社'].map(roleOf)).toEqual(['provider', 'provider', 'provider', 'provider', 'provider'])
  })
  it('reads a club’s or a rule book’s own name for itself as the provider, but no other company', () => {
    expect(['会社', '本会', '当会は', '当協会'].map(roleOf)).toEqual(['provider', 'provider', 'provider', 'provider'])
    expect(['親会社', '関係会社', '保険会社'].map(roleOf)).toEqual([undefined, undefined, undefined])
    expect(actorOf('会社は、会員に対し、一月前までに告知する。')).toEqual({word: '会社', role: 'provider'})
    expect(actorOf('本会は、会員の退会を承認する。')).toEqual({word: '本会', role: 'provider'})
  })
  it('leaves a third party and words that are no party without a role', () => {
    expect(['第三者', '保証人', '料金'].map(roleOf)).toEqual([undefined, undefined, undefined])
  })
})

describe('actorOf', () => {
  it('takes the topic (は) before a subject of a condition (が)', () => {
    expect(actorOf('当社は、契約者が料金を支払わないときは、利用を停止することができます。')).toEqual({word: '当社', role: 'provider'})
    expect(actorOf('契約者は当社に対して通知するものとします。')).toEqual({word: '契約者', role: 'customer'})
  })
  it('falls back to the subject marked with が, and to none', () => {
    expect(actorOf('利用申込者が料金の支払を遅延したことがあるとき。')).toEqual({word: '利用申込者', role: 'customer'})
    expect(actorOf('本サービスには次のオプションがあります。')).toBeUndefined()
  })
})

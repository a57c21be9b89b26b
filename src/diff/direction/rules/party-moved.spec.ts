import {describe, expect, it} from 'vitest'
import type {Situation} from '../types.js'
import {partyMoved} from './party-moved.js'

const party = (oldWord: string, newWord: string, newText = ''): Situation => ({
  change: {kind: 'party', severity: 'high', label: {ja: '', en: ''}, old: {id: 'a', clause: {ja: '', en: ''}, words: [oldWord], positions: []}, new: {id: 'a', clause: {ja: '', en: ''}, words: [newWord], positions: []}},
  newText,
  siblings: []
})

describe('partyMoved', () => {
  it('a burden moved to the provider favours the customer, and the mirror', () => {
    expect(partyMoved.judge(party('契約者の負担', '当社の負担'))?.direction).toBe('favours-customer')
    expect(partyMoved.judge(party('当社の負担', '契約者の負担'))?.direction).toBe('favours-provider')
  })
  it('a power moved to the customer favours the customer, and the mirror', () => {
    expect(partyMoved.judge(party('当社の判断', '契約者の判断'))?.direction).toBe('favours-customer')
    expect(partyMoved.judge(party('契約者の承諾', '当社の承諾'))?.direction).toBe('favours-provider')
  })
  it('the actor of a duty or of a right replaced by the other side', () => {
    expect(partyMoved.judge(party('契約者は', '当社は', '当社は報告書を提出するものとします。'))?.direction).toBe('favours-customer')
    expect(partyMoved.judge(party('契約者は', '当社は', '当社は契約を解除することができます。'))?.direction).toBe('favours-provider')
  })
  it('another name of the same side is neutral', () => {
    expect(partyMoved.judge(party('当社は', '運営会社は'))).toMatchObject({direction: 'neutral'})
    expect(partyMoved.judge(party('契約者が', '利用者が'))).toMatchObject({direction: 'neutral'})
  })
})

import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {scopeWords} from './scope-words.js'

describe('scopeWords', () => {
  it('一切 widens what the sentence grants: a provider exemption (against the customer) or a customer liability', () => {
    expect(scopeWords.judge(situation('scope', [], ['一切'], {newText: '当社は、一切の損害について責任を負いません。'}))?.direction).toBe('favours-provider')
    expect(scopeWords.judge(situation('scope', ['一切'], [], {newText: '当社は、損害について責任を負いません。'}))?.direction).toBe('favours-customer')
    expect(scopeWords.judge(situation('scope', [], ['一切'], {newText: '契約者は、一切の損害を賠償するものとします。'}))?.direction).toBe('favours-provider')
  })
  it('故意又は重過失がある場合を除き narrows the provider exemption; dropped, it widens it', () => {
    expect(scopeWords.judge(situation('scope', [], ['を除き'], {newText: '当社は、故意又は重過失がある場合を除き、責任を負いません。'}))?.direction).toBe('favours-customer')
    expect(scopeWords.judge(situation('scope', ['を除き'], [], {newText: '当社は、責任を負いません。'}))?.direction).toBe('favours-provider')
  })
  it('通常かつ直接の narrows what the provider compensates', () => {
    expect(scopeWords.judge(situation('wording', [], ['通常かつ直接の'], {severity: 'medium', newText: '当社は、通常かつ直接の損害を賠償するものとします。'}))?.direction).toBe('favours-provider')
    expect(scopeWords.judge(situation('wording', ['通常かつ直接の'], [], {severity: 'medium', newText: '当社は、損害を賠償するものとします。'}))?.direction).toBe('favours-customer')
  })
  it('a ただし-sentence added limits its neighbour', () => {
    const proviso = 'ただし、当社の故意による場合は、この限りではありません。'
    expect(scopeWords.judge(situation('scope', undefined, [proviso], {newText: proviso, context: '当社は、その損害について責任を負いません。'}))?.direction).toBe('favours-customer')
    expect(scopeWords.judge(situation('scope', [proviso], undefined, {oldText: proviso, context: '当社は、その損害について責任を負いません。'}))?.direction).toBe('favours-provider')
  })
  it('a ただし-sentence to a cap lifts the cap: dropped, the cap always applies (against the customer); added, the reverse', () => {
    const proviso = 'ただし、当社の故意または重大な過失による場合は、この限りではありません。'
    const context = '当社は、契約者に生じた損害を、基本料金の額を上限として賠償します。'
    expect(scopeWords.judge(situation('scope', [proviso], undefined, {oldText: proviso, context}))).toEqual({
      direction: 'favours-provider',
      reason: {ja: '当社の賠償の上限が例外なく及ぶ（但書・限定の文）', en: 'the cap on 賠償 by 当社 applies without exception (a proviso)'}
    })
    expect(scopeWords.judge(situation('scope', undefined, [proviso], {newText: proviso, context}))?.direction).toBe('favours-customer')
  })
  it('wording outside liability is left alone', () => {
    expect(scopeWords.judge(situation('wording', [], ['通常の'], {severity: 'medium', newText: '契約者は、通常の方法により届け出るものとします。'}))).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {splitLines} from '../lines.js'
import {detectWrapWidth, startsMidSentence, wrapsOn} from './wrap.js'

describe('wrapped text', () => {
  it('finds the width most long lines share', () => {
    const long = 'あ'.repeat(30)
    const text = [...Array(6).fill(long), '短い行です。', 'い'.repeat(25) + '。'].join('\n')
    const lines = splitLines(text)
    expect(detectWrapWidth(lines, lines.map((l) => classifyLine(l.text)))).toBe(30)
  })
  it('finds no width in text written line by line', () => {
    const lines = splitLines('第1条 甲は乙に対し、次の事項を通知するものとします。\n2 前項の通知は書面によるものとします。\n')
    expect(detectWrapWidth(lines, lines.map((l) => classifyLine(l.text)))).toBeUndefined()
  })
  it('says a full line without a sentence end goes on', () => {
    expect(wrapsOn('あ'.repeat(30), 30)).toBe(true)
    expect(wrapsOn('あ'.repeat(29) + '。', 30)).toBe(false)
    expect(wrapsOn('あ'.repeat(30), undefined)).toBe(false)
  })
  it('tells a fragment from a sentence that starts with a connective', () => {
    expect(startsMidSentence('を含みます。')).toBe(true)
    expect(startsMidSentence('ただし、この限りではない。')).toBe(false)
  })
})

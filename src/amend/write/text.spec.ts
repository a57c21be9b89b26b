import {describe, expect, it} from 'vitest'
import {captionSentence} from './caption.js'
import {editSentence} from './text.js'

describe('word edit sentences', () => {
  it('shares one verb among replacements standing together', () => {
    expect(
      editSentence('第十条', [
        {op: 'replace', from: '二箇月前', to: '三箇月前'},
        {op: 'replace', from: '書面', to: '書面又は電磁的方法'}
      ])
    ).toBe('第十条中「二箇月前」を「三箇月前」に、「書面」を「書面又は電磁的方法」に改める。')
  })

  it('chains the verbs of different edits in order: 改め、加え、削る', () => {
    expect(
      editSentence('第十四条', [
        {op: 'replace', from: '一年間', to: '二年間'},
        {op: 'insert', anchor: '天災地変、', side: 'after', words: '感染症の流行、'},
        {op: 'delete', from: '一切の'}
      ])
    ).toBe('第十四条中「一年間」を「二年間」に改め、「天災地変、」の下に「感染症の流行、」を加え、「一切の」を削る。')
  })

  it('writes the caption sentences', () => {
    expect(captionSentence('第七条', '支払い', '支払', [{op: 'replace', from: '支払い', to: '支払'}])).toBe('第七条の見出し中「支払い」を「支払」に改める。')
    expect(captionSentence('第七条', '料金', '料金の支払', undefined)).toBe('第七条の見出しを「（料金の支払）」に改める。')
    expect(captionSentence('第五条', undefined, '定義', undefined)).toBe('第五条に見出しとして「（定義）」を付する。')
    expect(captionSentence('第五条', '定義', undefined, undefined)).toBe('第五条の見出しを削る。')
  })
})

import {describe, expect, it} from 'vitest'
import type {Token, Tokenizer} from '../diff/tokenizer.js'
import {words} from './words.js'

// Tokens as kuromoji gives them for these phrases: one per listed surface.
const tokens = (parts: Array<[string, string, string]>): Tokenizer => ({
  tokenize: () => {
    let at = 0
    return parts.map(([surface, pos, detail]): Token => ({surface, start: at, end: (at += surface.length), pos, detail, basic: surface}))
  }
})

describe('words for quoting', () => {
  it('keeps a number with its counter: 一年間, 2か月', () => {
    const text = '期間は一年間とし'
    const tokenizer = tokens([['期間', '名詞', '一般'], ['は', '助詞', '係助詞'], ['一', '名詞', '数'], ['年間', '名詞', '接尾'], ['と', '助詞', '格助詞'], ['し', '動詞', '自立']])
    expect(words(text, tokenizer).map((w) => w.text)).toEqual(['期間', 'は', '一年間', 'と', 'し'])
    const months = tokens([['2', '名詞', '数'], ['か', '助詞', '副助詞'], ['月', '名詞', '一般'], ['前', '名詞', '副詞可能']])
    expect(words('2か月前', months).map((w) => w.text)).toEqual(['2か月', '前'])
  })

  it('keeps 第, the number, 条 and a branch number together: 第6条の2', () => {
    const tokenizer = tokens([['第', '接頭詞', '数接続'], ['6', '名詞', '数'], ['条', '名詞', '接尾'], ['の', '助詞', '連体化'], ['2', '名詞', '数'], ['に', '助詞', '格助詞']])
    expect(words('第6条の2に', tokenizer).map((w) => w.text)).toEqual(['第6条の2', 'に'])
  })
})

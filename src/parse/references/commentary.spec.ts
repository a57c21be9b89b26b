import {describe, expect, it} from 'vitest'
import {citesQuote, commentedArticle, quotedHeads} from './commentary.js'

describe('commentedArticle', () => {
  it('reads the article a heading names, the first of several', () => {
    expect(commentedArticle('第12条関係')).toBe('12')
    expect(commentedArticle('第 24 条の２関係')).toBe('24-2')
    expect(commentedArticle('第三十三条及び第三十四条関係')).toBe('33')
  })
  it('gives null for a heading that names no article, undefined for a line that is no heading', () => {
    expect(commentedArticle('全般関係')).toBeNull()
    expect(commentedArticle('別表第1関係')).toBeNull()
    expect(commentedArticle('① 本条は目的を定める。')).toBeUndefined()
    expect(commentedArticle('第12条の趣旨は次のとおりである。')).toBeUndefined()
  })
})

describe('quotedHeads and citesQuote', () => {
  const heads = quotedHeads([{value: '① 次のような規定を置く。'}, {value: '第4条 利用料を半額とする。'}, {value: '三 氏名及び住所'}, {value: '第2条に定めるとおり。'}])
  it('collects the article and item heads a commentary writes, not articles it mentions', () => {
    expect([...heads.articles]).toEqual(['4'])
    expect([...heads.items]).toEqual([3])
  })
  it('knows a reference to a quoted article, or to a quoted item written alone', () => {
    expect(citesQuote(heads, [{level: 'appendix', appendix: '附則'}, {level: 'article', num: '4'}])).toBe(true)
    expect(citesQuote(heads, [{level: 'item', num: '3'}])).toBe(true)
    expect(citesQuote(heads, [{level: 'article', num: '2'}, {level: 'item', num: '3'}])).toBe(false)
    expect(citesQuote(heads, [{level: 'paragraph', num: '4'}])).toBe(false)
  })
})

import {describe, expect, it} from 'vitest'
import {escapeCell, escapeInline} from './markdown-escape.js'

describe('escapeInline', () => {
  it('escapes HTML, links, emphasis, strikethrough and code spans', () => {
    expect(escapeInline('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>')
    expect(escapeInline('[こちら](javascript:alert(1))')).toBe('\\[こちら\\](javascript:alert(1))')
    expect(escapeInline('~~第5条~~ **（適用除外）** _x_ `y` \\')).toBe('\\~\\~第5条\\~\\~ \\*\\*（適用除外）\\*\\* \\_x\\_ \\`y\\` \\\\')
    expect(escapeInline('&lt; と & と &#x3c;')).toBe('&amp;lt; と & と &amp;#x3c;')
  })

  it('leaves Japanese text, numbering and line structure alone', () => {
    expect(escapeInline('第1条（目的） (1) 本サービス. # - + | > 1.')).toBe('第1条（目的） (1) 本サービス. # - + | > 1.')
  })
})

describe('escapeCell', () => {
  it('keeps a cell one cell: pipes escaped, line breaks made spaces', () => {
    expect(escapeCell('a|b\nc\r\nd')).toBe('a\\|b c d')
    expect(escapeCell('<b>~~x~~</b>')).toBe('&lt;b>\\~\\~x\\~\\~&lt;/b>')
  })
})

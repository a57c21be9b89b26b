import {describe, expect, test} from 'vitest'
import {assemble} from './assemble.js'
import type {PageLine} from './lines.js'

const line = (text: string, y: number, x = 50): PageLine => ({text, x, y, size: 10, cells: [x]})

describe('assemble', () => {
  test('lines joined by LF, a gap of two pitches a blank line, furniture out, one map entry per line', () => {
    const pages = [
      {height: 800, lines: [line('第１条 本文の', 100), line('続き', 114), line('（見出し）', 142), line('- 1 -', 780)]},
      {height: 800, lines: [line('第２条 本文', 100, 60), line('- 2 -', 780)]}
    ]
    const pdf = assemble(pages)
    expect(pdf.text).toBe('第１条 本文の\n続き\n\n（見出し）\n第２条 本文\n')
    expect(pdf.furniture).toEqual([
      {page: 1, text: '- 1 -', kind: 'page-number'},
      {page: 2, text: '- 2 -', kind: 'page-number'}
    ])
    expect(pdf.lines).toEqual([
      {offset: 0, page: 1, x: 50, y: 100},
      {offset: 8, page: 1, x: 50, y: 114},
      {offset: 11, page: 1, x: 50, y: 142},
      {offset: 12, page: 1, x: 50, y: 142},
      {offset: 18, page: 2, x: 60, y: 100}
    ])
    expect(pdf.text.split('\n')).toHaveLength(pdf.lines.length + 1)
  })
  test('no text at all: empty text, no lines', () => {
    expect(assemble([{height: 800, lines: []}])).toEqual({text: '', pages: 1, lines: [], furniture: []})
  })
})

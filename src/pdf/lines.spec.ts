import {describe, expect, test} from 'vitest'
import {pageLines, unifyRadicals, type Glyphs} from './lines.js'

const run = (str: string, x: number, y: number, size = 10): Glyphs => ({str, x, y, width: str.length * size, size})

describe('pageLines', () => {
  test('orders runs by baseline, then from the left, whatever the stream order', () => {
    const lines = pageLines([run('二行目', 10, 40), run('第１条', 10, 20), run('本文', 50, 20.5)])
    expect(lines.map((line) => line.text)).toEqual(['第１条 本文', '二行目'])
  })
  test('a gap of over one and a half characters separates cells with a tab; pdf.js spaces are not trusted', () => {
    const lines = pageLines([run('1', 10, 20), run(' ', 20, 20), run('名称', 40, 20), run('注', 65, 20)])
    expect(lines[0].text).toBe('1\t名称 注')
    expect(lines[0].cells).toEqual([10, 40])
  })
  test('a header over the second column of a table gets the tab of its empty first cell', () => {
    const lines = pageLines([run('名称', 40, 10), run('1', 10, 20), run('甲', 40, 20)])
    expect(lines.map((line) => line.text)).toEqual(['\t名称', '1\t甲'])
  })
})

describe('unifyRadicals', () => {
  test('Kangxi radicals from a font’s ToUnicode map become the ideographs; other text is untouched', () => {
    expect(unifyRadicals('2024年10\u2f4930\u2f47版の利\u2f64')).toBe('2024年10月30日版の利用')
    expect(unifyRadicals('\u2ea0事再生')).toBe('民事再生')
    expect(unifyRadicals('\u2ea1')).toBe('\u2ea1')
    expect(unifyRadicals('第１条（目的）')).toBe('第１条（目的）')
  })
})

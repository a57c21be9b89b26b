import {describe, expect, test} from 'vitest'
import {findFurniture, type Page} from './furniture.js'
import type {PageLine} from './lines.js'

const line = (text: string, y: number): PageLine => ({text, x: 50, y, size: 10, cells: [50]})
const page = (n: number, body: string): Page => ({
  height: 800,
  lines: [line(`規約集 第${n}版`, 30), line(body, 200), line('規約集 第1版', 400), line(`- ${n} -`, 780)]
})

describe('findFurniture', () => {
  test('page numbers and text repeated at one height in the margins, digits aside; never the body', () => {
    const found = findFurniture([page(1, '第１条 本文'), page(2, '第２条 本文'), page(3, '第３条 本文')])
    expect(found.map((map) => [...map.entries()])).toEqual([
      [[0, 'running'], [3, 'page-number']],
      [[0, 'running'], [3, 'page-number']],
      [[0, 'running'], [3, 'page-number']]
    ])
  })
  test('a one-page document has page numbers but no running text', () => {
    expect([...findFurniture([page(1, '本文')])[0].entries()]).toEqual([[3, 'page-number']])
  })
  test('16/37 and 16 ページ are page numbers', () => {
    const pages = [{height: 800, lines: [line('16/37', 790), line('16 ページ', 20), line('16条', 790)]}]
    expect([...findFurniture(pages)[0].entries()]).toEqual([[0, 'page-number'], [1, 'page-number']])
  })
})

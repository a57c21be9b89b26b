import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Paragraph, TableRow} from '../types.js'
import {emptySpan, LeafWriter} from './emit.js'
import {addRow, continuesTable, extendCell, finishTable, looksLikeHeader, newTable, type OpenTable, type TableRowShape} from './table.js'

const row = (...cells: string[]): TableRow => ({type: 'tableRow', id: '', header: false, cells, children: [], position: emptySpan()})

describe('tables', () => {
  it('reads column names or a header over a number column as a header row', () => {
    expect(looksLikeHeader([row('項番', '名称'), row('1', '甲')])).toBe(true)
    expect(looksLikeHeader([row('', 'サービス'), row('1', '甲'), row('2', '乙')])).toBe(true)
    expect(looksLikeHeader([row('甲', '乙'), row('丙', '丁')])).toBe(false)
  })
  it('numbers data rows after the header and names the header', () => {
    const table: OpenTable = {node: {type: 'table', id: 't', rows: [], children: [], position: emptySpan()}, rows: [row('旧', '新'), row('甲', '乙')], headerRows: 1}
    finishTable(table)
    expect(table.rows.map((r) => r.id)).toEqual(['t__header', 't__row_1'])
    expect(table.node).toMatchObject({header: ['旧', '新'], rows: [['甲', '乙']]})
  })
})

describe('table rows', () => {
  const line = (text: string, start = 0): Line => ({index: 0, start, end: start + text.length, next: start + text.length + 1, text}) as Line
  const writerFor = (source: string) => {
    const writer = new LeafWriter(source)
    writer.current = line(source)
    return writer
  }
  const paragraph = (): Paragraph => ({type: 'paragraph', id: 'p', num: 1, children: [], position: emptySpan()})

  it('numbers a table by its title, else by its place among the tables of its parent', () => {
    const parent = paragraph()
    const writer = writerFor('')
    expect(newTable(parent, undefined, writer).node.id).toBe('p__table_1')
    expect(newTable(parent, 5, writer).node.id).toBe('p__table_5')
    expect(newTable(parent, undefined, writer).node.id).toBe('p__table_3')
  })
  it('adds a row of cells, and a separator makes the rows above it headers', () => {
    const source = '| 旧 | 新 |'
    const writer = writerFor(source)
    const table = newTable(paragraph(), undefined, writer)
    addRow(table, line(source), classifyLine(source, true) as TableRowShape, writer)
    expect(table.rows.map((r) => r.cells)).toEqual([['旧', '新']])
    const separator = '|---|---|'
    writer.current = line(separator)
    addRow(table, line(separator), classifyLine(separator, true) as TableRowShape, writer)
    expect([table.rows.length, table.headerRows]).toEqual([1, 1])
  })
  it('continues the last cell with a plain line, not after a blank or with a statute number', () => {
    const source = '甲\t乙\n続き'
    const writer = writerFor(source)
    const table = newTable(paragraph(), undefined, writer)
    addRow(table, line('甲\t乙'), classifyLine('甲\t乙', false) as TableRowShape, writer)
    const next = line('続き', 4)
    expect(continuesTable(table, false, next, classifyLine('続き', false))).toBe(true)
    expect(continuesTable(table, true, next, classifyLine('続き', false))).toBe(false)
    expect(continuesTable(table, false, line('二　前号の場合', 4), classifyLine('二　前号の場合', false))).toBe(false)
    expect(continuesTable(table, false, line('イ 見積額', 4), classifyLine('イ 見積額', false))).toBe(true)
    expect(continuesTable(undefined, false, next, classifyLine('続き', false))).toBe(false)
    writer.current = next
    extendCell(table, next, 0, writer)
    expect(table.rows[0].cells).toEqual(['甲', '乙\n続き'])
  })
})

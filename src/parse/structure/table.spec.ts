import {describe, expect, it} from 'vitest'
import type {TableRow} from '../types.js'
import {emptySpan} from './emit.js'
import {finishTable, looksLikeHeader, type OpenTable} from './table.js'

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

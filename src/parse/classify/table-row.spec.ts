import {describe, expect, it} from 'vitest'
import {tableRow} from './table-row.js'

describe('tableRow', () => {
  it('splits tab-separated rows, keeping an empty first cell', () => {
    expect(tableRow('\tオプションサービス名称', 0)).toMatchObject({cells: [{start: 0, end: 0}, {start: 1, end: 12}]})
    expect(tableRow('1\tセキュアMX DR オプション', 0)).toMatchObject({cells: [{start: 0, end: 1}, {start: 2, end: 17}]})
  })
  it('splits pipe rows and recognises the separator under a header', () => {
    expect(tableRow('| 旧 | 新 |', 0)).toMatchObject({separator: false, cells: [{start: 2, end: 3}, {start: 6, end: 7}]})
    expect(tableRow('|---|:---:|', 0)).toMatchObject({separator: true})
    expect(tableRow('----|----|----', 0)).toMatchObject({separator: true})
  })
  it('reads the rules of a grid drawn in text as separators, and rows drawn with │', () => {
    for (const rule of ['+--------+--------+', '┌────┬────┐', '├────┼────┤', '└────┴────┘']) expect(tableRow(rule, 0)).toMatchObject({separator: true})
    expect(tableRow('│プラン│月額│', 0)).toMatchObject({separator: false, cells: [{start: 1, end: 4}, {start: 5, end: 7}]})
    expect(tableRow('+', 0)).toBeUndefined()
  })
  it('is not a row without a separator', () => {
    expect(tableRow('当社は、本約款を変更することがあります。', 0)).toBeUndefined()
  })
})

describe('tab-indented Markdown lists', () => {
  it('are lists, not tables, in a Markdown document', async () => {
    const {classifyLine} = await import('./index.js')
    expect(classifyLine('\t1.\t利用を申し込むとき', true)).toMatchObject({kind: 'numbered'})
    expect(classifyLine('\t\t本文の続き。', true)).toMatchObject({kind: 'body'})
    expect(classifyLine('1\t甲\t乙', true)).toMatchObject({kind: 'tableRow'})
    expect(classifyLine('\t\t本文の続き。')).toMatchObject({kind: 'tableRow'})
    expect(classifyLine('| 甲 | 乙 |', true)).toMatchObject({kind: 'tableRow'})
  })
})

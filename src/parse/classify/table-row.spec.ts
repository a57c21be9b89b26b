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
  })
  it('is not a row without a separator', () => {
    expect(tableRow('当社は、本約款を変更することがあります。', 0)).toBeUndefined()
  })
})

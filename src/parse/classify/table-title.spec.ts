import {describe, expect, it} from 'vitest'
import {tableTitle} from './table-title.js'

describe('tableTitle', () => {
  it('reads the number and title of a table', () => {
    expect(tableTitle('第2表 対象となるサービスの読替え', 0)).toMatchObject({num: 2, title: {start: 4, end: 17}})
    expect(tableTitle('第一表', 0)).toMatchObject({num: 1, title: undefined})
  })
  it('is not a table title inside a sentence', () => {
    expect(tableTitle('第2表に定めるとおりとします。', 0)).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {divisionHead} from './division-head.js'

describe('divisionHead', () => {
  it('reads chapters and sections with their titles', () => {
    expect(divisionHead('第一章　総則', 0)).toMatchObject({level: 'chapter', num: '1', title: {start: 4, end: 6}})
    expect(divisionHead('第2節 申込', 0)).toMatchObject({level: 'section', num: '2'})
    expect(divisionHead('第三章の二　雑則', 0)).toMatchObject({level: 'chapter', num: '3-2'})
  })
  it('reads a heading set in bold, the markers outside number and title', () => {
    expect(divisionHead('**第1章 総則**', 0)).toMatchObject({level: 'chapter', num: '1', head: {start: 2, end: 5}, title: {start: 6, end: 8}})
    expect(divisionHead('__第2章__　利用契約', 0)).toMatchObject({level: 'chapter', num: '2', title: {start: 8, end: 12}})
  })
  it('does not take a mention for a heading', () => {
    expect(divisionHead('第二章の規定により', 0)).toBeUndefined()
  })
})

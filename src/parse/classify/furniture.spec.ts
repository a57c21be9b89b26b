import {describe, expect, it} from 'vitest'
import {furniture} from './furniture.js'

describe('furniture', () => {
  it.each(['- 3 -', '－３－', '3/10', '３／１０', 'Page 3', 'page 3 of 10', '12 ページ'])('reads %s as a page footer', (line) => {
    expect(furniture(line, 0)).toMatchObject({kind: 'furniture', why: 'footer'})
  })
  it.each(['(以下余白)', '（以下余白）', '以上'])('reads %s as an end mark', (line) => {
    expect(furniture(line, 0)).toMatchObject({why: 'end-mark'})
  })
  it('reads dot leaders with a page number and headings with article ranges as contents', () => {
    expect(furniture('第1条 約款の適用 ………… 3', 0)).toMatchObject({why: 'toc'})
    expect(furniture('第一章　総則（第一条―第五条）', 0)).toMatchObject({why: 'toc'})
    expect(furniture('目次', 0)).toMatchObject({why: 'toc-head'})
  })
  it('leaves clause text alone', () => {
    expect(furniture('2 当社は、前項の規定により…', 0)).toBeUndefined()
    expect(furniture('第一章　総則', 0)).toBeUndefined()
    expect(furniture('1', 0)).toBeUndefined()
  })
})

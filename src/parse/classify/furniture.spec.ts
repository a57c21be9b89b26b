import {describe, expect, it} from 'vitest'
import {furniture, isDateLine} from './furniture.js'

describe('furniture', () => {
  it.each(['- 3 -', '－３－', '3/10', '３／１０', 'Page 3', 'page 3 of 10', '12 ページ'])('reads %s as a page footer', (line) => {
    expect(furniture(line, 0)).toMatchObject({kind: 'furniture', why: 'footer'})
  })
  it.each(['(以下余白)', '（以下余白）', '以上'])('reads %s as an end mark', (line) => {
    expect(furniture(line, 0)).toMatchObject({why: 'end-mark'})
  })
  it.each(['---', '***', '_ _ _', '＝＝＝＝＝＝', '────────'])('reads %s as a rule across the page', (line) => {
    expect(furniture(line, 0)).toMatchObject({why: 'separator'})
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
    expect(furniture('- 料金', 0)).toBeUndefined()
    expect(furniture('--', 0)).toBeUndefined()
  })
})

describe('isDateLine', () => {
  it.each(['2025年（令和7年）3月5日改定', '令和７年４月１日施行', '2024.05.07 制定', '2023年04月17日 制定', '制定日：2024年4月1日', '最終改定日: 2025年10月1日', '施行日　令和7年4月1日'])('reads %s as a date line', (line) => {
    expect(isDateLine(line)).toBe(true)
  })
  it('leaves sentences with a date alone', () => {
    expect(isDateLine('この規約は、2024年4月1日から施行します。')).toBe(false)
  })
})

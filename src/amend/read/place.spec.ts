import {describe, expect, it} from 'vitest'
import {readPlace} from './place.js'

describe('reading a place', () => {
  it('reads articles, paragraphs, items in kanji and Arabic numerals', () => {
    expect(readPlace('第九条第二項第三号中', {})).toEqual({place: {article: '9', paragraph: '2', item: '3'}, length: 9})
    expect(readPlace('第6条の2中', {})?.place).toEqual({article: '6-2'})
    expect(readPlace('第十一条第三号の二を', {})?.place).toEqual({article: '11', item: '3-2'})
  })

  it('reads appendices, tables and the preamble', () => {
    expect(readPlace('別表第一中', {})?.place).toEqual({appendix: '別表1'})
    expect(readPlace('附則第二項中', {})?.place).toEqual({appendix: '附則', paragraph: '2'})
    expect(readPlace('第十二条の表中', {})?.place).toEqual({article: '12', table: 0})
    expect(readPlace('別紙の第2表中', {})?.place).toEqual({appendix: '別紙', table: 2})
    expect(readPlace('前文中', {})?.place).toEqual({preamble: true})
  })

  it('fills the levels left out from the place named before: 同条, 同項, a bare 第七号', () => {
    const context = {article: '11', paragraph: '2'}
    expect(readPlace('同条第四項', context)?.place).toEqual({article: '11', paragraph: '4'})
    expect(readPlace('第七号の次に', context)?.place).toEqual({article: '11', paragraph: '2', item: '7'})
    expect(readPlace('同項に', context)?.place).toEqual({article: '11', paragraph: '2'})
  })

  it('reads no place where none starts', () => {
    expect(readPlace('「一年間」を', {})).toBeUndefined()
  })
})

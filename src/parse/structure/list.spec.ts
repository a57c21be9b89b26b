import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {announcesList, indentOf, listMarker} from './list.js'

const marker = (line: string) => listMarker(line, classifyLine(line, true))

describe('Markdown lists', () => {
  it('measures indentation with tabs as four columns', () => {
    expect([indentOf('1. a'), indentOf('\t1. a'), indentOf('\t\t- a'), indentOf('   1. a')]).toEqual([0, 4, 8, 3])
  })
  it('finds ordered and bullet markers but not statute numbers', () => {
    expect(marker('1. 甲とする。')).toEqual({start: 0, end: 2})
    expect(marker('\t2) 乙とする。')).toEqual({start: 1, end: 3})
    expect(marker('\t\t- 丙')).toEqual({start: 2, end: 3})
    expect(marker('２　前項の規定は')).toBeUndefined()
    expect(marker('一　甲')).toBeUndefined()
  })
  it('tells a lead that announces items from one that does not', () => {
    expect(announcesList('当社は、次の各号のいずれかに該当する場合、登録を取り消すことができます。')).toBe(true)
    expect(announcesList('用語の意味は下記のとおりとします。')).toBe(true)
    expect(announcesList('運営者は、')).toBe(true)
    expect(announcesList('本規約は、利用者に適用されます。')).toBe(false)
    expect(announcesList('')).toBe(false)
  })
})

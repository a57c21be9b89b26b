import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Item} from '../types.js'
import {emptySpan, LeafWriter} from './emit.js'
import {announcesList, announcesUnmarkedItems, emitEntry, entryBody, entryContent, indentOf, listLead, listMarker, markdownText, parentEntry, type MarkdownTextState} from './list.js'

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

describe('Markdown list entries', () => {
  it('nests an entry only under one whose text it is indented to', () => {
    const list = [{content: 3, node: 'a'}, {content: 6, node: 'b'}]
    expect(parentEntry(list, 6)?.node).toBe('b')
    expect(parentEntry(list, 4)?.node).toBe('a')
    expect(list.map((e) => e.node)).toEqual(['a'])
    expect(parentEntry(list, 0)).toBeUndefined()
    expect(list).toEqual([])
  })
  it('puts the text column after the marker and its spaces', () => {
    expect(entryContent('1. 甲', {start: 0, end: 2})).toBe(3)
    expect(entryContent('\t- 乙', {start: 1, end: 2})).toBe(6)
    expect(entryContent('10.', {start: 0, end: 3})).toBe(3)
  })
  it('reads a lead as items or paragraphs, and open when it stops mid-sentence', () => {
    expect(listLead('次の各号に掲げるとおりとします。')).toEqual({mode: 'item', leadOpen: false})
    expect(listLead('用語の定義は次のとおり：')).toEqual({mode: 'item', leadOpen: false})
    expect(listLead('当団体は、')).toEqual({mode: 'item', leadOpen: true})
    expect(listLead('')).toEqual({mode: 'paragraph', leadOpen: false})
  })
  it('tells a lead that makes the following plain lines items', () => {
    expect(announcesUnmarkedItems('料金は下記のとおりとします。')).toBe(true)
    expect(announcesUnmarkedItems('料金は以下の通り：')).toBe(true)
    expect(announcesUnmarkedItems('料金は下記のとおりとし、')).toBe(false)
    expect(announcesUnmarkedItems('料金は別に定めます。')).toBe(false)
  })
})

describe('text lines in a Markdown article', () => {
  const state = (over: Partial<MarkdownTextState>): MarkdownTextState => ({prevBlank: false, indent: 0, leadOpen: false, listOpen: false, paragraphInUse: () => false, unmarkedItems: false, ...over})
  it('after a blank line at the margin: resumes an open lead, else starts the next paragraph, else ends the list', () => {
    expect(markdownText(state({prevBlank: true, leadOpen: true, listOpen: true, paragraphInUse: () => true}))).toBe('resumeLead')
    expect(markdownText(state({prevBlank: true, listOpen: true, paragraphInUse: () => true}))).toBe('nextParagraph')
    expect(markdownText(state({prevBlank: true, listOpen: true}))).toBe('endList')
    expect(markdownText(state({prevBlank: true, indent: 2, listOpen: true, paragraphInUse: () => true}))).toBeUndefined()
  })
  it('makes a plain line right after an announcing lead an item', () => {
    expect(markdownText(state({unmarkedItems: true}))).toBe('unmarkedItem')
    expect(markdownText(state({unmarkedItems: true, indent: 4}))).toBeUndefined()
    expect(markdownText(state({}))).toBeUndefined()
  })
})

describe('writing a list entry', () => {
  it('finds the text after the marker, or none', () => {
    expect(entryBody('1.  甲とする。 ', {start: 0, end: 2})).toEqual({start: 4, end: 9})
    expect(entryBody('- ', {start: 0, end: 1})).toBeUndefined()
  })
  it('splits the line into layout, number and body leaves that cover it', () => {
    const text = ' 1. 甲\n'
    const line = {index: 0, start: 0, end: 5, next: 6, text: ' 1. 甲'} as Line
    const writer = new LeafWriter(text)
    writer.current = line
    const item: Item = {type: 'item', id: 'i', num: 1, marker: '1.', children: [], position: emptySpan()}
    emitEntry(writer, item, line, {start: 1, end: 3}, entryBody(line.text, {start: 1, end: 3}))
    const leaves = item.children.map((c) => (c.type === 'text' ? [c.role, c.value] : []))
    expect(leaves).toEqual([['layout', ' '], ['num', '1.'], ['layout', ' '], ['body', '甲'], ['layout', '\n']])
  })
})

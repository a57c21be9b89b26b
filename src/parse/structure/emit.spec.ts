import {describe, expect, it} from 'vitest'
import {splitLines} from '../lines.js'
import type {Paragraph} from '../types.js'
import {emptySpan, LeafWriter, setPositions} from './emit.js'

const paragraph = (): Paragraph => ({type: 'paragraph', id: 'p', num: 1, children: [], position: emptySpan()})

describe('LeafWriter', () => {
  it('writes a line as layout, role and layout, merging layout runs, with points on the line', () => {
    const text = '  本文です。\n次'
    const writer = new LeafWriter(text)
    const [line] = splitLines(text)
    writer.current = line
    const node = paragraph()
    writer.emitLine(node, line, 2, 7, 'body')
    writer.emit(node, 8, 8, 'layout')
    expect(node.children.map((c) => c.type === 'text' && [c.role, c.value])).toEqual([['layout', '  '], ['body', '本文です。'], ['layout', '\n']])
    expect(node.children[2].position).toEqual({start: {line: 1, column: 8, offset: 7}, end: {line: 2, column: 1, offset: 8}})
    setPositions(node)
    expect(node.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 2, column: 1, offset: 8}})
  })

  it('gives repeated ids a __dup suffix and never reuses one', () => {
    const writer = new LeafWriter('')
    expect(['art_1', 'art_1', 'art_1__dup_2', 'art_1'].map((id) => writer.uniqueId(id))).toEqual(['art_1', 'art_1__dup_2', 'art_1__dup_2__dup_2', 'art_1__dup_3'])
  })

  it('numbers repeated clauses under one parent, and only under that parent', () => {
    const writer = new LeafWriter('')
    const first = {...paragraph(), id: 'art_1__para_1'}
    const second = {...paragraph(), id: 'art_2__para_1'}
    const ids = [writer.childId(first, 'item_1'), writer.childId(first, 'item_1'), writer.childId(second, 'item_1'), writer.childId(first, 'item_1__dup_2'), writer.childId(first, 'item_1')]
    expect(ids).toEqual(['art_1__para_1__item_1', 'art_1__para_1__item_1__dup_2', 'art_2__para_1__item_1', 'art_1__para_1__item_1__dup_2__dup_2', 'art_1__para_1__item_1__dup_3'])
  })
})

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
})

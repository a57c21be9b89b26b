import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {splitLines} from '../lines.js'
import {markComments, unnumberedLevel} from './blocks.js'

const read = (text: string) => {
  const lines = splitLines(text)
  return {lines, shapes: lines.map((l) => classifyLine(l.text, true))}
}

describe('Markdown blocks', () => {
  it('marks every line of a comment and of a closed HTML block as an aside', () => {
    const {lines, shapes} = read('<!--\n第1条 古い\n-->\n<div>\n2024年1月1日\n</div>\n第2条 本文。\n')
    markComments(lines, shapes)
    expect(shapes.map((s) => s.kind)).toEqual(['aside', 'aside', 'aside', 'aside', 'aside', 'aside', 'article'])
  })
  it('leaves an HTML tag that is never closed to its own line', () => {
    const {lines, shapes} = read('<br>\n本文です。\n')
    markComments(lines, shapes)
    expect(shapes.map((s) => s.kind)).toEqual(['aside', 'body'])
  })
  it('finds the level of unnumbered provisions only where no provision is numbered', () => {
    expect(unnumberedLevel(read('# 題\n## 目的\n## 範囲\n### 細目\n').shapes)).toBe(2)
    expect(unnumberedLevel(read('# 題\n## 1. 目的\n## 範囲\n## 手続\n').shapes)).toBeUndefined()
  })
})

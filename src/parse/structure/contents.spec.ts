import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {splitLines} from '../lines.js'
import {Contents, linkCaptions} from './contents.js'

const shapes = (...lines: string[]) => lines.map((line) => classifyLine(line))
const linked = (...texts: string[]) => {
  const list = shapes(...texts)
  return {list, heads: linkCaptions(list, splitLines(texts.join('\n')))}
}

describe('read-ahead over lines', () => {
  it('links a caption line to the article head below it', () => {
    expect([...linked('（目的）', '', '第一条　甲とする。', '（注記）', '本文。').heads]).toEqual([[0, 2]])
  })
  it('takes a Markdown heading holding only a bracketed caption, over a bare article head, for its caption', () => {
    const {list, heads} = linked('## （目的）', '第1条', '本文。', '## （注記）', '本文。', '## （登録）', '第2条（登録の申込み）')
    expect([...heads]).toEqual([[0, 1]])
    expect(list.map((shape) => shape.kind)).toEqual(['caption', 'article', 'body', 'heading', 'body', 'heading', 'article'])
  })
  it('leaves a contents list at a heading already listed', () => {
    const {list: lines, heads} = linked('目次', '第一章　総則', '第二章　雑則', '第一章　総則', '第一条　甲とする。')
    const contents = new Contents(lines, heads)
    contents.open = true
    expect([1, 2, 3].map((i) => contents.leave(lines[i], i))).toEqual([false, false, true])
  })
})

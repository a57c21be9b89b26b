import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {Contents, linkCaptions} from './contents.js'

const shapes = (...lines: string[]) => lines.map((line) => classifyLine(line))

describe('read-ahead over lines', () => {
  it('links a caption line to the article head below it', () => {
    expect([...linkCaptions(shapes('（目的）', '', '第一条　甲とする。', '（注記）', '本文。'))]).toEqual([[0, 2]])
  })
  it('leaves a contents list at a heading already listed', () => {
    const lines = shapes('目次', '第一章　総則', '第二章　雑則', '第一章　総則', '第一条　甲とする。')
    const contents = new Contents(lines, linkCaptions(lines))
    contents.open = true
    expect([1, 2, 3].map((i) => contents.leave(lines[i], i))).toEqual([false, false, true])
  })
})

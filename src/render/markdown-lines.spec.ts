import {describe, expect, it} from 'vitest'
import {markdownLines} from './markdown-lines.js'

const joined = (lines: string[]) => lines.join('\n').replace(/\n{3,}/g, '\n\n')
const collected = (lines: string[]) => {
  const out = markdownLines()
  for (const line of lines) out.add(line)
  return out.text()
}

describe('markdownLines', () => {
  it('cuts runs of blank lines as the regex on the joined text does', () => {
    const cases = [
      ['# a', '', 'b', '', '', '', 'c', ''],
      ['', '', '', 'x', '', '', '', ''],
      ['x', '', ''],
      ['x', ''],
      ['', 'x'],
      [],
      [''],
      ['', ''],
      ['', '', '', ''],
      ['a\n', '', '', 'b'],
      ['a', '', '\n\nb\n', '', 'c'],
      ['a\n\n\n\nb']
    ]
    for (const lines of cases) expect(collected(lines), JSON.stringify(lines)).toBe(joined(lines))
  })

  it('agrees with the regex on every sequence of four lines drawn from blank, text and newline pieces', () => {
    const pieces = ['', 'x', '\n', 'y\n', '\nz']
    for (let n = 0; n < pieces.length ** 4; n++) {
      const lines = [0, 1, 2, 3].map((k) => pieces[Math.floor(n / pieces.length ** k) % pieces.length])
      expect(collected(lines), JSON.stringify(lines)).toBe(joined(lines))
    }
  })
})

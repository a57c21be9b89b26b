import {describe, expect, it} from 'vitest'
import {pointFinder} from '../parse/lines.js'
import {compileMatcher, rewriteText} from '../terms/matcher.js'
import type {ReadingRow} from '../terms/types.js'
import {replacementPlaces} from './places.js'

const row = (index: number, upstream: string, effective: string): ReadingRow => ({index, row: index, upstream, effective})

// The points every replacement gets when both texts are indexed line by line.
function indexed(text: string, rows: ReadingRow[]) {
  const {output, replacements} = rewriteText(compileMatcher(rows), text)
  const from = pointFinder(text)
  const to = pointFinder(output)
  const expected = replacements.map((r) => ({upstream: {start: from(r.start), end: from(r.end)}, output: {start: to(r.outputStart), end: to(r.outputEnd)}}))
  return {actual: replacementPlaces(text, output, replacements, from), expected, count: replacements.length}
}

describe('replacementPlaces', () => {
  const rows = [row(1, '当社', '販売会社'), row(2, '契約者', '利用者'), row(3, 'オプション', 'OP')]
  // each text with the number of replacements it holds
  const texts: Record<string, [string, number]> = {
    'LF, several on a line': ['第1条\n当社は契約者に当社のオプションを\n\n提供します。当社\n', 5],
    'CRLF': ['当社は\r\n契約者の当社\r\nオプション', 4],
    'a lone CR': ['当社\r契約者\r\r当社オプション当社', 5]
  }
  for (const [name, [text, replaced]] of Object.entries(texts)) {
    it(`gives the points of indexing both texts (${name})`, () => {
      const {actual, expected, count} = indexed(text, rows)
      expect(count).toBe(replaced)
      expect(actual).toEqual(expected)
    })
  }

  it('indexes the output again when a row’s wording holds a line break', () => {
    const {actual, expected} = indexed('当社と契約者\n当社', [row(1, '当社', '販売\n会社'), row(2, '契約者', '利用者')])
    expect(actual).toEqual(expected)
    expect(actual[1].output.start).toEqual({line: 2, column: 4, offset: 6})
  })
})

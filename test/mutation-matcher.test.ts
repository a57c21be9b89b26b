// matcher.ts pinned by whole values: every refusal's message in both languages, the matches
// (row, span, keep) and replacements (source and output spans) it reports, rows limited to a
// range of the source, a right side shared by two rows, and a row that only respells a name.
import {describe, expect, test} from 'vitest'
import {applyMatches, compileMatcher, findMatches, RewriteError, rewriteText, type ReadingRow} from '../src/rewrite/index.js'
import {outputOffsets} from '../src/terms/matcher.js'

const rows = (pairs: Array<[string, string]>, table?: number): ReadingRow[] =>
  pairs.map(([upstream, effective], i) => ({index: i + 1, row: i + 1, upstream, effective, ...(table === undefined ? {} : {table})}))

/** The refusal a call makes: [code, Japanese, English]. */
function refusal(call: () => unknown): [string, string, string] {
  try {
    call()
  } catch (error) {
    if (error instanceof RewriteError) return [error.code, error.text('ja'), error.text('en')]
    throw error
  }
  throw new Error('no refusal')
}

describe('refusals, word for word', () => {
  test('an empty left side', () => {
    expect(refusal(() => compileMatcher(rows([['甲', '乙'], ['　', '丙']], 2)))).toEqual([
      'table',
      '読替え表の第2表 2行目「　」→「丙」の左欄が空です',
      'the reading table\'s table 2, row 2「　」→「丙」 has an empty left side'
    ])
  })

  test('one name read two ways', () => {
    expect(refusal(() => compileMatcher(rows([['Ａ社', 'B社'], ['乙', '丙'], ['A 社', 'C社']])))).toEqual([
      'conflict',
      '読替え表の1行目「Ａ社」→「B社」と3行目「A 社」→「C社」は同じ名称を別々に読み替えています',
      'the reading table\'s row 1「Ａ社」→「B社」 and row 3「A 社」→「C社」 read the same name two ways'
    ])
  })

  test('a right side that is another row’s left side', () => {
    expect(refusal(() => compileMatcher(rows([['甲', '乙'], ['乙', '丙']])))).toEqual([
      'conflict',
      '読替え表の1行目「甲」→「乙」の右欄は2行目「乙」→「丙」の左欄と同じ名称です。読替えを重ねることになるため適用できません',
      'the reading table\'s row 1「甲」→「乙」 yields the left side of row 2「乙」→「丙」; the readings would chain, so the table is refused'
    ])
  })

  test('a reading that fires again on the output, quoted with twelve characters either side and spaces folded', () => {
    const matcher = compileMatcher(rows([['甲', '乙'], ['乙丙', '丁']]))
    expect(refusal(() => rewriteText(matcher, 'あいうえおかきくけこさしす甲丙たちつてと\n\nなにぬねのはひふへほまみむ'))).toEqual([
      'not-idempotent',
      '読替えの結果をもう一度読み替えると2行目「乙丙」→「丁」が「いうえおかきくけこさしす乙丙たちつてと なにぬねの」で再び当てはまります。読替え表を見直してください',
      'reading the output again would apply row 2「乙丙」→「丁」 once more, at “いうえおかきくけこさしす乙丙たちつてと なにぬねの”; revise the reading table'
    ])
    expect(refusal(() => rewriteText(matcher, '甲丙'))[1]).toBe('読替えの結果をもう一度読み替えると2行目「乙丙」→「丁」が「乙丙」で再び当てはまります。読替え表を見直してください')
  })
})

describe('what compileMatcher accepts', () => {
  test('a row that only respells another row’s right side is no chain', () => {
    const matcher = compileMatcher(rows([['甲社', '乙 社'], ['乙社', '乙 社']]))
    expect(rewriteText(matcher, '甲社と乙社と乙 社').output).toBe('乙 社と乙 社と乙 社')
  })

  test('duplicate rows point at the first; a right side two rows share is kept for the first', () => {
    const matcher = compileMatcher(rows([['甲', '丙'], ['乙', '丙'], ['甲', '丙']]))
    expect([...matcher.duplicates]).toEqual([[2, 0]])
    expect(findMatches(matcher, '丙、乙、甲')).toEqual([
      {row: 0, start: 0, end: 1, keep: true},
      {row: 1, start: 2, end: 3, keep: false},
      {row: 0, start: 4, end: 5, keep: false}
    ])
  })
})

describe('matches and replacements', () => {
  const matcher = compileMatcher(rows([['甲', '乙乙乙'], ['丙丁', '戊']]))

  test('spans end at the last character of the name, not at the spaces after it', () => {
    expect(findMatches(matcher, '甲　と丙 丁 。')).toEqual([
      {row: 0, start: 0, end: 1, keep: false},
      {row: 1, start: 3, end: 6, keep: false}
    ])
  })

  test('each replacement’s span in the source and in the output', () => {
    const text = 'あ甲い丙丁う'
    const {output, replacements} = applyMatches(matcher, text, findMatches(matcher, text))
    expect(output).toBe('あ乙乙乙い戊う')
    expect(replacements).toEqual([
      {row: 0, start: 1, end: 2, outputStart: 1, outputEnd: 4},
      {row: 1, start: 3, end: 5, outputStart: 5, outputEnd: 6}
    ])
    const toOutput = outputOffsets(replacements)
    expect([0, 1, 2, 3, 5, 6].map(toOutput)).toEqual([0, 1, 4, 5, 6, 7])
  })

  test('a row limited to a range of the source applies only from inside it, start included, end not', () => {
    const scoped = compileMatcher(rows([['甲', '乙'], ['丙', '丁']]))
    const text = '丙甲丙甲丙'
    expect(findMatches(scoped, text, new Map([[1, [[2, 4]]]]))).toEqual([
      {row: 0, start: 1, end: 2, keep: false},
      {row: 1, start: 2, end: 3, keep: false},
      {row: 0, start: 3, end: 4, keep: false}
    ])
    expect(findMatches(scoped, text, new Map([[1, [[0, 1], [4, 5]]]])).map((m) => m.start)).toEqual([0, 1, 3, 4])
  })

  test('the ranges follow the text into the output when it is read again', () => {
    // 甲甲。甲甲丙 → 乙。乙丙, in which row 2 would read 乙丙 at output offset 2 (source 3).
    const chained = compileMatcher(rows([['甲甲', '乙'], ['乙丙', '丁']]))
    const text = '甲甲。甲甲丙'
    expect(refusal(() => rewriteText(chained, text, new Map([[1, [[3, 6]]]])))[0]).toBe('not-idempotent')
    expect(rewriteText(chained, text, new Map([[1, [[1, 3]]]])).output).toBe('乙。乙丙')
  })
})

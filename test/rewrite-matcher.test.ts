// The 読替え matcher on plain strings: width- and space-blind matching, longest match,
// one pass, idempotence or refusal — checked against a naive oracle written here.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {applyMatches, compileMatcher, findMatches, RewriteError, rewriteText, type Match, type ReadingRow} from '../src/rewrite/index.js'

function rows(pairs: Array<[string, string]>): ReadingRow[] {
  return pairs.map(([upstream, effective], i) => ({index: i + 1, row: i + 1, upstream, effective}))
}

function rewrite(pairs: Array<[string, string]>, text: string): string {
  return rewriteText(compileMatcher(rows(pairs)), text).output
}

// The oracle's own compact form of one UTF-16 unit: NFKC, and no white space but newlines.
function form(unit: string): string {
  return unit === '\n' || unit === '\r' ? unit : unit.normalize('NFKC').replace(/\s/g, '')
}

/**
 * Leftmost-longest over the compact view, trying every name at every position: slow and
 * obviously right. Left sides replace; right sides (not also a left side) are kept.
 */
function oracle(table: ReadingRow[], text: string): Match[] {
  const forms = Array.from({length: text.length}, (_, i) => form(text[i]))
  const starts: number[] = []
  let view = ''
  for (const f of forms) {
    starts.push(view.length)
    view += f
  }
  const key = (value: string) => Array.from(value, (ch) => form(ch)).join('')
  const lefts = new Map<string, number>()
  table.forEach((row, i) => {
    if (!lefts.has(key(row.upstream))) lefts.set(key(row.upstream), i)
  })
  const names: Array<{key: string; row: number; keep: boolean}> = [...lefts].map(([k, row]) => ({key: k, row, keep: false}))
  table.forEach((row, i) => {
    const k = key(row.effective)
    if (k !== '' && !lefts.has(k) && !names.some((name) => name.key === k)) names.push({key: k, row: i, keep: true})
  })
  const matches: Match[] = []
  let i = 0
  while (i < text.length) {
    if (forms[i] === '') {
      i++
      continue
    }
    let best: {length: number; end: number; row: number; keep: boolean} | undefined
    for (const name of names) {
      if (!view.startsWith(name.key, starts[i])) continue
      const viewEnd = starts[i] + name.key.length
      let end = -1
      for (let j = i; j < text.length && starts[j] < viewEnd; j++) if (forms[j] !== '' && starts[j] + forms[j].length === viewEnd) end = j + 1
      if (end !== -1 && (!best || name.key.length > best.length)) best = {length: name.key.length, end, row: name.row, keep: name.keep}
    }
    if (!best) {
      i++
      continue
    }
    matches.push({row: best.row, start: i, end: best.end, keep: best.keep})
    i = best.end
  }
  return matches
}

function oracleApply(table: ReadingRow[], text: string): string {
  let out = ''
  let from = 0
  for (const match of oracle(table, text)) {
    if (match.keep) continue
    out += text.slice(from, match.start) + table[match.row].effective
    from = match.end
  }
  return out + text.slice(from)
}

describe('matching ignores width and spacing, and keeps the text around each match', () => {
  const table: Array<[string, string]> = [['ABC データ サービス', 'XYZ 保全サービス']]

  it('reads every spelling of one name', () => {
    for (const spelling of ['ABCデータサービス', 'ABC データ サービス', 'ＡＢＣデータサービス', 'ＡＢＣ　データ　サービス', 'ABC\tデータサービス', 'A B C データ サービス']) {
      expect(rewrite(table, `「${spelling}」を使う`)).toBe('「XYZ 保全サービス」を使う')
    }
  })

  it('leaves the spaces before and after a match where they were', () => {
    expect(rewrite(table, '前  ABC データ サービス  後')).toBe('前  XYZ 保全サービス  後')
  })

  it('does not match across a line break', () => {
    expect(rewrite(table, 'ABC データ\nサービス')).toBe('ABC データ\nサービス')
  })

  it('never starts or ends a name inside one character’s expansion', () => {
    // ㍿ expands to 株式会社 in the compact view; 式会 is inside it.
    expect(rewrite([['式会', '×']], '㍿と株式会社')).toBe('㍿と株×社')
    expect(rewrite([['株式会社', '（株）']], '㍿と株式会社')).toBe('（株）と（株）')
  })
})

describe('longest match, one pass', () => {
  it('reads the longer name (プラス) rather than the shorter one plus a tail', () => {
    const table: Array<[string, string]> = [
      ['ボックスオプション', 'Ｂオプション'],
      ['ボックスプラスオプション', 'Ｂ＋オプション'],
      ['ボックス', '箱']
    ]
    expect(rewrite(table, 'ボックスプラスオプションとボックスオプションとボックス')).toBe('Ｂ＋オプションとＢオプションと箱')
  })

  it('never replaces a replacement again', () => {
    expect(rewrite([['甲', '乙丙'], ['丙', '丁']], '甲と丙')).toBe('乙丙と丁')
  })

  it('keeps text that already reads as a right side containing its left side', () => {
    const table: Array<[string, string]> = [['監査オプション', 'XYZ 監査オプション']]
    const once = rewrite(table, '監査オプションとXYZ監査オプション')
    expect(once).toBe('XYZ 監査オプションとXYZ監査オプション')
    expect(rewrite(table, once)).toBe(once)
  })
})

describe('tables that cannot be applied are refused with a clear message', () => {
  it('a name read two ways', () => {
    expect(() => compileMatcher(rows([['Ａ社', 'B社'], ['A 社', 'C社']]))).toThrow(/同じ名称を別々に読み替えています/)
  })

  it('a right side that is another row’s left side (a chain)', () => {
    try {
      compileMatcher(rows([['甲', '乙'], ['乙', '丙']]))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(RewriteError)
      expect((error as RewriteError).code).toBe('conflict')
      expect((error as RewriteError).text('en')).toMatch(/would chain/)
    }
  })

  it('a reading that would fire again across the edge of its own output', () => {
    // 甲丙 becomes 乙丙, which row 2 would read on a second pass.
    expect(() => rewrite([['甲', '乙'], ['乙丙', '丁']], '甲丙')).toThrow(RewriteError)
    expect(() => rewrite([['甲', '乙'], ['乙丙', '丁']], '甲丙')).toThrow(/再び当てはまります/)
  })

  it('duplicate rows with one reading are merged, not refused', () => {
    const matcher = compileMatcher(rows([['甲', '乙'], ['甲', '乙']]))
    expect(matcher.duplicates.get(1)).toBe(0)
    expect(rewriteText(matcher, '甲甲').output).toBe('乙乙')
  })
})

// Few characters, so names overlap often; widths, spaces, a newline and one expanding character.
const unit = fc.constantFrom('ア', 'イ', 'ウ', 'A', 'Ａ', 'b', 'ｂ', ' ', '　', '\n', '㌔', 'キ', 'ロ')
const nameUnit = fc.constantFrom('ア', 'イ', 'ウ', 'A', 'Ａ', 'b', 'ｂ', 'キ', 'ロ', '㌔')
const name = fc.array(nameUnit, {minLength: 1, maxLength: 4}).map((units) => units.join(''))
const text = fc.array(unit, {maxLength: 80}).map((units) => units.join(''))
const table = fc.array(fc.tuple(name, fc.array(fc.oneof(nameUnit, fc.constantFrom('Z', 'Ｚ', ' ')), {minLength: 1, maxLength: 5}).map((u) => u.join(''))), {
  minLength: 1,
  maxLength: 6
})

/** Runs `check` on what the matcher makes of (pairs, input); a refusal at compile time is allowed. */
function withTable(pairs: Array<[string, string]>, check: (table: ReadingRow[]) => void): void {
  const table = rows(pairs.map(([l, r]) => [l, r.trim() === '' ? 'Z' : r]))
  try {
    compileMatcher(table)
  } catch (error) {
    expect(error).toBeInstanceOf(RewriteError)
    return
  }
  check(table)
}

describe('properties (fast-check)', () => {
  it('matches are exactly the oracle’s leftmost-longest matches: none nested, none doubled', () => {
    fc.assert(
      fc.property(table, text, (pairs, input) => {
        withTable(pairs, (t) => {
          const found = findMatches(compileMatcher(t), input)
          expect(found).toEqual(oracle(t, input))
          for (let k = 1; k < found.length; k++) expect(found[k].start).toBeGreaterThanOrEqual(found[k - 1].end)
        })
      }),
      {numRuns: 600}
    )
  })

  it('text outside the matched spans is byte-identical, and each span holds its right side', () => {
    fc.assert(
      fc.property(table, text, (pairs, input) => {
        withTable(pairs, (t) => {
          const matcher = compileMatcher(t)
          const {output, replacements} = applyMatches(matcher, input, findMatches(matcher, input))
          let from = 0
          let outFrom = 0
          for (const r of replacements) {
            expect(output.slice(outFrom, r.outputStart)).toBe(input.slice(from, r.start))
            expect(output.slice(r.outputStart, r.outputEnd)).toBe(t[r.row].effective)
            from = r.end
            outFrom = r.outputEnd
          }
          expect(output.slice(outFrom)).toBe(input.slice(from))
        })
      }),
      {numRuns: 600}
    )
  })

  it('no left side is left in the output outside replaced or already-effective spans', () => {
    fc.assert(
      fc.property(table, text, (pairs, input) => {
        withTable(pairs, (t) => {
          let result
          try {
            result = rewriteText(compileMatcher(t), input)
          } catch {
            return
          }
          // The oracle, run on the output, must find nothing to replace (outside spans that already read as right sides).
          const again = oracle(t, result.output).filter((m) => !m.keep && result.output.slice(m.start, m.end) !== t[m.row].effective)
          expect(again).toEqual([])
        })
      }),
      {numRuns: 600}
    )
  })

  it('rewrite(rewrite(x)) = rewrite(x), or a refusal that is justified', () => {
    fc.assert(
      fc.property(table, text, (pairs, input) => {
        withTable(pairs, (t) => {
          const matcher = compileMatcher(t)
          const once = applyMatches(matcher, input, findMatches(matcher, input)).output
          let refused = false
          try {
            rewriteText(matcher, input)
          } catch (error) {
            expect((error as RewriteError).code).toBe('not-idempotent')
            refused = true
          }
          // Refused exactly when a second application (by the oracle) would change the text.
          expect(refused).toBe(oracleApply(t, once) !== once)
          if (!refused) expect(rewriteText(matcher, once).output).toBe(once)
        })
      }),
      {numRuns: 600}
    )
  })
})

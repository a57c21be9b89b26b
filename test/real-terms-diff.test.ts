// Acceptance of issue 8 on the differ: on both version pairs in ../shared/real-terms every
// substantive change is reported at medium or high on its line and no editorial-only line
// is high; text outside articles is compared, so differing inputs never give zero changes.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {realPairs, realTermsDir, scoreDiff} from '../bench/real-terms.js'
import {diffDocuments} from '../src/diff/compare.js'
import {parse} from '../src/parse/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const pairs = realPairs()
if (pairs.length === 0) console.warn(`real-terms-diff: skipped — no diff-pairs.json in ${realTermsDir}`)

describe.skipIf(pairs.length === 0)('real-terms: version pairs against diff-pairs.json', () => {
  test.each(pairs.map((p) => [`${p.old} → ${p.new}`, p] as const))('%s', async (_, pair) => {
    const score = await scoreDiff(pair, fakeTokenizer)
    expect(score.missed, 'substantive changes not found at medium or high').toEqual([])
    // 当社 → 運営会社 throughout is one low rename, not a change of party in every clause.
    expect(score.editorialHigh, 'editorial-only changes reported high').toEqual([])
  })
})

const diff = (a: string, b: string) => diffDocuments(parse(a).tree, parse(b).tree, {tokenizer: fakeTokenizer})

describe('text outside articles is compared', () => {
  test('the preamble, a chapter heading and a document without articles', async () => {
    expect((await diff('本規約は甲に適用します。\n第1条（目的）\n乙とする。\n', '本規約は甲及び丙に適用します。\n第1条（目的）\n乙とする。\n')).changes).not.toEqual([])
    expect((await diff('第1章 総則\n第1条（目的）\n乙とする。\n', '第1章 通則\n第1条（目的）\n乙とする。\n')).changes).not.toEqual([])
    expect((await diff('# 方針\n\n当社は情報を守ります。\n', '# 方針\n\n当社は情報を守りません。\n')).changes).not.toEqual([])
    expect((await diff('# 方針\n\n当社は情報を守ります。\n', '# 方針\n\n当社は情報を守ります。\n')).changes).toEqual([])
    // a heading written inside a 別表 is its text (found by the property below)
    expect((await diff('別表 料金', '別表 料金\n第1章 総則')).changes).not.toEqual([])
  })

  test('two inputs that differ beyond whitespace never give zero changes', async () => {
    const line = fc.constantFrom('第1条（目的）', '第2条（定義）', '本規約は利用者に適用します。', '当社は料金を返還しません。', '2 前項の規定は準用する。', '> 要点：返金はありません。', '## 3. お問い合わせ', '1. 甲とする。', '第1章 総則', '別表 料金', '')
    await fc.assert(
      fc.asyncProperty(fc.array(line, {maxLength: 8}), fc.array(line, {maxLength: 8}), async (a, b) => {
        const left = a.join('\n')
        const right = b.join('\n')
        fc.pre(left.replace(/\s/g, '') !== right.replace(/\s/g, ''))
        expect((await diff(left, right)).changes.length).toBeGreaterThan(0)
      }),
      {numRuns: 150}
    )
  })
})

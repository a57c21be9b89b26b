// A name replaced throughout (当社 → 運営会社) is one low rename finding with its count and
// places, not a party change per clause; a particle or okurigana change after a party's
// name is never a party change. Uses the small fake tokenizer.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {classifyPair} from '../src/diff/classify.js'
import {diffDocuments} from '../src/diff/compare.js'
import {tokenDiff} from '../src/diff/tokens.js'
import {parse} from '../src/parse/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const diff = (a: string, b: string) => diffDocuments(parse(a).tree, parse(b).tree, {tokenizer: fakeTokenizer})

const small = `# 見本約款

第1条（申込み）

申込者は、当社所定の書面により当社に申し込むものとします。

第2条（承諾）

当社は、申込みを受け付けた順に承諾します。

2 当社は、審査の結果を申込者に通知します。

第3条（当社が行う解除）

当社は、契約者が料金を支払わないときは、契約を解除することができます。
`

describe('a consistent rename', () => {
  test('当社 → 運営会社 in six places is one low rename finding with the count and the places', async () => {
    const renamed = small.replaceAll('当社', '運営会社')
    expect(small.split('当社').length - 1).toBe(6)
    const result = await diff(small, renamed)
    expect(result.changes.map((c) => `${c.kind} ${c.severity} ${c.direction}`)).toEqual(['rename low neutral'])
    const [rename] = result.changes
    expect(rename.label).toEqual({ja: '呼称の一括変更（当社 → 運営会社、6箇所）', en: 'renamed throughout (当社 → 運営会社, 6 places)'})
    expect(rename.places!.map((p) => p.new.id)).toEqual(['art_1__para_1', 'art_1__para_1', 'art_2__para_1', 'art_2__para_2', 'art_3', 'art_3__para_1'])
    expect(result.summary).toEqual({high: 0, medium: 0, low: 1})
    // The 新旧対照表 still underlines every replaced word: no clause change is hidden.
    const underlined = result.pairs.flatMap((p) => [p, ...p.children]).flatMap((p) => p.sentences).filter((s) => s.status !== 'unchanged')
    expect(underlined).toHaveLength(4)
  })

  test('a rename that leaves the old word somewhere is not one: each clause reports its change', async () => {
    const partly = small.replace('当社は、申込みを', '運営会社は、申込みを').replace('当社は、審査', '運営会社は、審査')
    const result = await diff(small, partly)
    expect(result.changes.map((c) => `${c.kind} ${c.direction}`)).toEqual(['party neutral', 'party neutral'])
  })

  test('a whole written 約款 renamed: one finding, counted over every place', async () => {
    const old = readFileSync(new URL('fixtures/diff/direction/old.md', import.meta.url), 'utf8')
    const result = await diff(old, old.replaceAll('当社', '運営会社'))
    expect(result.changes.filter((c) => c.kind !== 'rename')).toEqual([])
    expect(result.changes).toHaveLength(1)
    expect(result.changes[0].label.ja).toBe(`呼称の一括変更（当社 → 運営会社、${old.split('当社').length - 1}箇所）`)
  })
})

describe('particles and okurigana after a party are never a party change', () => {
  const kinds = (a: string, b: string) => classifyPair(a, b, tokenDiff(a, b, fakeTokenizer)).map((f) => f.kind)
  test.each([
    ['契約者は、当社が指定する方法により支払うものとします。', '契約者は、当社に指定された方法により支払うものとします。'],
    ['当社は、その結果を契約者に知らせるものとします。', '当社は、その結果を契約者へ知らせるものとします。'],
    ['契約者が当社に届け出るものとします。', '契約者は当社に届け出るものとします。'],
    ['当社の取り扱いに従うものとします。', '当社の取扱いに従うものとします。']
  ])('%s → %s', (a, b) => {
    expect(kinds(a, b)).not.toContain('party')
  })

  test('another party in the same place still is', () => {
    expect(kinds('契約者は当社に対して通知するものとします。', '当社は契約者に対して通知するものとします。')).toEqual(['party'])
  })
})

// Whom each change favours, on a small 約款 written for this test in two versions: every
// change with its kind, severity, direction and the rule that reads it; each rule that can
// favour a side is seen both ways. Uses the small fake tokenizer.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {directionRules} from '../src/diff/direction/index.js'
import {parse} from '../src/parse/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
interface Expected {
  old: string | null
  new: string | null
  kind: string
  severity: string
  direction: string
  rule: string
  note: string
}
const fixture = JSON.parse(read('test/fixtures/diff/direction/expected.json')) as {old: string; new: string; changes: Expected[]}
const keyOf = (c: {old?: string | null; new?: string | null; kind: string; severity: string; direction: string; rule?: string}) =>
  `${c.old ?? '-'} → ${c.new ?? '-'} ${c.kind} ${c.severity} ${c.direction} (${c.rule ?? 'none'})`

describe('directions on the written pair', async () => {
  const result = await diffDocuments(parse(read(fixture.old)).tree, parse(read(fixture.new)).tree, {tokenizer: fakeTokenizer})
  const reported = result.changes.map((c) => keyOf({old: c.old?.id, new: c.new?.id, kind: c.kind, severity: c.severity, direction: c.direction, rule: c.directionRule}))

  test('at least 25 substantive changes, each labelled', () => {
    expect(fixture.changes.filter((c) => c.direction !== 'neutral').length).toBeGreaterThanOrEqual(25)
  })

  test('every change is found with its kind, severity, direction and rule, and nothing else', () => {
    expect([...reported].sort()).toEqual(fixture.changes.map(keyOf).sort())
  })

  test('every rule that weighs sides is seen favouring each side', () => {
    const sided = directionRules.map((r) => r.name).filter((name) => !['not-substantive', 'conditions-of-new-right'].includes(name))
    for (const name of sided) {
      const seen = new Set(fixture.changes.filter((c) => c.rule === name).map((c) => c.direction))
      expect([name, seen.has('favours-customer'), seen.has('favours-provider')]).toEqual([name, true, true])
    }
  })

  test('each change carries a reason in both languages naming what moved', () => {
    const minimum = result.changes.find((c) => c.new?.id === 'art_2__para_1')!
    expect(minimum.reason).toEqual({ja: '最低利用期間が長くなる（1年間 → 2年間）', en: 'a longer minimum term (1年間 → 2年間)'})
    const burden = result.changes.find((c) => c.kind === 'party' && c.new?.id === 'art_7__para_1')!
    expect(burden.reason.ja).toBe('負担・責任が契約者側に移る（当社の負担 → 契約者の負担）')
    const ground = result.changes.find((c) => c.kind === 'structure' && c.new?.id === 'art_9__para_1__item_3')!
    expect(ground.reason.ja).toMatch(/^当社の許可・権利が及ぶ場合の追加（柱書：当社は、契約者が次の各号/)
  })

  test('the counts by direction', () => {
    const count = (d: string) => fixture.changes.filter((c) => c.direction === d).length
    expect(result.directions).toEqual({'favours-provider': count('favours-provider'), unclear: count('unclear'), 'favours-customer': count('favours-customer'), neutral: count('neutral')})
  })
})

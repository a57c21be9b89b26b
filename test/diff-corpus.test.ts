// The seed against the later version written for this purpose: every intended change found
// with its kind and severity and nothing else; against itself nothing; against copies that
// differ only editorially (and the parser's format variants) nothing above low.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import type {Change, ClausePair, DiffResult} from '../src/diff/types.js'
import {decode} from '../src/parse/decode.js'
import {parse} from '../src/parse/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const read = (path: string) => decode(new Uint8Array(readFileSync(new URL(`../${path}`, import.meta.url)))).text
const seedText = read('corpus/usen-gate02-secure-mx/2024-10-30.md')
const laterText = read('corpus/usen-gate02-secure-mx/2025-04-01.md')

interface Intended {
  old: string | null
  new: string | null
  kind: string
  severity: string
  direction: string
  note: string
}
const fixture = JSON.parse(readFileSync(new URL('fixtures/diff/intended-changes.json', import.meta.url), 'utf8')) as {
  changes: Intended[]
  renumberedOnly: Array<[string, string]>
}

const diff = (a: string, b: string): Promise<DiffResult> => diffDocuments(parse(a).tree, parse(b).tree, {tokenizer: fakeTokenizer})
const keyOf = (c: {old?: string | null; new?: string | null; kind: string; severity: string}) => `${c.old ?? '-'} → ${c.new ?? '-'} ${c.kind} ${c.severity}`
const keyOfChange = (c: Change) => keyOf({old: c.old?.id, new: c.new?.id, kind: c.kind, severity: c.severity})

function pairsOf(pairs: ClausePair[]): ClausePair[] {
  return pairs.flatMap((p) => [p, ...pairsOf(p.children)])
}

describe('the seed against 2025-04-01', async () => {
  const result = await diff(seedText, laterText)
  const reported = result.changes.map(keyOfChange).sort()

  test('the later version parses with its own version date', () => {
    expect(result.old.version).toBe('2024-10-30')
    expect(result.new.version).toBe('2025-04-01')
  })

  test('every intended change is found with its kind and severity', () => {
    const missing = fixture.changes.filter((c) => !reported.includes(keyOf(c))).map((c) => `${keyOf(c)} (${c.note})`)
    expect(missing).toEqual([])
  })

  test('nothing else is reported, at any severity', () => {
    const intended = fixture.changes.map(keyOf)
    expect(reported.filter((key) => !intended.includes(key))).toEqual([])
    expect(reported).toEqual([...intended].sort())
  })

  test('every intended change has the direction read from it, with a reason in both languages', () => {
    const got = result.changes.map((c) => `${keyOfChange(c)} ${c.direction}`).sort()
    expect(got).toEqual(fixture.changes.map((c) => `${keyOf(c)} ${c.direction}`).sort())
    for (const change of result.changes) {
      expect(change.reason.ja).not.toBe('')
      expect(change.reason.en).not.toBe('')
    }
    const count = (d: string) => fixture.changes.filter((c) => c.direction === d).length
    expect(result.directions).toEqual({'favours-provider': count('favours-provider'), unclear: count('unclear'), 'favours-customer': count('favours-customer'), neutral: count('neutral')})
    expect(result.directions['favours-provider']).toBe(3)
  })

  test('the summary counts by severity', () => {
    const count = (s: string) => fixture.changes.filter((c) => c.severity === s).length
    expect(result.summary).toEqual({high: count('high'), medium: count('medium'), low: count('low')})
    expect(result.changes.map((c) => c.severity)).toEqual([...result.changes.map((c) => c.severity)].sort((a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)))
  })

  test('renumbered articles are renumbering only', () => {
    const all = pairsOf(result.pairs)
    for (const [oldId, newId] of fixture.renumberedOnly) {
      const pair = all.find((p) => p.old[0]?.id === oldId && p.new[0]?.id === newId)!
      expect(pair).toMatchObject({status: 'unchanged', renumbered: true, same: true})
      expect(pair.changes.map((c) => c.kind)).toEqual(['renumbering'])
    }
    // 第11条 (old 第10条) carries a real change besides its new number.
    const moved = all.find((p) => p.old[0]?.id === 'art_10')!
    expect(moved).toMatchObject({status: 'changed', renumbered: true})
    expect(moved.new[0]).toMatchObject({id: 'art_11', num: '11', caption: '契約者が行う利用契約の解除'})
  })

  test('each changed word points at itself in both sources', () => {
    let checked = 0
    for (const change of result.changes) {
      if (change.kind === 'structure' || change.kind === 'renumbering' || change.label.ja.startsWith('見出し')) continue
      for (const [side, text] of [['old', seedText], ['new', laterText]] as const) {
        const part = change[side]
        if (!part) continue
        expect(part.positions).toHaveLength(part.words.length)
        part.words.forEach((word, k) => {
          const {start, end} = part.positions[k]
          // A word joined across a repaired line break spans the layout between its parts.
          expect(text.slice(start.offset, end.offset).replace(/\s/g, '')).toBe(word.replace(/\s/g, ''))
          expect(text.split('\n')[start.line - 1].slice(start.column - 1)).toMatch(new RegExp(`^${word.slice(0, 1).replace(/[()[\]]/g, '\\$&')}`))
          checked++
        })
      }
    }
    expect(checked).toBeGreaterThan(30)
  })

  test('token edits of changed sentences rebuild both sentences', () => {
    const sentences = pairsOf(result.pairs).flatMap((p) => p.sentences).filter((s) => s.status === 'changed')
    expect(sentences.length).toBeGreaterThan(10)
    for (const s of sentences) {
      const oldSide = s.edits.filter((e) => e.op !== 'added').map((e) => seedText.slice(e.old!.start, e.old!.end)).join('')
      const newSide = s.edits.filter((e) => e.op !== 'removed').map((e) => laterText.slice(e.new!.start, e.new!.end)).join('')
      expect(oldSide.replace(/\s/g, '')).toBe(s.old!.text.replace(/\s/g, ''))
      expect(newSide.replace(/\s/g, '')).toBe(s.new!.text.replace(/\s/g, ''))
    }
  })
})

test('a citation left pointing at the old number is a change (条ズレ)', async () => {
  const stale = laterText.replace('第11条（契約者が行う利用契約の解除）に基づき', '第10条（契約者が行う利用契約の解除）に基づき')
  expect(stale).not.toBe(laterText)
  const result = await diff(seedText, stale)
  const reference = result.changes.filter((c) => c.kind === 'reference')
  expect(reference.map(keyOfChange)).toEqual(['art_9__para_1 → art_9__para_1 reference medium'])
  expect(reference[0].label.ja).toBe('参照先の変更')
})

test('diff(x, x) reports nothing', async () => {
  for (const text of [seedText, laterText]) {
    const result = await diff(text, text)
    expect(result.changes).toEqual([])
    expect(result.summary).toEqual({high: 0, medium: 0, low: 0})
    expect(result.stats.tokenizedPairs).toBe(0)
  }
})

describe('copies that differ only editorially report nothing above low', () => {
  const variants = new URL('fixtures/variants/', import.meta.url)
  const names = existsSync(variants) ? readdirSync(variants).filter((n) => /\.(md|txt)$/.test(n) && !/^readme/i.test(n)) : []
  const cases: Array<[string, string]> = [['test/fixtures/diff/editorial.md', read('test/fixtures/diff/editorial.md')], ...names.map((n): [string, string] => [`test/fixtures/variants/${n}`, read(`test/fixtures/variants/${n}`)])]

  test.each(cases)('%s', async (_name, text) => {
    const result = await diff(seedText, text)
    expect(result.changes.filter((c) => c.severity !== 'low').map(keyOfChange)).toEqual([])
    expect(result.changes.every((c) => ['editorial', 'wording', 'reference', 'renumbering'].includes(c.kind))).toBe(true)
  })

  test('the editorial copy: its edits are each found, low', async () => {
    const result = await diff(seedText, read('test/fixtures/diff/editorial.md'))
    const labels = result.changes.map((c) => `${c.old?.id} ${c.label.ja}`)
    expect(labels).toEqual(
      expect.arrayContaining([
        'art_10__para_1 表記の変更（ヶ・か）',
        'art_11__para_2__item_3 表記の変更（送り仮名）',
        'art_8__para_1 表記の変更（かな・漢字）',
        'art_7 見出しの表記の変更（送り仮名）',
        'art_6__para_3__item_4 語句の整理'
      ])
    )
    // The repaired break in 別記 2 (あり / ます。) and the joined 第6条 lines are no change at all.
    expect(result.changes.filter((c) => c.old?.id.startsWith('annex_1') || c.old?.id === 'art_6__para_1')).toEqual([])
  })

  test('the format variants are there to compare', () => {
    expect(names.sort()).toEqual(['fullwidth.md', 'pdf-wrapped.txt', 'sjis-crlf.md', 'statute.txt'])
  })
})

test('random line edits of the seed: the diff never throws, and every change names clauses that exist', async () => {
  const {default: fc} = await import('fast-check')
  const lines = seedText.split('\n')
  const ids = (text: string) => {
    const found = new Set<string>()
    const visit = (node: {id?: string; children?: unknown[]}) => {
      if (node.id) found.add(node.id)
      for (const child of (node.children ?? []) as Array<{id?: string; children?: unknown[]}>) visit(child)
    }
    visit(parse(text).tree as unknown as {id?: string; children?: unknown[]})
    return found
  }
  const seedIds = ids(seedText)
  const edit = fc.oneof(
    fc.record({op: fc.constant('delete' as const), at: fc.nat(lines.length - 1)}),
    fc.record({op: fc.constant('copy' as const), at: fc.nat(lines.length - 1), to: fc.nat(lines.length - 1)}),
    fc.record({op: fc.constant('swap' as const), at: fc.nat(lines.length - 1), to: fc.nat(lines.length - 1)})
  )
  await fc.assert(
    fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 6}), async (edits) => {
      const edited = [...lines]
      for (const e of edits) {
        if (e.op === 'delete') edited.splice(Math.min(e.at, edited.length - 1), 1)
        else if (e.op === 'copy') edited.splice(e.to, 0, edited[Math.min(e.at, edited.length - 1)])
        else [edited[Math.min(e.at, edited.length - 1)], edited[Math.min(e.to, edited.length - 1)]] = [edited[Math.min(e.to, edited.length - 1)], edited[Math.min(e.at, edited.length - 1)]]
      }
      const text = edited.join('\n')
      const result = await diff(seedText, text)
      const newIds = ids(text)
      for (const change of result.changes) {
        expect(['high', 'medium', 'low']).toContain(change.severity)
        if (change.old) expect(seedIds.has(change.old.id)).toBe(true)
        if (change.new) expect(newIds.has(change.new.id)).toBe(true)
        expect(change.old ?? change.new).toBeDefined()
      }
    }),
    {numRuns: 40, seed: 5}
  )
})

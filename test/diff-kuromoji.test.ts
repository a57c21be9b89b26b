// Every test that uses the real kuromoji tokenizer lives here, so its dictionary is loaded
// once for the suite: the tokenizer itself, the seed against 2025-04-01 with real tokens
// (against the same fixture as the fake-tokenizer run), and `yakkan diff` on that pair.
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {kuromojiTokenizer} from '../src/diff/tokenizer.js'
import {parse} from '../src/parse/index.js'
import {root, yakkan} from './helpers/cli.js'

const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const laterPath = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const fixture = JSON.parse(read('test/fixtures/diff/intended-changes.json')) as {
  changes: Array<{old: string | null; new: string | null; kind: string; severity: string}>
}
const keyOf = (c: {old?: string | null; new?: string | null; kind: string; severity: string}) => `${c.old ?? '-'} → ${c.new ?? '-'} ${c.kind} ${c.severity}`

describe('the tokenizer', () => {
  test('is one per process, created on first use', async () => {
    const first = kuromojiTokenizer()
    expect(kuromojiTokenizer()).toBe(first)
    expect(await first).toBe(await kuromojiTokenizer())
  })

  test('gives word tokens with offsets into the text and parts of speech', async () => {
    const tokenizer = await kuromojiTokenizer()
    const text = '利用申込者は、その 2 ヶ月前までに取消すことは出来ません。'
    const tokens = tokenizer.tokenize(text)
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.surface)
    expect(tokens.map((t) => t.surface).join('')).toBe(text)
    const particle = tokens.find((t) => t.surface === 'は')!
    expect(particle.pos).toBe('助詞')
    expect(tokens.find((t) => t.surface === '出来')).toMatchObject({pos: '動詞', basic: '出来る'})
  })
})

describe('the seed against 2025-04-01 with real tokens', async () => {
  const result = await diffDocuments(parse(read(seedPath)).tree, parse(read(laterPath)).tree)

  test('reports exactly the intended changes', () => {
    expect(result.changes.map((c) => keyOf({old: c.old?.id, new: c.new?.id, kind: c.kind, severity: c.severity})).sort()).toEqual(fixture.changes.map(keyOf).sort())
  })

  test('tokenizes only the changed sentence pairs that are more than editorial', () => {
    // 第6条(4), 第7条第2項, 第8条, 第9条, 第11条第1項 (old 第10条), 第15条第1項 (old 第14条)
    expect(result.stats.tokenizedPairs).toBe(6)
  })

  test('underlines whole words: 3か月 against 2 ヶ月, 支払 against 支払い', () => {
    const words = result.changes.flatMap((c) => [...(c.old?.words ?? []), ...(c.new?.words ?? [])])
    expect(words).toEqual(expect.arrayContaining(['2 ヶ月前', '3か月前', '支払い', '支払', '取消す', '取り消す']))
  })
})

describe('yakkan diff on the corpus versions', () => {
  test('text summary, highest first; --fail-on high exits 1', async () => {
    const run = await yakkan(['diff', seedPath, laterPath, '--fail-on', 'high'])
    expect(run.code).toBe(1)
    const text = run.stdout.toString()
    const heads = text.split('\n').filter((l) => l.startsWith('['))
    expect(heads).toHaveLength(fixture.changes.length)
    expect(heads[0]).toMatch(/^\[高\]/)
    expect(heads.at(-1)).toMatch(/^\[低\]/)
    expect(text).toContain('[高] 当事者  第7条第2項 → 第7条第2項  当事者の変更（契約者の負担 → 当社の負担）')
  })

  test('the markdown 新旧対照表 underlines the changed period as one word', async () => {
    const run = await yakkan(['diff', seedPath, laterPath, '--format', 'md'])
    expect(run.code).toBe(0)
    const markdown = run.stdout.toString()
    expect(markdown).toContain('その<u>3か月</u>前までに')
    expect(markdown).toContain('その <u>2 ヶ月</u>前までに')
  })
})

test('npm start (yakkan start) writes the 新旧対照表 of the corpus versions as md and html', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'yakkan-diff-start-')), 'out')
  const run = await yakkan(['start', 'corpus', '--out', out])
  expect(run.code).toBe(0)
  const stem = join(out, 'diff', 'usen-gate02-secure-mx', '2024-10-30__2025-04-01')
  expect(run.stdout.toString()).toContain(`新旧対照表 corpus/usen-gate02-secure-mx/2024-10-30.md → corpus/usen-gate02-secure-mx/2025-04-01.md: 高 6件・中 8件・低 26件`)
  expect(readFileSync(`${stem}.md`, 'utf8')).toContain('（傍線部分は改正部分）')
  expect(readFileSync(`${stem}.html`, 'utf8')).toMatch(/^<!doctype html>/)
  // Only dated versions of one document are compared; the upstream stand-ins are separate documents.
  expect(existsSync(join(out, 'diff', 'upstream'))).toBe(false)
  rmSync(out, {recursive: true, force: true})
})

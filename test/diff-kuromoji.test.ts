// Every test that uses the real kuromoji tokenizer lives here, so its dictionary is loaded
// once for the suite: the tokenizer itself, the seed against 2025-04-01 with real tokens
// (against the same fixture as the fake-tokenizer run), and `yakkan diff` on that pair.
import {existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync, closeSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {cachePath} from '../src/diff/kuromoji/cache.js'
import {kuromojiTokenizer, loadTokenizer, type Token} from '../src/diff/tokenizer.js'
import {parse} from '../src/parse/index.js'
import {root, yakkan} from './helpers/cli.js'

const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const laterPath = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const fixture = JSON.parse(read('test/fixtures/diff/intended-changes.json')) as {
  changes: Array<{old: string | null; new: string | null; kind: string; severity: string; direction: string}>
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

describe('the dictionary cache', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'yakkan-cache-'))
  const file = join(scratch, 'kuromoji-dict.bin')
  const text = [seedPath, laterPath, 'test/fixtures/diff/direction/old.md'].map(read).join('\n')
  const plain = (tokens: Token[]) => tokens.map((t) => `${t.surface}|${t.pos}|${t.detail}|${t.basic}|${t.start}`)
  // kuromoji's own loader, for the tokens every other way must give.
  const require = createRequire(import.meta.url)
  const kuromoji = require('kuromoji') as {builder(o: {dicPath: string}): {build(cb: (e: Error | null, t: {tokenize(s: string): Array<{surface_form: string; pos: string; pos_detail_1: string; basic_form: string}>}) => void): void}}
  const stock = await new Promise<{tokenize(s: string): Array<{surface_form: string; pos: string; pos_detail_1: string; basic_form: string}>}>((resolve, reject) =>
    kuromoji.builder({dicPath: join(root, 'node_modules', 'kuromoji', 'dict')}).build((e, t) => (e ? reject(e) : resolve(t)))
  )
  const expected = (() => {
    let cursor = 0
    return stock.tokenize(text).map((f) => {
      const start = text.indexOf(f.surface_form, cursor)
      cursor = start + f.surface_form.length
      return `${f.surface_form}|${f.pos}|${f.pos_detail_1}|${f.basic_form && f.basic_form !== '*' ? f.basic_form : f.surface_form}|${start}`
    })
  })()

  test('lives under XDG_CACHE_HOME, else ~/.cache', () => {
    expect(cachePath({XDG_CACHE_HOME: '/x/cache'})).toBe('/x/cache/yakkan/kuromoji-dict.bin')
    expect(cachePath({HOME: '/home/u'})).toMatch(/\/\.cache\/yakkan\/kuromoji-dict\.bin$/)
  })

  test('first load reads the package and writes the cache; the next reads the cache; the tokens are kuromoji\'s own', () => {
    const first = loadTokenizer(file)
    expect([first.source, first.cached]).toEqual(['package', true])
    expect(statSync(file).size).toBeGreaterThan(40_000_000)
    const second = loadTokenizer(file)
    expect([second.source, second.cached]).toEqual(['cache', false])
    expect(plain(first.tokenizer.tokenize(text))).toEqual(expected)
    expect(plain(second.tokenizer.tokenize(text))).toEqual(expected)
    expect(plain(loadTokenizer(false).tokenizer.tokenize(text))).toEqual(expected)
  })

  test('a damaged cache is not used: a flipped byte in the part read at start, or in a block read later', () => {
    loadTokenizer(file)
    const flip = (at: number) => {
      const fd = openSync(file, 'r+')
      const byte = Buffer.alloc(1)
      readSync(fd, byte, 0, 1, at)
      writeSync(fd, Buffer.from([byte[0] ^ 0xff]), 0, 1, at)
      closeSync(fd)
    }
    // The header says where the start part ends; a byte inside it.
    flip(4096 * 4)
    const early = loadTokenizer(file)
    expect([early.source, early.cached]).toEqual(['package', true])
    // A byte in a block read on demand (the connection costs' first block): found when the
    // block is read; the package's copy serves and the cache goes, to be made again.
    const bytes = readFileSync(file)
    const headerLength = bytes.readUInt32LE(0)
    const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as {eager: {size: number}; lazy: Record<string, [number, number, number]>}
    const lazyStart = ((4 + headerLength + 7) & ~7) + header.eager.size
    flip(lazyStart + header.lazy['cc.dat'][0] + 10)
    const late = loadTokenizer(file)
    expect(late.source).toBe('cache')
    expect(existsSync(file)).toBe(false)
    expect(plain(late.tokenizer.tokenize(text))).toEqual(expected)
    loadTokenizer(file)
    const cut = readFileSync(file).subarray(0, 1_000_000)
    writeFileSync(file, cut)
    expect(loadTokenizer(file).source).toBe('package')
  })

  test('an unwritable cache directory falls back silently to the package', () => {
    const blocked = join(scratch, 'a-file')
    writeFileSync(blocked, '')
    const loaded = loadTokenizer(join(blocked, 'yakkan', 'kuromoji-dict.bin'))
    expect([loaded.source, loaded.cached]).toEqual(['package', false])
    expect(plain(loaded.tokenizer.tokenize(text))).toEqual(expected)
    rmSync(scratch, {recursive: true, force: true})
  })
})

describe('the seed against 2025-04-01 with real tokens', async () => {
  const result = await diffDocuments(parse(read(seedPath)).tree, parse(read(laterPath)).tree)

  test('reports exactly the intended changes', () => {
    expect(result.changes.map((c) => keyOf({old: c.old?.id, new: c.new?.id, kind: c.kind, severity: c.severity})).sort()).toEqual(fixture.changes.map(keyOf).sort())
  })

  test('gives each intended change the same direction as with the fake tokenizer', () => {
    const got = result.changes.map((c) => `${keyOf({old: c.old?.id, new: c.new?.id, kind: c.kind, severity: c.severity})} ${c.direction}`).sort()
    expect(got).toEqual(fixture.changes.map((c) => `${keyOf(c)} ${c.direction}`).sort())
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

import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {encodeLegacy} from './helpers/legacy-encoding.js'
import {root, yakkan, type Run} from './helpers/cli.js'

const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const seed = readFileSync(join(root, seedPath))
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-cli-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name)
  writeFileSync(path, bytes)
  return path
}

/** Exit 2 and exactly one line on stderr, `yakkan: …`, with no stack trace. */
function expectInputError(run: Run, pattern: RegExp): void {
  expect(run.code).toBe(2)
  expect(run.stdout.length).toBe(0)
  expect(run.stderr).toMatch(/^yakkan: [^\n]+\n$/)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.stderr).toMatch(pattern)
}

describe('yakkan parse: bad input ends in one line and exit code 2', () => {
  it('missing file', async () => {
    expectInputError(await yakkan(['parse', 'no/such/file.md']), /^yakkan: no\/such\/file\.md: ファイルが見つかりません/)
    expectInputError(await yakkan(['--lang', 'en', 'parse', 'no/such/file.md']), /no\/such\/file\.md: no such file/)
  })

  it('directory', async () => {
    expectInputError(await yakkan(['parse', 'corpus']), /corpus: ディレクトリです/)
  })

  it('binary data', async () => {
    const path = file('binary.md', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]))
    expectInputError(await yakkan(['parse', path]), /バイナリデータ/)
    expectInputError(await yakkan(['parse', path, '--lang', 'en']), /binary data/)
  })

  it('a PDF is named as one', async () => {
    expectInputError(await yakkan(['parse', file('terms.pdf', '%PDF-1.7\n')]), /PDF/)
  })

  it('undecodable bytes', async () => {
    expectInputError(await yakkan(['parse', file('bad.md', new Uint8Array([0xe7, 0xac, 0xac, 0x82, 0xff, 0xfd]))]), /文字コードを判別できません/)
  })

  it('empty input, and white space only', async () => {
    expectInputError(await yakkan(['parse', file('empty.md', '')]), /入力が空です/)
    expectInputError(await yakkan(['parse', file('blank.md', ' \n　\r\n')]), /入力が空です/)
    expectInputError(await yakkan(['parse', '-'], ''), /^yakkan: 標準入力: 入力が空です/)
  })

  it('input over the default limit of 10 MB', async () => {
    const path = file('huge.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x41))
    expectInputError(await yakkan(['parse', path]), /入力が大きすぎます（10485761 bytes、上限 10485760 bytes）/)
  })

  it('--max-size lowers and raises the limit', async () => {
    // The seed is 14,730 bytes.
    expectInputError(await yakkan(['parse', seedPath, '--max-size', '10KB']), /上限 10 KB/)
    expectInputError(await yakkan(['--max-size', '14729', 'parse', seedPath]), /14730 bytes、上限 14729 bytes/)
    const raised = await yakkan(['parse', seedPath, '--max-size', '15KB'])
    expect(raised.stderr).not.toMatch(/^yakkan:/m)
    expect(raised.code).toBe(0)
  })

  it('--max-size on standard input stops reading at the limit', async () => {
    expectInputError(await yakkan(['parse', '-', '--max-size', '1KB'], seed), /^yakkan: 標準入力: 入力が大きすぎます（上限 1 KB 超）/)
  })

  it('usage errors: bad --max-size, unknown option, unknown command, missing argument, bad --format', async () => {
    expectInputError(await yakkan(['parse', seedPath, '--max-size', 'lots']), /^yakkan: 使い方が正しくありません: .*--max-size.*正の数/)
    expectInputError(await yakkan(['parse', seedPath, '--bogus']), /^yakkan: 使い方が正しくありません: 不明なオプション '--bogus'（yakkan --help を参照）\n$/)
    expectInputError(await yakkan(['frobnicate']), /不明なコマンド 'frobnicate'/)
    expectInputError(await yakkan(['parse']), /引数 'file' がありません/)
    expectInputError(await yakkan(['parse', seedPath, '--format', 'xml']), /オプション '--format <format>' の値 'xml' は使えません。選べる値: outline, json, text/)
    expectInputError(await yakkan(['parse', seedPath, 'extra.md']), /parse の引数が多すぎます。1 個のところ 2 個あります/)
    expectInputError(await yakkan(['rewrite', '--upstream', seedPath]), /必須のオプション '--reseller <file>' がありません/)
    expectInputError(await yakkan(['--lang', 'en', 'parse', seedPath, '--format', 'xml']), /^yakkan: option '--format <format>' argument 'xml' is invalid\. Allowed choices are outline, json, text\./)
    expectInputError(await yakkan(['--lang', 'en', 'parse', '--bogus', seedPath]), /^yakkan: unknown option '--bogus' \(see yakkan --help\)\n$/)
  })
})

describe('yakkan parse: output', () => {
  it('--format text rebuilds the seed byte for byte', async () => {
    const run = await yakkan(['parse', seedPath, '--format', 'text'])
    expect(run.code).toBe(0)
    expect(run.stdout.equals(seed)).toBe(true)
  })

  it('reads standard input with -', async () => {
    const run = await yakkan(['parse', '-', '--format', 'text'], seed)
    expect(run.code).toBe(0)
    expect(run.stdout.equals(seed)).toBe(true)
  })

  it('keeps a BOM and CRLF in --format text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.toString('utf8').replace(/\n/g, '\r\n'))])
    const run = await yakkan(['parse', file('bom-crlf.md', bytes), '--format', 'text'])
    expect(run.code).toBe(0)
    expect(run.stdout.equals(bytes)).toBe(true)
  })

  it('reads Shift_JIS and writes the rebuilt text as UTF-8', async () => {
    const text = seed.toString('utf8').replace(/\n/g, '\r\n')
    const run = await yakkan(['parse', file('sjis.txt', encodeLegacy(text, 'shift_jis')), '--format', 'text'])
    expect(run.code).toBe(0)
    expect(run.stdout.toString('utf8')).toBe(text)
  })

  it('--format outline: one line per node, indented, with ids, numbers and captions', async () => {
    const run = await yakkan(['parse', seedPath])
    expect(run.code).toBe(0)
    const lines = run.stdout.toString('utf8').trimEnd().split('\n')
    expect(lines[0]).toMatch(/2024-10-30/)
    expect(lines[0]).toMatch(/株式会社USEN ICT Solutions/)
    const articles = lines.filter((line) => /^ {2}art_\d+ {2}/.test(line))
    expect(articles).toHaveLength(21)
    expect(articles[9]).toMatch(/^ {2}art_10 {2}第10条 {2}契約者が行う利用契約の解除$/)
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}art_6__para_3 {2}/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {6}art_6__para_3__item_7 {2}\(7\) {2}\S/))
    // The opening characters are cut at 20 with an ellipsis.
    const item = lines.find((line) => line.includes('art_6__para_3__item_1 '))!
    expect([...item.split('  ').at(-1)!]).toHaveLength(21)
    expect(item.endsWith('…')).toBe(true)
  })

  it('--format json: the tree with ids and positions, no cycles', async () => {
    const run = await yakkan(['parse', seedPath, '--format', 'json'])
    expect(run.code).toBe(0)
    const tree = JSON.parse(run.stdout.toString('utf8'))
    expect(tree.type).toBe('document')
    expect(tree.meta.version).toBe('2024-10-30')
    expect(tree.position.start).toEqual({line: 1, column: 1, offset: 0})
    expect(tree.position.end.offset).toBe(seed.toString('utf8').length)
    const articles = tree.children.filter((node: {type: string}) => node.type === 'article')
    expect(articles.map((node: {id: string}) => node.id)).toEqual(Array.from({length: 21}, (_, i) => `art_${i + 1}`))
    expect(articles[9].caption).toBe('契約者が行う利用契約の解除')
  })

  it('English messages with --lang en', async () => {
    const run = await yakkan(['--lang', 'en', 'parse', seedPath])
    expect(run.code).toBe(0)
    const help = await yakkan(['--lang', 'en', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.toString('utf8')).toMatch(/parse a document into its clause tree/)
  })

  it('--help and --version exit 0; no command shows help and exits 2', async () => {
    const help = await yakkan(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout.toString('utf8')).toMatch(/文書を条・項・号の木に解析して表示/)
    const version = await yakkan(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.toString('utf8').trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    const bare = await yakkan([])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(/^Usage: yakkan/)
  })
})

describe('yakkan start', () => {
  it('parses every corpus document, prints outlines and diagnostics, and writes OUT/parse/', async () => {
    const out = join(tmp, 'out')
    const run = await yakkan(['start', 'corpus', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const stdout = run.stdout.toString('utf8')
    const documents = readdirSync(join(root, 'corpus'), {recursive: true, encoding: 'utf8'})
      .filter((name) => /\.(md|txt)$/.test(name) && !name.endsWith('README.md'))
      .sort()
    expect(documents).toContain('usen-gate02-secure-mx/2024-10-30.md')
    const headers = [...stdout.matchAll(/^== (\S+) \(/gm)].map((match) => match[1])
    expect(headers).toEqual(documents.map((name) => `corpus/${name}`))
    expect(stdout).toMatch(new RegExp(`^== ${seedPath} \\(utf-8, LF, 14730 bytes\\) ==$`, 'm'))
    expect(stdout).toMatch(/^エラー \d+ 件、警告 \d+ 件、情報 \d+ 件$/m)
    expect(stdout).toMatch(new RegExp(`^${documents.length} 文書を解析しました`, 'm'))
    for (const name of documents) {
      const outline = readFileSync(join(out, 'parse', name + '.outline.txt'), 'utf8')
      expect(stdout).toContain(`== corpus/${name} (`)
      expect(stdout).toContain(outline)
      expect(JSON.parse(readFileSync(join(out, 'parse', name + '.json'), 'utf8')).type).toBe('document')
    }
    const seedOutline = readFileSync(join(out, 'parse', 'usen-gate02-secure-mx/2024-10-30.md.outline.txt'), 'utf8')
    expect(seedOutline).toMatch(/^ {2}art_21 {2}第21条/m)
  })

  it('a missing corpus folder is an input error', async () => {
    expectInputError(await yakkan(['start', 'no-such-corpus', '--out', join(tmp, 'out2')]), /no-such-corpus: ディレクトリが見つかりません/)
  })

  it('a bad document is reported in one line; the others are still processed; exit 2', async () => {
    const dir = join(tmp, 'mixed')
    rmSync(dir, {recursive: true, force: true})
    mkdirSync(join(dir, 'sub'), {recursive: true})
    writeFileSync(join(dir, 'a.md'), seed)
    writeFileSync(join(dir, 'sub', 'b.txt'), new Uint8Array([0x41, 0x00, 0x42]))
    writeFileSync(join(dir, 'README.md'), '# not a document\n')
    writeFileSync(join(dir, 'notes.json'), '{}')
    const run = await yakkan(['start', dir, '--out', join(tmp, 'out3')])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`yakkan: ${join(dir, 'sub', 'b.txt')}: バイナリデータです（2 バイト目に NUL）。テキストファイルを渡してください\n`)
    const headers = [...run.stdout.toString('utf8').matchAll(/^== (\S+) \(/gm)].map((match) => match[1])
    expect(headers).toEqual([join(dir, 'a.md')])
  })
})

// The command line behaves like the tools it imitates (ESLint for check): how inputs are
// found, what ends in exit 2, where output goes, and what help and usage errors say.
import {spawn, spawnSync} from 'node:child_process'
import {closeSync, existsSync, mkdirSync, openSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, yakkan} from './helpers/cli.js'

const seed = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const newer = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
const broken = 'test/fixtures/check/broken.md'
const upstreams = ['--upstream', 'corpus/upstream/iij-general.md', '--upstream', 'corpus/upstream/iij-secure-mx.md']
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-conventions-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

/** A fresh folder below the test's temporary folder, with these files in it. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(tmp, name)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), {recursive: true})
    writeFileSync(join(dir, path), content)
  }
  mkdirSync(dir, {recursive: true})
  return dir
}

const brokenText = readFileSync(join(root, broken))
const seedText = readFileSync(join(root, seed))

/** `check --format json` → [path below `dir`, errors] per file. */
function checked(stdout: Buffer, dir: string): Array<[string, number]> {
  return (JSON.parse(stdout.toString()) as Array<{filePath: string; errorCount: number}>).map((file) => [relative(dir, file.filePath), file.errorCount])
}

describe('check: folders and globs find the same documents', () => {
  it('READMEs, node_modules and hidden folders are skipped by both', async () => {
    const dir = folder('discovery', {
      'a.md': brokenText,
      'sub/b.txt': seedText,
      'README.md': '# not a document\n',
      'sub/readme.txt': 'not a document either\n',
      'node_modules/pkg/terms.md': brokenText,
      '.cache/terms.md': brokenText
    })
    const byFolder = await yakkan(['check', dir, '--format', 'json'])
    const byGlob = await yakkan(['check', `${dir}/**/*.{md,txt}`, '--format', 'json'])
    expect(checked(byFolder.stdout, dir)).toEqual([
      ['a.md', 12],
      ['sub/b.txt', 0]
    ])
    expect(checked(byGlob.stdout, dir)).toEqual(checked(byFolder.stdout, dir))
    expect(byGlob.code).toBe(1)
  })

  it('an existing file is taken literally even when its name looks like a glob', async () => {
    const dir = folder('literal', {'terms[1].md': brokenText, 'terms1.md': seedText})
    const run = await yakkan(['check', join(dir, 'terms[1].md'), '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(checked(run.stdout, dir)).toEqual([['terms[1].md', 12]])
  })

  it('one file named three ways is checked once', async () => {
    const run = await yakkan(['check', broken, `./${broken}`, `test/../${broken}`, '--format', 'json'])
    expect(checked(run.stdout, root)).toEqual([[broken, 12]])
  })
})

describe('check: ESLint’s rule for inputs that give nothing to check', () => {
  it('a folder with no documents: exit 2 with a message', async () => {
    const dir = folder('nothing', {'README.md': '# only a readme\n', 'notes.json': '{}'})
    const run = await yakkan(['check', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`yakkan: ${dir}: 検査する文書がありません（*.md と *.txt。README は除く）\n`)
    const en = await yakkan(['--lang', 'en', 'check', dir])
    expect(en.stderr).toBe(`yakkan: ${dir}: no documents to check here (*.md and *.txt, READMEs left out)\n`)
  })

  it('every readable file is reported, each unusable input named on stderr, exit 2', async () => {
    const dir = folder('mixed', {'good.md': brokenText, 'empty.md': '', 'binary.md': Buffer.from([0x41, 0x00])})
    const emptyDir = folder('mixed-empty', {})
    const run = await yakkan([
      'check',
      join(dir, 'good.md'),
      join(dir, 'empty.md'),
      join(dir, 'nowhere', '*.md'),
      join(dir, 'binary.md'),
      emptyDir,
      join(dir, 'missing.md'),
      '--format',
      'json'
    ])
    expect(run.code).toBe(2)
    expect(checked(run.stdout, dir)).toEqual([['good.md', 12]])
    expect(run.stderr.split('\n')).toEqual([
      `yakkan: ${join(dir, 'nowhere', '*.md')}: パターンに一致するファイルがありません`,
      `yakkan: ${emptyDir}: 検査する文書がありません（*.md と *.txt。README は除く）`,
      `yakkan: ${join(dir, 'empty.md')}: 入力が空です（文字がないか、空白だけです）`,
      `yakkan: ${join(dir, 'binary.md')}: バイナリデータです（2 バイト目に NUL）。テキストファイルを渡してください`,
      `yakkan: ${join(dir, 'missing.md')}: ファイルが見つかりません`,
      ''
    ])
  })
})

describe('check: exit status', () => {
  it('says why it fails when the warnings pass --max-warnings', async () => {
    const run = await yakkan(['check', seed, '--max-warnings', '2'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('yakkan: 警告が 3 件あり、--max-warnings の 2 件を超えました\n')
    const en = await yakkan(['--lang', 'en', 'check', seed, '--max-warnings', '2'])
    expect(en.stderr).toBe('yakkan: 3 warnings, more than --max-warnings 2\n')
    expect((await yakkan(['check', seed, '--max-warnings', '3'])).stderr).toBe('')
  })

  it('keeps exit 1 when the reader of its output has gone (check … | head)', async () => {
    // The reading end is closed before yakkan writes, so its write fails with EPIPE.
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['dist/src/cli.js', 'check', broken, seed], {cwd: root})
      child.stdout.destroy()
      child.stderr.resume()
      child.on('error', reject)
      child.on('close', resolve)
    })
    expect(code).toBe(1)
  })
})

describe('-o on every command, with one rule for folders and for errors', () => {
  const commands = (out: string): Record<string, string[]> => ({
    parse: ['parse', seed, '-o', out],
    check: ['check', broken, '--format', 'json', '-o', out],
    rewrite: ['rewrite', '--reseller', seed, ...upstreams, '-o', out],
    diff: ['diff', seed, newer, '--format', 'json', '-o', out]
  })

  it('writes into missing parent folders, creating them, for every command', async () => {
    for (const [name, args] of Object.entries(commands(join(tmp, 'made', 'new', 'folders', 'x')))) {
      const out = args.at(-1)!.replace(/x$/, `${name}.out`)
      const run = await yakkan([...args.slice(0, -1), out])
      expect(run.stderr, name).not.toMatch(/^yakkan:/m)
      expect(run.stdout.length, name).toBe(0)
      expect(readFileSync(out, 'utf8').length, name).toBeGreaterThan(100)
    }
  })

  it('-o - is standard output, not a file named -', async () => {
    const run = await yakkan(['parse', seed, '--format', 'text', '-o', '-'])
    expect(run.stdout.equals(seedText)).toBe(true)
    const diff = await yakkan(['diff', seed, newer, '--format', 'json', '-o', '-'])
    expect(JSON.parse(diff.stdout.toString()).summary).toBeDefined()
    expect(existsSync(join(root, '-'))).toBe(false)
  })

  it('an output that cannot be written is one localised line and exit 2, for every command', async () => {
    const file = join(tmp, 'a-file')
    writeFileSync(file, 'x')
    for (const [name, args] of Object.entries(commands(join(file, 'below', 'out.txt')))) {
      const run = await yakkan(args)
      expect(run.code, name).toBe(2)
      expect(run.stderr, name).toBe(`yakkan: ${join(file, 'below', 'out.txt')}: 書き込めません（パスの途中がファイルです）\n`)
    }
    const isFolder = await yakkan(['--lang', 'en', 'parse', seed, '-o', tmp])
    expect(isFolder.stderr).toBe(`yakkan: ${tmp}: cannot write it (is a directory; name a file)\n`)
  })

  it.runIf(existsSync('/dev/full'))('a full disk, with -o and on standard output', async () => {
    for (const [name, args] of Object.entries(commands('/dev/full'))) {
      const run = await yakkan(args)
      expect(run.code, name).toBe(2)
      expect(run.stderr, name).toBe('yakkan: /dev/full: 書き込めません（ディスクに空きがありません）\n')
      // The same command writing to standard output, which is the full disk: exit 2 even for check's 1.
      const full = openSync('/dev/full', 'w')
      const stdout = spawnSync(process.execPath, ['dist/src/cli.js', ...args.slice(0, -2)], {cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8'})
      closeSync(full)
      expect(stdout.status, name).toBe(2)
      expect(stdout.stderr.split('\n').filter((line) => line.startsWith('yakkan:')), name).toEqual(['yakkan: 標準出力: 書き込めません（ディスクに空きがありません）'])
    }
  })

  it('start writes below its output folder by the same rule', async () => {
    const file = join(tmp, 'start-file')
    writeFileSync(file, 'x')
    const run = await yakkan(['start', 'corpus', '-o', join(file, 'out')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^yakkan: ${file}/out/parse/\\S+: 書き込めません（パスの途中がファイルです）\\n$`))
  })
})

describe('standard input can be named once', () => {
  it.each([
    ['diff', '-', '-'],
    ['rewrite', '--reseller', '-', '--upstream', '-'],
    ['rewrite', '--reseller', seed, '--upstream', '-', '--table', '-'],
    ['check', '-', '-'],
    ['check', '-', '--upstream', '-']
  ])('%s … is a usage error', async (...args) => {
    const run = await yakkan(args, seedText)
    expect(run.code).toBe(2)
    expect(run.stdout.length).toBe(0)
    expect(run.stderr).toBe('yakkan: 使い方が正しくありません: 標準入力（-）を指定できるのは 1 か所だけです（yakkan --help を参照）\n')
  })
})

describe('help', () => {
  it.each(['parse', 'check', 'rewrite', 'diff', 'start'])('%s --help shows examples and exit codes, in both languages', async (command) => {
    const ja = (await yakkan([command, '--help'])).stdout.toString()
    expect(ja).toMatch(new RegExp(`\\n例:\\n  (?:cat \\S+ \\| )?yakkan ${command} `))
    expect(ja).toMatch(/\n終了コード:\n {2}0 {2}\S+[^]*\n {2}2 {2}使い方の誤り、読めない入力、書き込めない出力（標準エラーに 1 行）\n$/)
    const en = (await yakkan(['--lang', 'en', command, '--help'])).stdout.toString()
    expect(en).toMatch(/\nExamples:\n {2}/)
    expect(en).toMatch(/\nExit codes:\n {2}0 {2}/)
    if (command !== 'start') expect(ja).toContain('-o, --output <file>')
  })

  it('yakkan --help too', async () => {
    const help = (await yakkan(['--help'])).stdout.toString()
    expect(help).toContain('\n例:\n  yakkan parse terms.md\n')
    expect(help).toContain('\n終了コード:\n  0  成功\n')
  })

  it('check and diff explain exit code 1', async () => {
    expect((await yakkan(['check', '--help'])).stdout.toString()).toContain('  1  エラーがある、または警告が --max-warnings を超えた\n')
    expect((await yakkan(['diff', '--help'])).stdout.toString()).toContain('  1  --fail-on の重要度以上の変更がある\n')
  })
})

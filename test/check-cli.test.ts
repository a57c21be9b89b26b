import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, yakkan} from './helpers/cli.js'

const seed = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const broken = 'test/fixtures/check/broken.md'
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-check-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

describe('yakkan check: exit codes', () => {
  it('0 for the seed, which has warnings but no errors', async () => {
    const run = await yakkan(['check', seed])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.toString()).toContain('✖ 3 件の問題（エラー 0 件、警告 3 件）')
  })

  it('1 for errors', async () => {
    const run = await yakkan(['check', broken])
    expect(run.code).toBe(1)
    expect(run.stdout.toString()).toContain('✖ 15 件の問題（エラー 12 件、警告 3 件）')
  })

  it('1 when warnings pass --max-warnings, 0 when they do not', async () => {
    expect((await yakkan(['check', seed, '--max-warnings', '2'])).code).toBe(1)
    expect((await yakkan(['check', seed, '--max-warnings', '3'])).code).toBe(0)
  })

  it('--quiet reports errors only, so the seed prints nothing and passes any --max-warnings', async () => {
    const run = await yakkan(['check', seed, '--quiet', '--max-warnings', '0'])
    expect(run.code).toBe(0)
    expect(run.stdout.toString()).toBe('')
  })

  it('--rule changes what fails', async () => {
    const seedAsError = await yakkan(['check', seed, '--rule', 'term-variant=error'])
    expect(seedAsError.code).toBe(1)
    const off = ['reference-target-exists', 'reference-caption-matches', 'relative-reference-valid', 'numbering-sequential'].flatMap((id) => ['--rule', `${id}=off`])
    const brokenQuiet = await yakkan(['check', broken, ...off])
    expect(brokenQuiet.code).toBe(0)
    expect(brokenQuiet.stdout.toString()).toContain('警告 3 件')
  })

  it('2, with one line on stderr, for usage and input errors', async () => {
    for (const args of [
      ['check'],
      ['check', seed, '--rule', 'no-such-rule=off'],
      ['check', seed, '--rule', 'term-variant=loud'],
      ['check', seed, '--max-warnings', 'many'],
      ['check', seed, '--format', 'xml'],
      ['check', 'no/such/file.md'],
      ['check', 'no/such/*.md'],
      ['check', seed, '--upstream', 'no/such/upstream.md']
    ]) {
      const run = await yakkan(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(/^yakkan: [^\n]+\n$/)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('2 when one of several inputs cannot be read; the others are still reported', async () => {
    const run = await yakkan(['check', broken, 'no/such/file.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('yakkan: no/such/file.md: ファイルが見つかりません\n')
    expect(run.stdout.toString()).toContain(broken)
  })
})

describe('yakkan check: inputs', () => {
  it('folders, globs and standard input; many files at once', async () => {
    const dir = join(tmp, 'docs')
    mkdirSync(join(dir, 'sub'), {recursive: true})
    writeFileSync(join(dir, 'a.md'), readFileSync(join(root, broken)))
    writeFileSync(join(dir, 'sub', 'b.txt'), readFileSync(join(root, seed)))
    writeFileSync(join(dir, 'README.md'), '# not a document\n')
    const byFolder = JSON.parse((await yakkan(['check', dir, '--format', 'json'])).stdout.toString()) as Array<{filePath: string; errorCount: number}>
    expect(byFolder.map((f) => [f.filePath.slice(dir.length + 1), f.errorCount])).toEqual([
      ['a.md', 12],
      ['sub/b.txt', 0]
    ])
    const byGlob = JSON.parse((await yakkan(['check', `${dir}/**/*.{md,txt}`, '--format', 'json'])).stdout.toString()) as Array<{filePath: string}>
    // The same documents as the folder: a glob leaves READMEs out too.
    expect(byGlob.map((f) => f.filePath.slice(dir.length + 1))).toEqual(['a.md', 'sub/b.txt'])
    const stdin = await yakkan(['check', '-', '--format', 'json'], readFileSync(join(root, broken)))
    expect(stdin.code).toBe(1)
    expect(JSON.parse(stdin.stdout.toString())[0]).toMatchObject({filePath: '標準入力', errorCount: 12})
  })

  it('--upstream checks external references and the 読替え表', async () => {
    const run = await yakkan(['check', seed, '--upstream', 'corpus/upstream/iij-secure-mx.md', '--upstream', 'corpus/upstream/iij-general.md', '--format', 'json', '--lang', 'en'])
    expect(run.code).toBe(0)
    const [result] = JSON.parse(run.stdout.toString()) as Array<{messages: Array<{ruleId: string; line: number; message: string}>}>
    const row = result.messages.find((m) => m.ruleId === 'reading-table-source-found')!
    expect(row.line).toBe(199)
    expect(row.message).toContain('the nearest text is “メーリングリストオプション”')
  })

  it('takes --format text as the stylish form, as the other commands call it', async () => {
    const [text, stylish] = await Promise.all([yakkan(['check', broken, '--format', 'text']), yakkan(['check', broken])])
    expect(text.code).toBe(1)
    expect(text.stdout.toString()).toBe(stylish.stdout.toString())
    expect(text.stdout.toString()).toContain('reference-target-exists')
  })

  it('SARIF and GitHub output through the real process', async () => {
    const sarif = JSON.parse((await yakkan(['check', broken, '--format', 'sarif'])).stdout.toString())
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    expect(sarif.runs[0].results).toHaveLength(15)
    const github = (await yakkan(['check', broken, '--format', 'github'])).stdout.toString()
    expect(github.split('\n').filter((line) => line.startsWith('::error file=test/fixtures/check/broken.md,line='))).toHaveLength(12)
  })

  it('no progress bar when stderr is not a terminal', async () => {
    const run = await yakkan(['check', seed, broken])
    expect(run.stderr).toBe('')
  })
})

describe('yakkan check never loads kuromoji', () => {
  /** Runs node with a preload that reports, at exit, whether any kuromoji file was loaded. */
  function loads(args: string[]): Promise<boolean> {
    const hook = join(tmp, 'report-kuromoji.cjs')
    writeFileSync(hook, "process.on('exit', () => { if (Object.keys(require.cache).some((path) => /[\\\\/]kuromoji[\\\\/]/.test(path))) process.stderr.write('KUROMOJI LOADED\\n') })\n")
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['-r', hook, ...args], {cwd: root})
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.stdout.resume()
      child.on('error', reject)
      child.on('close', () => resolve(stderr.includes('KUROMOJI LOADED')))
    })
  }

  it('on the seed, with and without upstream documents', async () => {
    expect(await loads(['-e', "import('kuromoji')"])).toBe(true)
    expect(await loads(['dist/src/cli.js', 'check', seed])).toBe(false)
    expect(await loads(['dist/src/cli.js', 'check', seed, '--upstream', 'corpus/upstream/iij-secure-mx.md', '--format', 'sarif'])).toBe(false)
  })
})

describe.runIf(spawnSync('script', ['--version']).status === 0)('yakkan check on a terminal', () => {
  it('draws a progress bar on stderr, and none with --no-progress', () => {
    // script(1) gives the command a terminal; stdout goes to a file so only stderr reaches it.
    const run = (extra: string) => {
      const out = join(tmp, 'out.json')
      const log = join(tmp, 'typescript')
      spawnSync('script', ['-qec', `node dist/src/cli.js check corpus ${broken} --format json${extra} > ${out}`, log], {cwd: root})
      return readFileSync(log, 'utf8')
    }
    const shown = run('')
    expect(shown).toMatch(/\[#+-*\] \d+\/\d+ corpus\//)
    // The last file drawn is the last input, numbered as the total.
    expect(shown).toMatch(/\] (\d+)\/\1 test\/fixtures\/check\/broken\.md/)
    expect(run(' --no-progress')).not.toMatch(/\[#+-*\]/)
  })
})

describe('npm start runs the check of every corpus document', () => {
  it('prints the findings and writes OUT/check/report.sarif and report.json; the corpus has no errors', async () => {
    const out = join(tmp, 'start-out')
    const run = await yakkan(['start', 'corpus', '--out', out])
    expect(run.code).toBe(0)
    const stdout = run.stdout.toString('utf8')
    expect(stdout).toMatch(/^\d+ 文書を検査しました: エラー 0 件、警告 \d+ 件（出力: .*check）$/m)
    // The seed is checked against the stand-ins it names, so the 読替え row is reported.
    expect(stdout).toContain('読替え表の第2表 6行目の「メールリングリストオプション」は上流の文書に見つかりません')
    const sarif = JSON.parse(readFileSync(join(out, 'check', 'report.sarif'), 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    // The same rule descriptions as `check --format sarif`, with help pointing into the README.
    expect(sarif.runs[0].tool.driver.rules.every((rule: {id: string; helpUri: string}) => rule.helpUri.endsWith(`#rule-${rule.id}`))).toBe(true)
    const json = JSON.parse(readFileSync(join(out, 'check', 'report.json'), 'utf8')) as Array<{filePath: string; errorCount: number}>
    expect(json.map((f) => f.filePath)).toContain(seed)
    expect(json.every((f) => f.errorCount === 0)).toBe(true)
  })
})

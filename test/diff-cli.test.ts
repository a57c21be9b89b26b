// `yakkan diff` as a process, on pairs that need no tokenizer (the same text, an editorial
// copy): formats, output file, --fail-on exit codes, column order, languages, standard
// input, and one-line errors with exit code 2. (Runs on real changes are in diff-kuromoji.)
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {root, yakkan} from './helpers/cli.js'

const seed = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const editorial = 'test/fixtures/diff/editorial.md'
/** A folder of the test's own, so tests running in parallel never write into one another's. */
const tempDir = () => mkdtempSync(join(tmpdir(), 'yakkan-diff-cli-'))

describe('yakkan diff', () => {
  test('the same document twice: nothing changed, exit 0', async () => {
    const run = await yakkan(['diff', seed, seed])
    expect(run.code).toBe(0)
    expect(run.stdout.toString()).toBe(`新旧対照: 2024-10-30 ・ ${seed} → 2024-10-30 ・ ${seed}\n変更はありません。\n`)
    expect(run.stderr).toBe('')
  })

  test('an editorial copy: only low changes; JSON output', async () => {
    const run = await yakkan(['diff', seed, editorial, '--format', 'json'])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout.toString())
    expect(json.summary.high).toBe(0)
    expect(json.summary.medium).toBe(0)
    expect(json.summary.low).toBeGreaterThan(5)
    expect(json.changes.every((c: {severity: string}) => c.severity === 'low')).toBe(true)
  })

  test('--fail-on sets exit 1 when a change at or above the level exists', async () => {
    expect((await yakkan(['diff', seed, editorial, '--fail-on', 'low'])).code).toBe(1)
    expect((await yakkan(['diff', seed, editorial, '--fail-on', 'medium'])).code).toBe(0)
    expect((await yakkan(['diff', seed, seed, '--fail-on', 'low'])).code).toBe(0)
  })

  test('--fail-on adverse: exit 1 when a change is against the customer, 0 when none is', async () => {
    const old = 'test/fixtures/diff/direction/old.md'
    const adverse = await yakkan(['diff', old, 'test/fixtures/diff/direction/new.md', '--fail-on', 'adverse'])
    expect(adverse.code).toBe(1)
    expect(adverse.stdout.toString()).toContain('\n契約者に不利な変更（不利益変更の候補）: 25件\n- 第2条第1項  最低利用期間が長くなる（1年間 → 2年間）\n')
    // Editorial differences and the same text move nothing.
    expect((await yakkan(['diff', seed, editorial, '--fail-on', 'adverse'])).code).toBe(0)
    expect((await yakkan(['diff', old, old, '--fail-on', 'adverse'])).code).toBe(0)
  })

  test('-o writes the 新旧対照表 to a file (md and html), nothing on stdout', async () => {
    const outDir = tempDir()
    const md = join(outDir, 'editorial.md')
    const html = join(outDir, 'editorial.html')
    const runMd = await yakkan(['diff', seed, editorial, '--format', 'md', '-o', md, '--columns', 'old-new'])
    const runHtml = await yakkan(['diff', seed, editorial, '--format', 'html', '-o', html])
    expect([runMd.code, runHtml.code]).toEqual([0, 0])
    expect(runMd.stdout.length + runHtml.stdout.length).toBe(0)
    const markdown = readFileSync(md, 'utf8')
    expect(markdown).toContain('| 改正前 | 改正後 |')
    expect(markdown).toContain('（傍線部分は改正部分）')
    const page = readFileSync(html, 'utf8')
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<(script|link|img)\b|src=|href="http/)
    rmSync(outDir, {recursive: true, force: true})
  })

  test('--full shows every clause', async () => {
    const folded = (await yakkan(['diff', seed, editorial, '--format', 'md'])).stdout.toString()
    const full = (await yakkan(['diff', seed, editorial, '--format', 'md', '--full'])).stdout.toString()
    expect(folded).toContain('（略）')
    expect(full).not.toContain('（略）')
  })

  test('the old version may come from standard input', async () => {
    const run = await yakkan(['diff', '-', editorial, '--format', 'json'], readFileSync(join(root, seed)))
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout.toString()).old.path).toBe('標準入力')
  })

  test('--lang en', async () => {
    const run = await yakkan(['diff', seed, editorial, '--lang', 'en'])
    const text = run.stdout.toString()
    expect(text).toMatch(/^compared: 2024-10-30/)
    expect(text).toContain('[low] editorial  Article 10, paragraph 1 → Article 10, paragraph 1  editorial (counter ヶ/か)')
  })

  test('no kuromoji is loaded when every sentence pair is editorially equal', async () => {
    const outDir = tempDir()
    const wide = join(outDir, 'wide.md')
    writeFileSync(wide, readFileSync(join(root, seed), 'utf8').replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/ヶ/g, 'か'))
    const run = await yakkanProfiled(['diff', seed, wide, '--fail-on', 'medium'])
    expect(run.code).toBe(0)
    const profile = JSON.parse(run.stderr.trim())
    expect(profile.tokenizerLoadMs).toBe(0)
    expect(profile.maxRssKb).toBeLessThan(200_000)
    rmSync(outDir, {recursive: true, force: true})
  })

  test('a missing file, or a bad option, is one line on stderr and exit 2', async () => {
    const missing = await yakkan(['diff', seed, 'no/such/file.md'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('yakkan: no/such/file.md: ファイルが見つかりません\n')
    const bad = await yakkan(['diff', seed, editorial, '--fail-on', 'severe'])
    expect(bad.code).toBe(2)
    expect(bad.stderr.split('\n')).toHaveLength(2)
    expect(bad.stderr).toMatch(/^yakkan: 使い方が正しくありません: .*severe/)
    const one = await yakkan(['diff', seed])
    expect(one.code).toBe(2)
    expect(one.stderr).not.toMatch(/\n\s+at /)
  })
})

async function yakkanProfiled(args: string[]) {
  const previous = process.env.YAKKAN_PROFILE
  process.env.YAKKAN_PROFILE = '1'
  try {
    return await yakkan(args)
  } finally {
    if (previous === undefined) delete process.env.YAKKAN_PROFILE
    else process.env.YAKKAN_PROFILE = previous
  }
}

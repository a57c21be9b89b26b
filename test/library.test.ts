// The library as a user meets it: everything from the package entry (src/index.ts, built to
// the dist/src/index.js that package.json names), parse → check → diff → render on the
// corpus seed and its later version; and the README's ten-line program, run as written.
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import * as yakkan from '../src/index.js'
import {checkDocument, clauseOf, diffDocuments, findingsOf, parse, positionOf, renderDiffText, renderSarif, renderStylish, renderTaishoMarkdown, rules, severityOf} from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'
const laterPath = 'corpus/usen-gate02-secure-mx/2025-04-01.md'
const read = (path: string) => parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), {path})

describe('the package entry', () => {
  it('names package.json’s main and exports', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {main: string; exports: Record<string, string>}
    expect(pkg.main).toBe('dist/src/index.js')
    expect(pkg.exports['.']).toBe('./dist/src/index.js')
  })

  it('exports each stage and its renderers, and none of the command line’s helpers', () => {
    for (const name of ['parse', 'checkDocument', 'buildEffective', 'diffDocuments', 'amendDocuments', 'applyAmendmentText', 'checkAmendment', 'renderStylish', 'renderTaishoMarkdown', 'renderEffectiveHtml', 'renderReportHtml', 'renderDiffText']) {
      expect(typeof (yakkan as Record<string, unknown>)[name], name).toBe('function')
    }
    for (const name of ['formatBytes', 'tooLarge', 'DEFAULT_MAX_BYTES', 'parseExcludeOption', 'compactWithMap', 'compileMatcher', 'effectiveJson', 'toJson']) {
      expect(Object.keys(yakkan), name).not.toContain(name)
    }
  })
})

describe('parse → check → diff → render on the corpus', async () => {
  const seed = read(seedPath)
  const later = read(laterPath)
  const findings = await checkDocument(seed.tree, seed.file)
  const result = await diffDocuments(seed.tree, later.tree)

  it('parses both versions with their version dates', () => {
    expect(seed.tree.meta.version).toBe('2024-10-30')
    expect(later.tree.meta.version).toBe('2025-04-01')
  })

  it('checks the seed: three warnings, filed on its vfile', () => {
    expect(findings.map((f) => [positionOf(f).start.line, severityOf(f), f.ruleId])).toEqual([
      [48, 'warning', 'defined-term'],
      [103, 'warning', 'term-variant'],
      [107, 'warning', 'term-variant']
    ])
    expect(clauseOf(findings[0])).toBe('art_6__para_3__item_6')
    expect(findingsOf(seed.file)).toEqual(findings)
  })

  it('diffs the two versions: the forty intended changes, six of them high', () => {
    expect(result.changes).toHaveLength(40)
    expect(result.changes.filter((c) => c.severity === 'high')).toHaveLength(6)
    expect(result.changes.filter((c) => c.severity === 'medium')).toHaveLength(8)
  })

  it('renders each result with render…(result, options)', () => {
    expect(renderStylish([seed.file], {lang: 'en'})).toContain('✖ 3 problems (0 errors, 3 warnings)')
    const sarif = JSON.parse(renderSarif([seed.file], {version: '0', rules, lang: 'en'})) as {runs: Array<{results: Array<{ruleId: string}>}>}
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['defined-term', 'term-variant', 'term-variant'])
    expect(renderDiffText(result, {lang: 'ja'})).toContain('[高] 当事者  第7条第2項 → 第7条第2項  当事者の変更（契約者の負担 → 当社の負担）')
    const markdown = renderTaishoMarkdown(result, {lang: 'ja'})
    expect(markdown).toContain('その<u>3か月</u>前までに')
    expect(markdown).toContain('その <u>2 ヶ月</u>前までに')
  })
})

describe('the README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const programs = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])

  it('shows the same ten-line program in both languages, importing only from yakkan', () => {
    expect(programs).toHaveLength(2)
    expect(programs[0]).toBe(programs[1])
    expect(programs[0].trimEnd().split('\n')).toHaveLength(10)
    expect([...programs[0].matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['node:fs', 'yakkan'])
  })

  it('whose program runs against the built package and prints the check and the diff', () => {
    // Inside the package, so that 'yakkan' resolves to itself through package.json's exports.
    const script = `${root}library-example.test-run.mjs`
    writeFileSync(script, programs[0])
    try {
      const run = spawnSync(process.execPath, [script], {cwd: root, encoding: 'utf8'})
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(`${seedPath}\n`)
      expect(run.stdout).toContain('✖ 3 件の問題（エラー 0 件、警告 3 件）')
      expect(run.stdout).toContain('[高] 当事者  第7条第2項 → 第7条第2項  当事者の変更（契約者の負担 → 当社の負担）')
    } finally {
      rmSync(script, {force: true})
    }
  })
})

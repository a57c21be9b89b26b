import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {checkDocument, rules} from '../src/check/index.js'
import {fileWithFindings, type FindingView as Finding} from './helpers/findings.js'
import {parse} from '../src/parse/index.js'
import {renderCheckJson} from '../src/render/check-json.js'
import {escapeData, escapeProperty, renderGithub} from '../src/render/github.js'
import {renderSarif} from '../src/render/sarif.js'
import {renderStylish} from '../src/render/stylish.js'

const brokenPath = 'test/fixtures/check/broken.md'
const broken = readFileSync(new URL('fixtures/check/broken.md', import.meta.url), 'utf8')
const {tree, file} = parse(broken, {path: brokenPath})
await checkDocument(tree, file)
const files: VFile[] = [file, new VFile({path: 'corpus/clean.md'})]

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'reference-target-exists',
  severity: 'error',
  message: 'm',
  position: {start: {line: 3, column: 5, offset: 20}, end: {line: 3, column: 9, offset: 24}},
  ...over
})

describe('stylish', () => {
  it('groups by file, aligns the columns and sums up, in Japanese', () => {
    const out = renderStylish(files).split('\n')
    expect(out[0]).toBe(brokenPath)
    expect(out[1]).toBe('    45:15  警告    「反社会的勢力」が定義（第20条第1項）より前で使われています  defined-term')
    expect(out[2]).toBe('    55:30  エラー  「第6条第5項」は存在しません（第6条は第4項まで）  reference-target-exists')
    expect(out).toContain('✖ 15 件の問題（エラー 12 件、警告 3 件）')
    expect(out.filter((line) => line === 'corpus/clean.md')).toEqual([])
  })

  it('in English', () => {
    const out = renderStylish([fileWithFindings('a.md', [finding({}), finding({severity: 'warning', ruleId: 'term-variant'})])], {lang: 'en'})
    expect(out).toBe(['a.md', '  3:5  error    m  reference-target-exists', '  3:5  warning  m  term-variant', '', '✖ 2 problems (1 error, 1 warning)', ''].join('\n'))
  })

  it('prints nothing when there is nothing to report, and colours only when asked', () => {
    expect(renderStylish([fileWithFindings('a.md', [])])).toBe('')
    expect(renderStylish(files)).not.toContain('\u001b[')
    expect(renderStylish(files, {color: true})).toContain('\u001b[31m')
  })
})

describe('json', () => {
  it('has the shape of ESLint’s JSON formatter', () => {
    const parsed = JSON.parse(renderCheckJson(files)) as Array<Record<string, unknown>>
    expect(parsed).toHaveLength(2)
    const [first, second] = parsed as Array<{filePath: string; messages: Array<Record<string, unknown>>; errorCount: number; warningCount: number}>
    expect(first.filePath).toBe(brokenPath)
    expect(first.errorCount).toBe(12)
    expect(first.warningCount).toBe(3)
    expect(second).toMatchObject({filePath: 'corpus/clean.md', messages: [], errorCount: 0, warningCount: 0})
    for (const message of first.messages) {
      expect(Object.keys(message).filter((key) => key !== 'clause')).toEqual(['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'])
      expect([1, 2]).toContain(message.severity)
      expect(message.line).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
    }
    expect(first.messages[4]).toEqual({
      ruleId: 'reference-caption-matches',
      severity: 2,
      message: '第19条の見出しは「業務委託」です。第19条ではなく第20条（反社会的勢力の排除に対する表明保証）では？',
      line: 67,
      column: 125,
      endLine: 67,
      endColumn: 125 + '第 19 条（反社会的勢力の排除に対する表明保証）第 2 項'.length,
      clause: 'art_10__para_1'
    })
  })
})

/**
 * The parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that yakkan's output uses:
 * the properties each object requires, and the value constraints on them.
 */
function validateSarif(log: any): string[] {
  const errors: string[] = []
  const need = (object: any, where: string, ...keys: string[]) => {
    if (object === null || typeof object !== 'object') return errors.push(`${where} is not an object`)
    for (const key of keys) if (!(key in object)) errors.push(`${where}.${key} is required`)
  }
  need(log, 'sarifLog', 'version', 'runs')
  if (log.version !== '2.1.0') errors.push('sarifLog.version must be "2.1.0"')
  if (!Array.isArray(log.runs)) return [...errors, 'sarifLog.runs must be an array']
  log.runs.forEach((run: any, r: number) => {
    need(run, `runs[${r}]`, 'tool')
    need(run.tool, `runs[${r}].tool`, 'driver')
    need(run.tool?.driver, `runs[${r}].tool.driver`, 'name')
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind)) errors.push('columnKind')
    const descriptors: any[] = run.tool?.driver?.rules ?? []
    descriptors.forEach((rule, i) => need(rule, `rules[${i}]`, 'id'))
    for (const [i, result] of (run.results ?? []).entries()) {
      const at = `results[${i}]`
      need(result, at, 'message')
      if (typeof result.message?.text !== 'string' && typeof result.message?.id !== 'string') errors.push(`${at}.message needs text or id`)
      if (result.level !== undefined && !['none', 'note', 'warning', 'error'].includes(result.level)) errors.push(`${at}.level`)
      if (result.ruleIndex !== undefined && descriptors[result.ruleIndex]?.id !== result.ruleId) errors.push(`${at}.ruleIndex does not point at ${result.ruleId}`)
      for (const location of result.locations ?? []) {
        const physical = location.physicalLocation
        if (physical && !('artifactLocation' in physical) && !('address' in physical)) errors.push(`${at}: physicalLocation needs artifactLocation or address`)
        const region = physical?.region
        if (!region) continue
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) if (region[key] !== undefined && !(Number.isInteger(region[key]) && region[key] >= 1)) errors.push(`${at}.region.${key} >= 1`)
        for (const key of ['charOffset', 'charLength']) if (region[key] !== undefined && !(Number.isInteger(region[key]) && region[key] >= 0)) errors.push(`${at}.region.${key} >= 0`)
        if (region.endLine < region.startLine) errors.push(`${at}.region ends before it starts`)
      }
    }
  })
  return errors
}

describe('sarif', () => {
  const log = JSON.parse(renderSarif(files, {version: '0.1.0', rules}))

  it('is valid SARIF 2.1.0 by the schema’s required fields and constraints', () => {
    expect(validateSarif(log)).toEqual([])
    // The validator does catch what it is meant to.
    expect(validateSarif({version: '2.1.0', runs: [{tool: {driver: {}}, results: [{level: 'fatal'}]}]})).toEqual([
      'runs[0].tool.driver.name is required',
      'results[0].message is required',
      'results[0].message needs text or id',
      'results[0].level'
    ])
  })

  it('counts columns in UTF-16 code units and describes every rule', () => {
    const [run] = log.runs
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver).toMatchObject({name: 'yakkan', version: '0.1.0'})
    expect(run.tool.driver.rules.map((r: {id: string}) => r.id)).toEqual(rules.map((r) => r.id))
    expect(run.results).toHaveLength(15)
    const caption = run.results.find((r: {ruleId: string}) => r.ruleId === 'reference-caption-matches')
    expect(caption.level).toBe('error')
    expect(caption.locations[0].physicalLocation.artifactLocation.uri).toBe(brokenPath)
    const region = caption.locations[0].physicalLocation.region
    expect(region).toMatchObject({startLine: 67, startColumn: 125, endLine: 67})
    // charOffset/charLength point at the reference in the source text.
    expect(broken.slice(region.charOffset, region.charOffset + region.charLength)).toBe('第 19 条（反社会的勢力の排除に対する表明保証）第 2 項')
  })

  it('names files relative to %SRCROOT% (the root), percent-encoded; a file outside the root by a file URI', () => {
    const paths = ['約款/第1版.md', '/work/repo/terms/a b.md', '/tmp/a b.md']
    const out = JSON.parse(renderSarif(paths.map((path) => fileWithFindings(path, [finding({})])), {version: '0', rules, root: '/work/repo'}))
    expect(out.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation)).toEqual([
      {uri: '%E7%B4%84%E6%AC%BE/%E7%AC%AC1%E7%89%88.md', uriBaseId: '%SRCROOT%'},
      {uri: 'terms/a%20b.md', uriBaseId: '%SRCROOT%'},
      {uri: 'file:///tmp/a%20b.md'}
    ])
  })

  it('describes each rule as GitHub code scanning requires: full description, help, help URI', () => {
    const out = JSON.parse(renderSarif(files, {version: '0', rules, informationUri: 'https://example.org/yakkan#readme', lang: 'en'}))
    const {driver} = out.runs[0].tool
    expect(driver.informationUri).toBe('https://example.org/yakkan#readme')
    const relative = driver.rules.find((rule: any) => rule.id === 'relative-reference-valid')
    expect(relative).toEqual({
      id: 'relative-reference-valid',
      name: 'RelativeReferenceValid',
      shortDescription: {text: 'relative references (前項, 次条, 前N項, 前各号, 同条) can be taken from where they stand.'},
      fullDescription: {
        text: 'Checks that relative references (前項, 次条, 前N項, 前各号, 同条) can be taken from where they stand. Default severity: error. Turn it off with --rule relative-reference-valid=off, or change its severity with =warn or =error.'
      },
      help: {
        text: 'Checks that relative references (前項, 次条, 前N項, 前各号, 同条) can be taken from where they stand. Default severity: error. Turn it off with --rule relative-reference-valid=off, or change its severity with =warn or =error.\n\nMore: https://example.org/yakkan#rule-relative-reference-valid',
        markdown:
          '**relative-reference-valid**: Checks that relative references (前項, 次条, 前N項, 前各号, 同条) can be taken from where they stand. Default severity: error. Turn it off with --rule relative-reference-valid=off, or change its severity with =warn or =error.\n\n[README](https://example.org/yakkan#rule-relative-reference-valid)'
      },
      helpUri: 'https://example.org/yakkan#rule-relative-reference-valid',
      defaultConfiguration: {level: 'error'}
    })
    const upstreamOnly = driver.rules.find((rule: any) => rule.id === 'reading-table-source-found')
    expect(upstreamOnly.fullDescription.text).toContain('Default severity: warning. Runs when upstream documents are given with --upstream.')
    const ja = JSON.parse(renderSarif(files, {version: '0', rules, informationUri: 'https://example.org/yakkan'})).runs[0].tool.driver.rules
    expect(ja.find((rule: any) => rule.id === 'numbering-sequential').fullDescription.text).toBe(
      '条・項・号と表の行番号が飛び・重複・逆順なく続くこと。既定の重要度はエラーです。--rule numbering-sequential=off で止め、=warn・=error で重要度を変えられます。'
    )
  })

  it('every rule has its section in README.md, where helpUri points', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    for (const rule of rules) expect(readme, rule.id).toContain(`<a id="rule-${rule.id}"></a>`)
  })
})

describe('github', () => {
  it('one workflow command per finding', () => {
    const lines = renderGithub(files).trimEnd().split('\n')
    expect(lines).toHaveLength(15)
    expect(lines[0]).toBe(
      '::warning file=test/fixtures/check/broken.md,line=45,col=15,endLine=45,endColumn=21,title=yakkan defined-term::「反社会的勢力」が定義（第20条第1項）より前で使われています'
    )
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(12)
  })

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext')
    expect(escapeProperty('C:\\a,b.md')).toBe('C%3A\\a%2Cb.md')
    const line = renderGithub([fileWithFindings('x:y,z.md', [finding({message: 'a%b\nc: d, e'})])])
    expect(line).toBe('::error file=x%3Ay%2Cz.md,line=3,col=5,endLine=3,endColumn=9,title=yakkan reference-target-exists::a%25b%0Ac: d, e\n')
  })

  it('prints nothing without findings', () => {
    expect(renderGithub([fileWithFindings('a.md', [])])).toBe('')
  })
})

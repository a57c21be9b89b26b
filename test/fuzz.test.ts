// Fuzzing every command in-process: mutations of the corpus documents and of the published
// documents in ../shared/real-terms — headings deleted, duplicated and renumbered in mixed
// numerals, nested lists, random Unicode, control characters, markup — go through parse,
// check, rewrite (as upstream and as reseller), diff and every renderer. Properties: nothing
// throws but the typed input error (RewriteError), the tree rebuilds the input byte for byte,
// positions stay inside the text, and no HTML output lets a tag from the document through.
// Runs are few and seeded on CI (test/fast-check-setup.ts); FUZZ_RUNS=500 explores more.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {checkDocument, rules} from '../src/check/index.js'
import {viewFinding} from './helpers/findings.js'
import {diffDocuments} from '../src/diff/compare.js'
import {parse, toText} from '../src/parse/index.js'
import type {Document} from '../src/parse/types.js'
import {renderCheckJson} from '../src/render/check-json.js'
import {renderDiffJson} from '../src/render/diff-json.js'
import {renderDiffText} from '../src/render/diff-text.js'
import {renderEffectiveHtml, renderReportHtml} from '../src/render/effective-html.js'
import {renderEffectiveJson, renderReportJson} from '../src/render/effective-json.js'
import {renderEffectiveMarkdown, renderReportMarkdown} from '../src/render/effective-md.js'
import {renderGithub} from '../src/render/github.js'
import {renderJson} from '../src/render/json.js'
import {renderOutline} from '../src/render/outline.js'
import {renderSarif} from '../src/render/sarif.js'
import {renderStylish} from '../src/render/stylish.js'
import {renderTaishoHtml} from '../src/render/taisho-html.js'
import {renderTaishoMarkdown} from '../src/render/taisho-md.js'
import {buildEffective, RewriteError} from '../src/rewrite/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'
import {available} from './helpers/requires.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const realTerms = fileURLToPath(new URL('../../shared/real-terms/', import.meta.url))
const read = (path: string) => readFileSync(path, 'utf8')
const corpusPaths = [
  'corpus/usen-gate02-secure-mx/2024-10-30.md',
  'corpus/usen-gate02-secure-mx/2025-04-01.md',
  'corpus/upstream/iij-general.md',
  'corpus/upstream/iij-secure-mx.md',
  'corpus/upstream-example/kumo-common.md',
  'corpus/upstream-example/kumo-backup.md',
  'corpus/example-reseller/2025-04-01.md'
].map((path) => join(root, path))
const realPaths = available(realTerms, 'the published documents (../shared/real-terms)')
  ? readdirSync(realTerms).filter((name) => /\.(md|txt)$/.test(name) && !/^(README|SOURCES)/.test(name)).sort().map((name) => join(realTerms, name))
  : []
const documents = [...corpusPaths, ...realPaths].map((path) => ({path, text: read(path)}))
const runs = Number(process.env.FUZZ_RUNS ?? 12)

const reseller = {tree: parse(read(corpusPaths[0])).tree, path: 'reseller.md'}
const upstreams = [corpusPaths[2], corpusPaths[3]].map((path) => ({tree: parse(read(path)).tree, path}))

/** A tag the document carries: it must never reach an HTML output as a tag. */
const TAG = '<x-fuzz onload=1>'
const markers = ['（一）', '(一)', '1)', '１）', 'a.', '(a)', '(vii)', '（ⅶ）', '①', 'イ', 'ア', '- ', '* ', '1.', '(1)', '（１）', '第1項', '一の二']
const oddText = [
  TAG,
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '~~取消~~',
  '| a | b |',
  '&amp;&lt;',
  '"\'`',
  '\u0000',
  '\u001b[2J\u001b]0;title\u0007',
  '\u0007\u0008\u000b\u000c\u007f',
  '\u202e\u200b\ufeff',
  '\ud800',
  '\udc00x',
  '\r',
  '\r\n',
  '𠮷😀',
  '第',
  '（',
  '「',
  '前条',
  '次号',
  '同条第',
  '別表第',
  '附則'
]
/** Article numbers mixing kanji and digits, as typing slips leave them. */
const mixed = ['第一9条', '第十1条', '第２十条', '第1十条', '第三3条']
const headings = ['第 1 条', '第１条', '第百条の二', '第0条', '第999999条', '第1条の2の3', '第二章', '第3節', '附則', '別表第1', '別紙', '別記']

type Edit =
  | {op: 'delete' | 'duplicate'; at: number}
  | {op: 'swap'; at: number; to: number}
  | {op: 'heading'; at: number; heading: string}
  | {op: 'list'; at: number; depth: number; marker: string}
  | {op: 'insert'; at: number; column: number; text: string}

const editWith = (numbers: string[]): fc.Arbitrary<Edit> => fc.oneof(
  fc.record({op: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat()}),
  fc.record({op: fc.constant('swap' as const), at: fc.nat(), to: fc.nat()}),
  fc.record({op: fc.constant('heading' as const), at: fc.nat(), heading: fc.constantFrom(...numbers)}),
  fc.record({op: fc.constant('list' as const), at: fc.nat(), depth: fc.nat(12), marker: fc.constantFrom(...markers)}),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    column: fc.nat(200),
    text: fc.oneof(fc.constantFrom(...oddText), fc.string({unit: 'binary', maxLength: 8}), fc.string({unit: 'grapheme', maxLength: 8}))
  })
)

/** Applies edits to the lines of a text; heading edits put the new number where the line's own stands. */
function mutate(text: string, edits: Edit[]): string {
  const lines = text.split('\n')
  for (const e of edits) {
    const at = e.at % lines.length
    if (e.op === 'delete' && lines.length > 1) lines.splice(at, 1)
    else if (e.op === 'duplicate') lines.splice(at, 0, lines[at])
    else if (e.op === 'swap') [lines[at], lines[e.to % lines.length]] = [lines[e.to % lines.length], lines[at]]
    else if (e.op === 'heading') lines[at] = /^\s*第[^条章節\s]*[条章節]/.test(lines[at]) ? lines[at].replace(/^(\s*)第[^条章節\s]*[条章節]/, `$1${e.heading}`) : `${e.heading}（見出し）`
    else if (e.op === 'list') lines.splice(at, 0, `${'  '.repeat(e.depth)}${e.marker} 入れ子の項目です。`)
    else if (e.op === 'insert') {
      const line = lines[at]
      const column = e.column % (line.length + 1)
      lines[at] = line.slice(0, column) + e.text + line.slice(column)
    }
  }
  return lines.join('\n')
}

function expectNoTag(html: string): void {
  expect(html.includes('<x-fuzz'), 'a tag from the document reached the HTML').toBe(false)
  expect(/<script>alert/.test(html), 'a script from the document reached the HTML').toBe(false)
}

/** Runs a rewrite; a RewriteError is the one typed refusal allowed. */
function rewrite(run: () => ReturnType<typeof buildEffective>): ReturnType<typeof buildEffective> | undefined {
  try {
    return run()
  } catch (error) {
    if (error instanceof RewriteError) return undefined
    throw error
  }
}

async function everyCommand(original: string, text: string): Promise<void> {
  const {tree, file} = parse(text, {path: 'fuzz.md'})
  expect(toText(tree) === text, 'lossless').toBe(true)
  for (const message of file.messages) expect(message.place === undefined || 'line' in message.place || 'start' in message.place).toBe(true)
  renderJson(tree)
  renderOutline(tree, {lang: 'ja'})
  renderOutline(tree, {lang: 'en'})

  const findings = (await checkDocument(tree, file)).map(viewFinding)
  for (const finding of findings) {
    expect(finding.position.start.offset ?? 0).toBeGreaterThanOrEqual(0)
    expect(finding.position.end.offset ?? 0).toBeLessThanOrEqual(text.length)
  }
  const checked = [file]
  renderStylish(checked)
  renderCheckJson(checked)
  renderSarif(checked, {version: '0.0.0', rules})
  renderGithub(checked)

  for (const doc of [
    rewrite(() => buildEffective(reseller, [{tree, path: 'fuzz.md'}])),
    rewrite(() => buildEffective({tree, path: 'fuzz.md'}, upstreams))
  ]) {
    if (!doc) continue
    for (const lang of ['ja', 'en'] as const) {
      expectNoTag(renderEffectiveHtml(doc, {lang}))
      expectNoTag(renderReportHtml(doc, {lang}))
      renderEffectiveMarkdown(doc, {lang})
      renderReportMarkdown(doc, {lang})
    }
    renderEffectiveJson(doc)
    renderReportJson(doc)
  }

  const result = await diffDocuments(parse(original).tree as Document, tree, {tokenizer: fakeTokenizer})
  renderDiffText(result, {lang: 'ja'})
  renderDiffText(result, {lang: 'en'})
  renderDiffJson(result)
  renderTaishoMarkdown(result)
  renderTaishoMarkdown(result, {lang: 'en', full: true})
  expectNoTag(renderTaishoHtml(result))
  expectNoTag(renderTaishoHtml(result, {full: true}))
}

describe('fuzz: mutated documents through every command', () => {
  const property = (numbers: string[]) =>
    fc.asyncProperty(fc.nat(documents.length - 1), fc.array(editWith(numbers), {minLength: 1, maxLength: 10}), async (index, edits) => {
      const {text} = documents[index]
      await everyCommand(text, mutate(text, edits))
    })

  test(`${documents.length} documents, ${runs} mutations`, async () => {
    await fc.assert(property(headings), {numRuns: runs})
  }, 110_000)

  test(`headings in mixed numerals (第一9条, 第２十条), ${runs} mutations`, async () => {
    await fc.assert(property([...mixed, ...headings]), {numRuns: runs})
  }, 110_000)

  test('the unmutated documents themselves', async () => {
    for (const {text} of documents) await everyCommand(text, text)
  }, 110_000)
})

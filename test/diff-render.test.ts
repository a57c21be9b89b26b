// The writers of a diff: the 新旧対照表 in markdown (read back with remark-gfm), the text
// summary and the JSON, on the seed against 2025-04-01 (fake tokenizer), and escaping.
import {readFileSync} from 'node:fs'
import type {Root, Table} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {diffDocuments} from '../src/diff/compare.js'
import {taishoRows} from '../src/diff/taisho.js'
import {parse} from '../src/parse/index.js'
import {renderDiffJson} from '../src/render/diff-json.js'
import {renderDiffText} from '../src/render/diff-text.js'
import {renderTaishoMarkdown} from '../src/render/taisho-md.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const seed = parse(read('corpus/usen-gate02-secure-mx/2024-10-30.md')).tree
const later = parse(read('corpus/usen-gate02-secure-mx/2025-04-01.md')).tree
const result = await diffDocuments(seed, later, {tokenizer: fakeTokenizer, oldPath: 'a/2024-10-30.md', newPath: 'b/2025-04-01.md'})

function tableOf(markdown: string): Table {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const table = tree.children.find((node): node is Table => node.type === 'table')
  if (!table) throw new Error('no table in the markdown')
  return table
}

const cellHtml = (markdown: string, row: number, column: number) => markdown.split('\n').filter((l) => l.startsWith('| '))[row].split(/(?<!\\)\|/)[column + 1].trim()

describe('the 新旧対照表 in markdown', () => {
  const markdown = renderTaishoMarkdown(result)
  const rows = taishoRows(result)

  test('has the customary header note and columns 改正後 | 改正前', () => {
    expect(markdown).toContain('\n（傍線部分は改正部分）\n')
    expect(markdown).toContain('| 改正後 | 改正前 |')
    expect(renderTaishoMarkdown(result, {columns: 'old-new'})).toContain('| 改正前 | 改正後 |')
  })

  test('reads back as one GFM table: a header and one row per article or folded run, two cells each', () => {
    const table = tableOf(markdown)
    expect(table.children).toHaveLength(rows.length + 1)
    expect(table.children.every((row) => row.children.length === 2)).toBe(true)
    // runs of unchanged articles fold: 前文〜第3条 (the preamble is compared too), 第5条, 第18条, 第20条〜別記
    expect(rows.filter((r) => r.folded).map((r) => r.title)).toEqual(['前文〜第3条', '第5条（利用契約申込みの方法）', '第18条（業務委託）', '第20条〜別記'])
  })

  test('an inserted article is （新設） on the old side, a deleted one （削る） on the new side', () => {
    const inserted = rows.findIndex((r) => r.id === 'art_10')
    expect(cellHtml(markdown, inserted + 2, 1)).toBe('（新設）')
    expect(cellHtml(markdown, inserted + 2, 0)).toMatch(/^<u>第10条<\/u><u>（契約者の名称等の変更）<\/u><br><u>契約者は、/)
    const deleted = rows.findIndex((r) => r.id === 'old-art_17')
    expect(cellHtml(markdown, deleted + 2, 0)).toBe('（削る）')
    expect(cellHtml(markdown, deleted + 2, 1)).toMatch(/^<u>第17条<\/u><u>（個人情報委託）<\/u>/)
  })

  test('a renumbered article underlines its number only, and its unchanged text is （略）', () => {
    const row = rows.findIndex((r) => r.id === 'art_16')
    expect(cellHtml(markdown, row + 2, 0)).toBe('<u>第16条</u>（個人情報の取扱い）<br>（略）')
    expect(cellHtml(markdown, row + 2, 1)).toBe('<u>第15条</u>（個人情報の取扱い）<br>（略）')
  })

  test('changed words are underlined on both sides', () => {
    const row = rows.findIndex((r) => r.id === 'art_7')
    expect(cellHtml(markdown, row + 2, 0)).toContain('費用は<u>当社</u>の負担とします。')
    expect(cellHtml(markdown, row + 2, 1)).toContain('費用は<u>契約者</u>の負担とします。')
    const deadline = rows.findIndex((r) => r.id === 'art_11')
    expect(cellHtml(markdown, deadline + 2, 0)).toMatch(/その<u>3か(月<\/u>|<\/u>月)前まで/)
    expect(cellHtml(markdown, deadline + 2, 1)).toMatch(/その <u>2 ヶ(月<\/u>|<\/u>月)前まで/)
  })

  test('--full shows unchanged clauses instead of （略）', () => {
    const full = renderTaishoMarkdown(result, {full: true})
    expect(full).not.toContain('（略）')
    expect(full).toContain('第1条（サービスについて）<br>USEN GATE 02 セキュア MX サービスは')
    expect(tableOf(full).children.length).toBeGreaterThan(tableOf(markdown).children.length)
  })

  test('document text is escaped for markdown and HTML', async () => {
    const hostile = read('corpus/usen-gate02-secure-mx/2024-10-30.md').replace('日本国の法令とします。', '日本国の法令とします。<img src=x onerror=alert(1)> | *強調* [リンク](http://example.com)')
    const md = renderTaishoMarkdown(await diffDocuments(seed, parse(hostile).tree, {tokenizer: fakeTokenizer}))
    expect(md).not.toContain('<img')
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; \\| \\*強調\\* \\[リンク\\]\\(http://example\\.com\\)')
    const table = tableOf(md)
    expect(table.children.every((row) => row.children.length === 2)).toBe(true)
  })

  test('English headings with --lang en', () => {
    const english = renderTaishoMarkdown(result, {lang: 'en'})
    expect(english).toContain('| Amended | Current |')
    expect(english).toContain('(underlined: the amended parts)')
    expect(english).toContain('(new)')
  })
})

describe('the text summary', () => {
  const text = renderDiffText(result)
  const lines = text.split('\n')

  test('names both versions and counts by severity', () => {
    expect(lines[0]).toBe('新旧対照: 2024-10-30 ・ a/2024-10-30.md → 2025-04-01 ・ b/2025-04-01.md')
    expect(lines[1]).toBe(`重要度別: 高 ${result.summary.high}件・中 ${result.summary.medium}件・低 ${result.summary.low}件`)
  })

  test('lists changes highest severity first, with clause ids and changed words', () => {
    const heads = lines.filter((l) => l.startsWith('['))
    expect(heads).toHaveLength(result.changes.length)
    expect(heads.findIndex((l) => l.startsWith('[中]'))).toBe(result.summary.high)
    expect(text).toContain('[高] 数値・期間  第10条第1項 → 第11条第1項  期限の変更（2 ヶ月前 → 3か月前）\n    art_10__para_1 → art_11__para_1\n    「2 ヶ月前」 → 「3か月前」')
    expect(text).toContain('[高] 構成  （なし） → 第10条  条の新設\n    - → art_10\n')
    expect(text).toContain('[高] 義務・権利  第8条 → 第8条  禁止 → 許可・権利\n    art_8__para_1 → art_8__para_1\n    「ことは出来ません」 → 「ことができます」')
  })

  test('says so when nothing changed, in English too', async () => {
    const same = await diffDocuments(seed, seed, {tokenizer: fakeTokenizer})
    expect(renderDiffText(same)).toContain('変更はありません。')
    expect(renderDiffText(same, {lang: 'en'})).toContain('no changes.')
    expect(renderDiffText(result, {lang: 'en'})).toContain('[high] numbers and periods  Article 10, paragraph 1 → Article 11, paragraph 1  deadline changed (2 ヶ月前 → 3か月前)')
  })
})

describe('the JSON', () => {
  const json = JSON.parse(renderDiffJson(result))

  test('holds the versions, the summary, the changes and the aligned pairs, no timings', () => {
    expect(json).toMatchObject({format: 'yakkan-diff', formatVersion: 1, old: {version: '2024-10-30'}, new: {version: '2025-04-01'}, summary: result.summary})
    expect(json.stats).toBeUndefined()
    expect(json.changes).toHaveLength(result.changes.length)
    expect(json.pairs.map((p: {new: Array<{id: string}>}) => p.new[0]?.id ?? null)).toContain('art_10')
  })

  test('a change carries ids and positions in both versions', () => {
    const period = json.changes.find((c: {kind: string; old?: {id: string}}) => c.kind === 'numeric' && c.old?.id === 'art_10__para_1')
    expect(period).toMatchObject({
      severity: 'high',
      old: {id: 'art_10__para_1', words: ['2 ヶ月前'], positions: [{start: {line: 72}}]},
      new: {id: 'art_11__para_1', words: ['3か月前'], positions: [{start: {line: 77}}]}
    })
  })

  test('a changed sentence pair carries its token edits with offsets', () => {
    const article = json.pairs.find((p: {old: Array<{id: string}>}) => p.old[0]?.id === 'art_8')
    const sentence = article.children[0].sentences[0]
    expect(sentence.status).toBe('changed')
    const removed = sentence.edits.filter((e: {op: string}) => e.op === 'removed').map((e: {text: string}) => e.text)
    const added = sentence.edits.filter((e: {op: string}) => e.op === 'added').map((e: {text: string}) => e.text)
    expect(removed.join('')).toContain('出来ません')
    expect(added.join('')).toContain('できます')
  })
})

describe('whom the changes favour, in each writer', async () => {
  const old = parse(read('test/fixtures/diff/direction/old.md')).tree
  const neu = parse(read('test/fixtures/diff/direction/new.md')).tree
  const written = await diffDocuments(old, neu, {tokenizer: fakeTokenizer})
  const adverse = written.changes.filter((c) => c.direction === 'favours-provider')

  test('text: the changes against the customer come first, each with old and new words and the reason', () => {
    const text = renderDiffText(written)
    expect(text.split('\n').slice(2, 5)).toEqual(['方向別: 契約者に不利 25件・要確認 0件・契約者に有利 22件・中立 11件', '', '契約者に不利な変更（不利益変更の候補）: 25件'])
    const summary = text.slice(0, text.indexOf('\n[高]'))
    expect(summary.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(adverse.length)
    expect(summary).toContain('- 第7条第1項  負担・責任が契約者側に移る（当社の負担 → 契約者の負担）\n    「当社の負担」 → 「契約者の負担」\n')
    expect(summary).toContain('法的助言ではありません')
    // Every change also says whom it favours.
    expect(text).toContain('[高] 数値・期間  第2条第2項 → 第2条第2項  期間の変更（6か月 → 3か月）\n    art_2__para_2 → art_2__para_2\n    「6か月」 → 「3か月」\n    方向: 契約者に有利 — 最低利用期間が短くなる（6か月 → 3か月）')
    expect(renderDiffText(written, {lang: 'en'})).toContain('Changes against the customer (possible 不利益変更): 25\n- Article 2, paragraph 1  a longer minimum term (1年間 → 2年間)')
  })

  test('markdown: the list of changes against the customer before the table, the table unchanged', () => {
    const markdown = renderTaishoMarkdown(written)
    const head = markdown.slice(0, markdown.indexOf('## 主な変更'))
    expect(head).toContain('## 契約者に不利な変更（不利益変更の候補）')
    expect(head.split('\n').filter((l) => l.startsWith('- **'))).toHaveLength(adverse.length)
    expect(head).toContain('- **第11条第5項**: 「10万円」 → 「5万円」 — 賠償等の上限が下がる（10万円 → 5万円）')
    expect(tableOf(markdown).children[0].children).toHaveLength(2)
  })

  test('JSON: direction, reason and the rule on every change, and the counts by direction', () => {
    const json = JSON.parse(renderDiffJson(written))
    expect(json.directions).toEqual({'favours-provider': 25, unclear: 0, 'favours-customer': 22, neutral: 11})
    for (const change of json.changes) {
      expect(['favours-customer', 'favours-provider', 'neutral', 'unclear']).toContain(change.direction)
      expect(Object.keys(change.reason)).toEqual(['ja', 'en'])
    }
    expect(json.changes[0]).toMatchObject({kind: 'numeric', direction: 'favours-provider', directionRule: 'minimum-term', reason: {en: 'a longer minimum term (1年間 → 2年間)'}})
  })
})

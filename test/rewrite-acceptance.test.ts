// The effective terms for both reseller/upstream pairs in the corpus, under the same checks:
// the seed (USEN GATE 02 セキュア MX, tab tables, 個別規程「…」 exclusions) and the example
// pair (statute style, pipe tables with 項番, full-width names, an exclusion by item number).
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {renderEffectiveHtml} from '../src/render/effective-html.js'
import {effectiveJson} from '../src/render/effective-json.js'
import {renderEffectiveMarkdown, renderReportMarkdown} from '../src/render/effective-md.js'
import {buildEffective, compileMatcher, readingTableFromTree, rewriteText, type EffectiveDocument} from '../src/rewrite/index.js'
import {root} from './helpers/cli.js'

const read = (path: string) => readFileSync(join(root, path), 'utf8')
const source = (path: string) => ({tree: parse(read(path), {path}).tree, path})

/** The test's own normal form: NFKC over the whole text, white space other than newlines removed. */
const norm = (text: string) => text.normalize('NFKC').replace(/[^\S\n]/g, '')

/**
 * How often each row's left side occurs in the texts, by plain string search on the normal
 * form: every occurrence, less those lying inside an occurrence of a longer name of the
 * table (a longer left side, or a right side already in place).
 */
function independentCounts(rows: Array<{upstream: string; effective: string}>, texts: string[]): number[] {
  const names = [...rows.map((row) => norm(row.upstream)), ...rows.map((row) => norm(row.effective))]
  return rows.map((row) => {
    const left = norm(row.upstream)
    let count = 0
    for (const text of texts.map(norm)) {
      const spans = names.filter((name) => name.length > left.length).flatMap((name) => occurrences(text, name).map((at) => [at, at + name.length]))
      let last = -Infinity
      for (const at of occurrences(text, left)) {
        if (at < last) continue
        if (spans.some(([s, e]) => s <= at && at + left.length <= e)) continue
        count++
        last = at + left.length
      }
    }
    return count
  })
}

function occurrences(text: string, name: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) found.push(at)
  return found
}

interface Pair {
  name: string
  reseller: string
  upstreams: string[]
  unmatched: {upstream: string; nearest: string}
  exclusions: Array<{document: number; clause: string; statedIn: string}>
  override: {document: number; article: string; caption: string; by: string}
  /** what the reseller calls its own terms */
  self: string
}

const pairs: Pair[] = [
  {
    name: 'seed + IIJ stand-ins',
    reseller: 'corpus/usen-gate02-secure-mx/2024-10-30.md',
    upstreams: ['corpus/upstream/iij-general.md', 'corpus/upstream/iij-secure-mx.md'],
    unmatched: {upstream: 'メールリングリストオプション', nearest: 'メーリングリストオプション'},
    exclusions: [
      {document: 1, clause: 'art_3__para_1__item_1', statedIn: '第4条第2項'},
      {document: 1, clause: 'art_7__para_1__item_2', statedIn: '第4条第2項'},
      {document: 1, clause: 'art_7__para_1__item_3', statedIn: '第4条第2項'},
      {document: 1, clause: 'art_7__para_1__item_5', statedIn: '第4条第2項'}
    ],
    override: {document: 1, article: 'art_2', caption: '最低利用期間', by: 'art_9'},
    self: '本約款'
  },
  {
    name: 'example reseller + example upstream',
    reseller: 'corpus/example-reseller/2025-04-01.md',
    upstreams: ['corpus/upstream-example/kumo-common.md', 'corpus/upstream-example/kumo-backup.md'],
    unmatched: {upstream: 'テープ搬送オプション', nearest: 'テープ搬出オプション'},
    exclusions: [
      {document: 1, clause: 'art_5__para_1__item_6', statedIn: '第4条第1項'},
      {document: 1, clause: 'art_5__para_1__item_2', statedIn: '第4条第2項'}
    ],
    override: {document: 1, article: 'art_2', caption: '最低利用期間', by: 'art_6'},
    self: '本規約'
  }
]

describe.each(pairs)('$name', (pair) => {
  const reseller = source(pair.reseller)
  const upstreams = pair.upstreams.map(source)
  const doc: EffectiveDocument = buildEffective(reseller, upstreams)
  const rows = doc.report.rows

  it('counts every row as often as an independent normalised search finds its name', () => {
    const expected = independentCounts(
      rows.map((row) => row.row),
      upstreams.map((upstream) => read(upstream.path))
    )
    expect(rows.map((row) => row.count)).toEqual(expected)
    expect(rows.map((row) => row.locations.length)).toEqual(expected)
    // Every row but the misspelt one occurs in the upstream documents.
    expect(rows.filter((row) => row.count === 0).map((row) => row.row.upstream)).toEqual([pair.unmatched.upstream])
    expect(doc.report.substitutions).toBe(expected.reduce((a, b) => a + b, 0))
  })

  it('reports the row that never matched with the nearest text that occurs', () => {
    const row = rows.find((r) => r.row.upstream === pair.unmatched.upstream)!
    expect(row.nearest).toMatchObject({text: pair.unmatched.nearest, distance: 1, document: 1})
    expect(renderReportMarkdown(doc, {lang: 'ja'})).toContain(`最も近い記述は「${pair.unmatched.nearest}」（編集距離 1`)
    expect(renderReportMarkdown(doc, {lang: 'en'})).toContain(`nearest text is “${pair.unmatched.nearest}” (edit distance 1`)
  })

  it('resolves each stated exclusion to its upstream clause, checking quoted names', () => {
    expect(doc.exclusions.map((e) => ({document: e.target?.document, clause: e.target?.clause, statedIn: e.statedIn?.label}))).toEqual(pair.exclusions)
    for (const exclusion of doc.exclusions) {
      expect(exclusion.problem).toBeUndefined()
      if (exclusion.reference.name) expect(norm(exclusion.target!.text)).toContain(norm(exclusion.reference.name))
    }
  })

  it('marks the upstream article that shares a caption with a reseller article as overridden', () => {
    expect(doc.overrides).toContainEqual(
      expect.objectContaining({document: pair.override.document, article: pair.override.article, caption: pair.override.caption, by: expect.objectContaining({article: pair.override.by})})
    )
    expect(doc.precedence?.reseller).toBeLessThan(doc.precedence!.upstream!)
  })

  it('records the provenance of every substitution, and leaves all other text byte-identical', () => {
    doc.documents.forEach((document) => {
      let from = 0
      let outFrom = 0
      for (const s of document.substitutions) {
        const row = rows.find((r) => r.row.index === s.row)!.row
        expect(document.text.slice(s.upstream.start.offset, s.upstream.end.offset)).toBe(s.original)
        expect(document.output.slice(s.output.start.offset, s.output.end.offset)).toBe(row.effective)
        expect(norm(s.original)).toBe(norm(row.upstream))
        expect([s.table, s.tableRow]).toEqual([row.table, row.row])
        expect(document.output.slice(outFrom, s.output.start.offset)).toBe(document.text.slice(from, s.upstream.start.offset))
        // Line and column agree with the offset.
        expect(document.text.split('\n')[s.upstream.start.line - 1].slice(s.upstream.start.column - 1)).toMatch(new RegExp(`^${escape(s.original)}`))
        from = s.upstream.end.offset
        outFrom = s.output.end.offset
      }
      expect(document.output.slice(outFrom)).toBe(document.text.slice(from))
    })
  })

  it('changes nothing when the table is applied to its own output', () => {
    const matcher = compileMatcher(readingTableFromTree(reseller.tree)!.rows)
    for (const document of doc.documents) expect(rewriteText(matcher, document.output).output).toBe(document.output)
  })

  it('writes Markdown with struck exclusions, labels and footnotes (or none with --plain)', () => {
    const md = renderEffectiveMarkdown(doc, {lang: 'ja'})
    const struck = md.split('\n').filter((line) => line.startsWith('~~'))
    expect(struck).toHaveLength(pair.exclusions.length)
    const labels = struck.map((line) => /~~ \*\*(（適用除外：[^）]+）)\*\*$/.exec(line)?.[1])
    expect(labels.sort()).toEqual(pair.exclusions.map((e) => `（適用除外：${pair.self}${e.statedIn}）`).sort())
    expect(md).toMatch(/^## 適用の優先順位/m)
    expect((md.match(/\[\^\d+-\d+\]:/g) ?? []).length).toBe(doc.report.substitutions)
    const plain = renderEffectiveMarkdown(doc, {lang: 'ja', plain: true})
    expect(plain).not.toMatch(/\[\^/)
    expect(plain).toContain(`（適用除外：${pair.self}${pair.exclusions[0].statedIn}）`)
  })

  it('writes one self-contained HTML page with highlighted substitutions and the original on hover', () => {
    const html = renderEffectiveHtml(doc, {lang: 'ja'})
    expect(html).not.toMatch(/<(?:script|link|img)\b|\bsrc=|https?:\/\//)
    expect((html.match(/<mark class="sub" title="[^"]*原文：/g) ?? []).length).toBe(doc.report.substitutions)
    expect((html.match(/class="line[^"]* excluded[" ]/g) ?? []).length).toBeGreaterThanOrEqual(pair.exclusions.length)
    expect(html).toContain(`<span class="label excluded-label">（適用除外：${pair.self}${pair.exclusions[0].statedIn}）</span>`)
    expect(html).toContain(`id="d${pair.override.document + 1}-${pair.override.article}"`)
  })

  it('gives the same provenance in JSON', () => {
    const json = JSON.parse(JSON.stringify(effectiveJson(doc))) as {documents: Array<{substitutions: unknown[]; excluded: Array<{clause: string}>}>}
    expect(json.documents.map((d) => d.substitutions.length)).toEqual(doc.documents.map((d) => d.substitutions.length))
    expect(json.documents[1].excluded.map((e) => e.clause).sort()).toEqual(pair.exclusions.map((e) => e.clause).sort())
  })
})

describe('the seed in particular', () => {
  const doc = buildEffective(source(pairs[0].reseller), pairs[0].upstreams.map(source))

  it('names the service, its version and the order of precedence of its 第4条', () => {
    expect(doc.service).toMatchObject({name: 'USEN GATE 02 セキュア MX サービス', version: '2024-10-30', self: '本約款'})
    expect(doc.precedence?.ranks).toEqual([['御見積書', '御申込書'], ['本約款'], ['特定協定事業者約款']])
    const md = renderEffectiveMarkdown(doc, {lang: 'ja'})
    expect(md.split('\n')[0]).toBe('# USEN GATE 02 セキュア MX サービス 実効約款（読替え適用後）')
    expect(md).toContain('1. 「御見積書」・「御申込書」\n2. 「本約款」')
    expect(md).toContain('第2条（最低利用期間） **（本約款第9条（最低利用期間）が優先して適用されます：本約款第4条）**')
  })

  it('reads every spelling of the service name found in the wild', () => {
    const originals = new Set(doc.documents.flatMap((d) => d.substitutions.filter((s) => s.row === 2).map((s) => s.original)))
    expect([...originals].sort()).toEqual(['IIJ セキュア MX サービス', 'IIJセキュアMX サービス', 'IIJセキュアMXサービス', 'IIJ　セキュア　MX　サービス', 'ＩＩＪセキュアＭＸサービス'].sort())
  })

  it('reads the four quoted references of 第4条第2項 as the seed writes them', () => {
    expect(doc.exclusions.map((e) => [e.reference.document, e.reference.article, e.reference.caption, e.reference.item, e.reference.name])).toEqual([
      ['個別規程', '3', '利用資格', 1, undefined],
      ['個別規程', '7', 'オプションサービス', 2, 'アーカイブオプション'],
      ['個別規程', '7', undefined, 3, 'DOX 連携オプション'],
      ['個別規程', '7', undefined, 5, 'メールボックスオプション']
    ])
  })

  it('escapes every document string in HTML', () => {
    const hostile = read(pairs[0].upstreams[1]).replace('第9条（契約者の義務）', '第9条（<img src=x onerror=alert(1)>）')
    const withHostile = buildEffective(source(pairs[0].reseller), [source(pairs[0].upstreams[0]), {tree: parse(hostile).tree, path: 'a"<b>.md'}])
    const html = renderEffectiveHtml(withHostile, {lang: 'en'})
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('a&quot;&lt;b&gt;.md')
  })
})

describe('the code holds no name from either pair', () => {
  const files = ['src/rewrite', 'src/render', 'src/cli/rewrite.ts'].flatMap((path) => {
    const full = join(root, path)
    if (statSync(full).isFile()) return [path]
    return readdirSync(full)
      .filter((name) => path !== 'src/render' || name.startsWith('effective-'))
      .map((name) => join(path, name))
  })

  it.each(files)('%s', (file) => {
    const text = read(file)
    for (const word of ['USEN', 'IIJ', 'ＩＩＪ', 'セキュア', 'インターネットイニシアティブ', '特定協定事業者', '御見積書', 'メーリングリスト', 'メールリングリスト', 'アーカイブ', 'DOX', 'Omnibus', 'クモテック', 'KUMO', 'サンプル通信', 'データ保全', '利用資格']) {
      expect(text, `${file} mentions ${word}`).not.toContain(word)
    }
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

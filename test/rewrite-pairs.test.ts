// The third and fourth reseller/upstream pairs, written unlike the seed: names the reseller
// defines for the upstream terms, 読替え written as sentences (one limited to an article),
// priority in other words, a caption with spaces over a statute-style caption on the line
// above, an override by subject, two upstream documents under one collective name. Each
// expected report below was written from reading the documents.
import {mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {renderEffectiveHtml} from '../src/render/effective-html.js'
import {renderEffectiveMarkdown, renderReportMarkdown} from '../src/render/effective-md.js'
import {buildEffective, type EffectiveDocument} from '../src/rewrite/index.js'
import {expectRefused, root, yakkan} from './helpers/cli.js'

const read = (path: string) => readFileSync(join(root, path), 'utf8')
const source = (path: string) => ({tree: parse(read(path), {path}).tree, path})

interface Expected {
  name: string
  reseller: string
  upstreams: string[]
  /** per row: left side, right side, count */
  rows: Array<[string, string, number]>
  unmatched: {upstream: string; nearest: string; distance: number; document: number}
  exclusions: Array<{document: number; clause: string; statedIn: string}>
  overrides: Array<{document: number; article: string; caption: string; by: string; basis: 'caption' | 'subject'}>
  ranks: string[][]
  names: Array<{name: string; documents: number[]}>
  dangling: Array<{document: number; kind: 'name' | 'reference'; text: string; clause: string}>
}

const pairs: Expected[] = [
  {
    name: 'hayate (defined name, 読替え sentences, statute-style captions)',
    reseller: 'corpus/hayate-cloudpbx/2025-07-01.md',
    upstreams: ['corpus/upstream-sora/sora-pbx.md'],
    rows: [
      ['ソラネット株式会社', 'ハヤテ通信株式会社', 2],
      ['ソラＰＢＸサービス', 'ハヤテ クラウドPBX サービス', 3],
      ['ソラ管理画面', 'ハヤテ お客様ページ', 2],
      ['自動音声案内オプション', 'ハヤテ 音声案内オプション', 0],
      ['三十日前', '二箇月前', 1]
    ],
    unmatched: {upstream: '自動音声案内オプション', nearest: '自動音声応答オプション', distance: 2, document: 0},
    exclusions: [{document: 0, clause: 'art_3__para_1__item_2', statedIn: '第3条'}],
    overrides: [{document: 0, article: 'art_4', caption: '最低利用期間', by: 'art_5', basis: 'caption'}],
    ranks: [['本約款'], ['提供元約款']],
    names: [{name: '提供元約款', documents: [0]}],
    dangling: [
      {document: 0, kind: 'name', text: '通話録音オプション', clause: 'art_3__para_2'},
      {document: 0, kind: 'name', text: '通話録音オプション', clause: 'art_6__para_1__table_1__row_4'},
      {document: 0, kind: 'reference', text: '第三条第二号', clause: 'art_6__para_2'}
    ]
  },
  {
    name: 'midori (two upstream documents under one collective name, full-width)',
    reseller: 'corpus/midori-hikari/2025-10-01.md',
    upstreams: ['corpus/upstream-aoba/aoba-kihon.md', 'corpus/upstream-aoba/aoba-option.md'],
    rows: [
      ['アオバネット株式会社', 'ミドリ回線株式会社', 4],
      ['アオバ光サービス', 'ミドリ光 接続サービス', 6],
      ['固定ＩＰアドレスオプション', 'ミドリ光 固定ＩＰオプション', 1],
      ['セキュリティパックオプション', 'ミドリ光 セキュリティオプション', 1],
      ['ルーター貸出オプション', 'ミドリ光 ルーター貸出オプション', 0],
      ['アオバ会員サイト', 'ミドリ光 マイページ', 3]
    ],
    unmatched: {upstream: 'ルーター貸出オプション', nearest: 'ルータ貸出オプション', distance: 1, document: 1},
    exclusions: [{document: 1, clause: 'art_4__para_1__item_3', statedIn: '第3条'}],
    overrides: [{document: 0, article: 'art_2', caption: '利用期間', by: 'art_5', basis: 'subject'}],
    ranks: [['本約款'], ['アオバ約款']],
    names: [
      {name: '基本約款', documents: [0]},
      {name: 'オプション規程', documents: [1]},
      {name: 'アオバ約款', documents: [0, 1]}
    ],
    dangling: [{document: 1, kind: 'name', text: 'ルータ貸出オプション', clause: 'art_4__para_2'}]
  },
  {
    name: 'wakaba (titles in 『』, これらを総称して, a statute-style three-column table, ranges excluded, 齟齬)',
    reseller: 'corpus/wakaba-hikari/2026-04-01.md',
    upstreams: ['corpus/upstream-aoba/aoba-kihon.md', 'corpus/upstream-aoba/aoba-option.md'],
    rows: [
      ['アオバネット株式会社', 'ワカバ通信合同会社', 4],
      ['アオバ光サービス', 'ワカバ光', 6],
      ['１年間', '２年間', 1],
      ['アオバ会員サイト', 'ワカバ 申込みページ', 1],
      ['アオバ光回線サービス', 'ワカバ光回線', 0]
    ],
    unmatched: {upstream: 'アオバ光回線サービス', nearest: 'アオバ光サービス', distance: 2, document: 0},
    exclusions: [
      {document: 0, clause: 'art_3', statedIn: '第3条第1項'},
      {document: 0, clause: 'art_4', statedIn: '第3条第1項'},
      {document: 0, clause: 'art_5', statedIn: '第3条第1項'},
      {document: 1, clause: 'art_4__para_1__item_2', statedIn: '第3条第2項'},
      {document: 1, clause: 'art_4__para_1__item_3', statedIn: '第3条第2項'},
      {document: 1, clause: 'art_4__para_1__item_4', statedIn: '第3条第2項'}
    ],
    overrides: [{document: 0, article: 'art_4', caption: '料金の支払', by: 'art_4', basis: 'caption'}],
    ranks: [['本規約'], ['提供元約款']],
    names: [{name: '提供元約款', documents: [0, 1]}],
    dangling: [{document: 1, kind: 'name', text: 'ルータ貸出オプション', clause: 'art_4__para_2'}]
  }
]

describe.each(pairs)('$name', (pair) => {
  const doc: EffectiveDocument = buildEffective(source(pair.reseller), pair.upstreams.map(source))
  const {report} = doc

  it('counts every row, from the table and from sentences alike', () => {
    expect(report.rows.map((row) => [row.row.upstream, row.row.effective, row.count])).toEqual(pair.rows)
    expect(report.substitutions).toBe(pair.rows.reduce((sum, [, , count]) => sum + count, 0))
  })

  it('reports the row that never matched with its nearest text', () => {
    const row = report.rows.find((r) => r.row.upstream === pair.unmatched.upstream)!
    expect(row.count).toBe(0)
    expect(row.nearest).toMatchObject({text: pair.unmatched.nearest, distance: pair.unmatched.distance, document: pair.unmatched.document})
  })

  it('resolves each exclusion through the names the reseller defines', () => {
    expect(doc.exclusions.map((e) => ({document: e.target?.document, clause: e.target?.clause, statedIn: e.statedIn?.label}))).toEqual(pair.exclusions)
    expect(report.names.map(({name, documents}) => ({name, documents}))).toEqual(pair.names)
  })

  it('reads the precedence and the overriding article', () => {
    expect(doc.precedence).toMatchObject({ranks: pair.ranks, reseller: 0, upstream: 1})
    expect(doc.overrides.map((o) => ({document: o.document, article: o.article, caption: o.caption, by: o.by.article, basis: o.basis}))).toEqual(pair.overrides)
  })

  it('lists what the exclusion leaves behind', () => {
    expect(report.dangling.map(({document, kind, text, clause}) => ({document, kind, text, clause}))).toEqual(pair.dangling)
    const md = renderReportMarkdown(doc, {lang: 'ja'})
    expect(md).toContain('## 適用除外の後に残る記述（要確認）')
    expect(md.split('\n').filter((line) => line.includes('適用除外の') && line.startsWith('- '))).toHaveLength(pair.dangling.length)
  })

  it('changes only matched spans', () => {
    for (const document of doc.documents) {
      let from = 0
      let rebuilt = ''
      for (const s of document.substitutions) {
        rebuilt += document.text.slice(from, s.upstream.start.offset) + s.replacement
        from = s.upstream.end.offset
      }
      expect(rebuilt + document.text.slice(from)).toBe(document.output)
    }
  })
})

describe('the wakaba pair in particular', () => {
  const doc = buildEffective(source(pairs[2].reseller), pairs[2].upstreams.map(source))
  const [kihon, option] = doc.documents

  it('limits a row to the clause its 規定 cell names, and leaves 全般 rows unlimited', () => {
    expect(doc.report.rows.map((report) => report.row.scope)).toEqual([undefined, undefined, {document: '基本約款', clauses: [expect.objectContaining({article: '2'})]}, {document: 'オプション規程', clauses: [expect.objectContaining({article: '2'})]}, undefined])
    expect(option.output).toContain('オプションの申込みは、ワカバ 申込みページから行う')
    expect(option.output).toContain('いつでもオプションを解約することができます')
    expect(option.output).toMatch(/契約者は、アオバ会員サイトから、いつでも/)
    expect(kihon.output).toContain('サービス開始日から２年間とし')
  })

  it('marks the article between the two ends of 第３条から第５条まで excluded, as the ends are', () => {
    const excluded = kihon.marks.filter((mark) => mark.kind === 'excluded').map((mark) => mark.id)
    expect(excluded).toEqual(['art_3', 'art_4', 'art_5'])
    expect(doc.exclusions.map((exclusion) => exclusion.range)).toEqual(['from', 'between', 'to', 'from', 'between', 'to'])
    expect(renderReportMarkdown(doc, {lang: 'ja'})).toContain('オプション規程 第4条(3)（本規約第3条第2項）')
  })
})

describe('the hayate pair in particular', () => {
  const doc = buildEffective(source(pairs[0].reseller), pairs[0].upstreams.map(source))
  const output = doc.documents[0].output

  it('applies the reading limited to 第５条 there only', () => {
    expect(output).toContain('その二箇月前までに、ハヤテ お客様ページから当社に通知する')
    expect(output).toContain('その三十日前までに、ハヤテ お客様ページに掲載して')
    expect(doc.report.rows[4].row).toMatchObject({scope: {document: '提供元約款', clauses: [{article: '5'}]}, sentence: {label: '第2条第2項'}})
    expect(doc.report.rows[4].locations).toEqual([{document: 0, clause: 'art_5__para_1', line: 26, column: 29}])
  })

  it('reads the title through the sentences too', () => {
    expect(doc.documents[0].title).toBe('ハヤテ クラウドPBX サービス契約約款')
  })

  it('labels the overridden article and the exclusion in the effective text', () => {
    const md = renderEffectiveMarkdown(doc, {lang: 'ja', plain: true})
    expect(md).toContain('~~二　通話録音オプション　通話の内容を録音して保存するもの~~ **（適用除外：本約款第3条）**')
    expect(md).toContain('（最低利用期間） **（本約款第５条（最 低 利 用 期 間）が優先して適用されます：本約款第4条）**')
  })
})

let tmp: string
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'yakkan-pairs-'))
})
afterAll(() => {
  rmSync(tmp, {recursive: true, force: true})
})

describe('yakkan rewrite on the new pairs', () => {
  const hayate = ['--reseller', pairs[0].reseller, '--upstream', pairs[0].upstreams[0]]

  it('exits 0 for each pair, with nothing on stderr', async () => {
    for (const pair of pairs) {
      const run = await yakkan(['rewrite', '--reseller', pair.reseller, ...pair.upstreams.flatMap((path) => ['--upstream', path]), '--report', '--format', 'json'])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout.toString('utf8')).rows).toHaveLength(pair.rows.length)
    }
  })

  it('refuses a name it cannot resolve with the sentence and what it tried; writes nothing to -o', async () => {
    const reseller = join(tmp, 'unknown-name.md')
    writeFileSync(reseller, read(pairs[0].reseller).replace('提供元約款第３条第２号の規定は', '旧約款第３条第２号の規定は'))
    const out = join(tmp, 'never.md')
    const run = await yakkan(['rewrite', '--reseller', reseller, '--upstream', pairs[0].upstreams[0], '-o', out])
    expectRefused(run, /「旧約款」に当たる上流の文書がありません.*文：「旧約款第３条第２号の規定は、本サービスには適用しません。」.*「提供元約款」、ソラPBXサービス契約約款（corpus\/upstream-sora\/sora-pbx\.md）/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses a 読替え sentence limited to a document it cannot resolve', async () => {
    const reseller = join(tmp, 'unknown-scope.md')
    writeFileSync(reseller, read(pairs[0].reseller).replace('提供元約款第５条中', '別約款第５条中'))
    expectRefused(await yakkan(['rewrite', '--reseller', reseller, '--upstream', pairs[0].upstreams[0]]), /第2条第2項の読替え文 1番目の読替え: 「別約款」に当たる上流の文書がありません/)
  })

  it('refuses a reseller whose cited reading table is missing', async () => {
    const reseller = join(tmp, 'no-table.md')
    const text = read(pairs[1].reseller)
    writeFileSync(reseller, text.slice(0, text.indexOf('別表　読替表')).replace(/第４条（読替えの追加）\n\n[^\n]+\n/, ''))
    const args = ['--reseller', reseller, ...pairs[1].upstreams.flatMap((path) => ['--upstream', path])]
    expectRefused(await yakkan(['rewrite', ...args]), /本文が示す読替え表が見つかりません（文：「ミドリ回線株式会社（以下「当社」といいます。）は、.*」、第1条）/)
  })

  it('refuses a reseller that incorporates no upstream terms', async () => {
    const reseller = join(tmp, 'alone.md')
    writeFileSync(reseller, '甲サービス規約\n\n第1条（目的）\n\nこの規約は、甲サービスの提供条件を定めます。\n')
    expectRefused(await yakkan(['rewrite', '--reseller', reseller, ...hayate.slice(2)]), /上流の約款を取り込む定め.*含みません/)
  })

  it('warns on stderr and in the report when the reseller truly has no reading', async () => {
    const reseller = join(tmp, 'no-reading.md')
    writeFileSync(reseller, read(pairs[0].reseller).replace(/第２条（読替え）\n\n[^\n]+\n\n[^\n]+\n/, ''))
    const run = await yakkan(['rewrite', '--reseller', reseller, ...hayate.slice(2), '--report'])
    expect(run.code).toBe(0)
    expect(run.stderr.toString()).toMatch(/^yakkan: 警告: .*no-reading\.md には読替え表も読替えの文もありません/)
    expect(run.stdout.toString('utf8')).toContain('## 警告')
  })
})

describe('the writers at size', () => {
  it('write 150,000 substitutions (past where a spread of arguments overflows) without overflowing the stack', () => {
    const path = pairs[0].reseller
    const reseller = {tree: parse(read(path).replace(/\n２　提供元約款第５条中[^\n]+\n/, '\n').replace(/第３条（適用除外）\n\n[^\n]+\n/, '')).tree, path}
    const body = 'ソラ管理画面、'.repeat(150_000)
    const upstream = {tree: parse(`ソラPBXサービス契約約款\n\n（通知）\n第一条　${body}\n`).tree, path: 'big.md'}
    const doc = buildEffective(reseller, [upstream])
    expect(doc.report.substitutions).toBe(150_001)
    const md = renderEffectiveMarkdown(doc, {lang: 'ja'})
    expect(md.match(/^\[\^1-\d+\]: /gm)).toHaveLength(150_001)
    const html = renderEffectiveHtml(doc, {lang: 'ja'})
    expect(html.match(/<mark class="sub"/g)).toHaveLength(150_001)
  })
})

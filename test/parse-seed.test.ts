// Acceptance of issue 2 on the seed: USEN GATE 02 セキュア MX サービス契約約款 (2024年10月30日版).
// Every expected value below was read off the seed itself.
import {beforeAll, describe, expect, test} from 'vitest'
import {ownText, parse, toText} from '../src/parse/index.js'
import type {Document} from '../src/parse/types.js'
import type {VFile} from 'vfile'
import {
  appendicesOf,
  article,
  childrenOfType,
  descendantsOfType,
  idProblems,
  itemsOf,
  lineOf,
  mainArticles,
  messageLines,
  paragraph,
  paragraphsOf,
  positionProblems,
  readSource,
  tablesUnder,
  walk
} from './helpers/clause-tree.js'

const seedPath = 'corpus/usen-gate02-secure-mx/2024-10-30.md'

const captions = [
  'サービスについて',
  '約款の変更',
  '約款の読替え',
  '適用関係',
  '利用契約申込みの方法',
  '利用契約申込みの承諾',
  '料金の支払い義務',
  '申込みの取消し',
  '最低利用期間',
  '契約者が行う利用契約の解除',
  '当社が行う利用契約の解除',
  '本サービスのオプション',
  '不可抗力',
  '損害賠償額',
  '個人情報の取扱い',
  '個人情報の共同利用',
  '個人情報委託',
  '業務委託',
  '反社会的勢力の排除に対する表明保証',
  '準拠法',
  '合意管轄'
]
const paragraphCounts = [1, 1, 1, 2, 1, 4, 2, 1, 2, 2, 4, 1, 2, 2, 1, 1, 1, 1, 2, 1, 1]
/** "article/paragraph" → number of items; every other paragraph has none */
const itemCounts: Record<string, number> = {'6/3': 7, '11/2': 8, '19/2': 6}

let input: string
let tree: Document
let file: VFile

beforeAll(() => {
  input = readSource(new URL(`../${seedPath}`, import.meta.url)).text
  ;({tree, file} = parse(input, {path: seedPath}))
})

describe('the seed parses losslessly', () => {
  test('rebuilding the text from the leaves gives the decoded input exactly', () => {
    expect(toText(tree) === input).toBe(true)
    expect(toText(tree)).toHaveLength(input.length)
  })

  test("every node's offsets slice the input to exactly its text, and line/column agree", () => {
    expect(positionProblems(tree, input)).toEqual([])
  })

  test('every node has an id and no id is used twice', () => {
    expect(idProblems(tree)).toEqual([])
  })
})

describe('document', () => {
  test('meta: version 2024-10-30 and issuer 株式会社USEN ICT Solutions', () => {
    expect(tree.type).toBe('document')
    expect(tree.meta.version).toBe('2024-10-30')
    expect(tree.meta.issuer).toBe('株式会社USEN ICT Solutions')
  })

  test('has no chapters, sections or sub-items', () => {
    expect(descendantsOfType(tree, 'chapter')).toHaveLength(0)
    expect(descendantsOfType(tree, 'section')).toHaveLength(0)
    expect(descendantsOfType(tree, 'subitem')).toHaveLength(0)
  })
})

describe('articles', () => {
  test('21 articles, 第1条 to 第21条, ids art_1 to art_21', () => {
    const articles = mainArticles(tree)
    expect(articles.map((a) => a.num)).toEqual(captions.map((_, i) => String(i + 1)))
    expect(articles.map((a) => a.label)).toEqual(captions.map((_, i) => `第${i + 1}条`))
    expect(articles.map((a) => a.id)).toEqual(captions.map((_, i) => `art_${i + 1}`))
    expect(article(tree, '10').id).toBe('art_10')
  })

  test('captions are read without their brackets', () => {
    expect(mainArticles(tree).map((a) => a.caption)).toEqual(captions)
    expect(article(tree, '10').caption).toBe('契約者が行う利用契約の解除')
  })

  test('each caption leaf keeps its brackets, half-width (第1条–第16条) or full-width (第17条–第21条)', () => {
    mainArticles(tree).forEach((a, i) => {
      const leaves = childrenOfType(a, 'text').filter((t) => t.role === 'caption')
      const brackets = i < 16 ? ['(', ')'] : ['（', '）']
      expect(leaves.map((t) => t.value), `第${i + 1}条`).toEqual([`${brackets[0]}${captions[i]}${brackets[1]}`])
    })
  })

  test('no article is marked deleted', () => {
    expect(mainArticles(tree).filter((a) => a.deleted)).toEqual([])
  })
})

describe('paragraphs', () => {
  test('paragraphs per article: 1,1,1,2,1,4,2,1,2,2,4,1,2,2,1,1,1,1,2,1,1', () => {
    expect(mainArticles(tree).map((a) => paragraphsOf(a).length)).toEqual(paragraphCounts)
  })

  test('the first paragraph is unnumbered (num 1, no label); the others are numbered 2, 3, … as written', () => {
    for (const a of mainArticles(tree)) {
      const paragraphs = paragraphsOf(a)
      expect(paragraphs.map((p) => p.num), `第${a.num}条`).toEqual(paragraphs.map((_, i) => i + 1))
      expect(paragraphs.map((p) => p.label), `第${a.num}条`).toEqual(paragraphs.map((_, i) => (i === 0 ? undefined : String(i + 1))))
      expect(paragraphs.map((p) => p.id), `第${a.num}条`).toEqual(paragraphs.map((_, i) => `art_${a.num}__para_${i + 1}`))
    }
  })

  test('第6条 paragraph 1 holds both 承諾します。 and the ただし sentence after the blank line', () => {
    const text = ownText(paragraph(tree, '6', 1))
    expect(text).toContain('受け付けた順序に従って承諾します。')
    expect(text).toContain('ただし、当社の業務の遂行上支障があるときは、この限りではありません。')
    expect(paragraphsOf(article(tree, '6'))).toHaveLength(4)
  })

  test('第11条 `- 3 前 2 項による解除は…` is paragraph 3, not an item; `- 4` is paragraph 4', () => {
    const third = paragraph(tree, '11', 3)
    expect(third.label).toBe('3')
    expect(ownText(third)).toContain('前 2 項による解除は契約者に対する損害賠償の請求を妨げないものとします。')
    expect(itemsOf(third)).toHaveLength(0)
    expect(ownText(paragraph(tree, '11', 4))).toContain('提供開始予定日の属する月の翌月末を過ぎても')
    const eighth = itemsOf(paragraph(tree, '11', 2)).at(-1)!
    expect(eighth.num).toBe(8)
    expect(ownText(eighth)).not.toContain('前 2 項')
  })

  test('第7条 paragraph 1 keeps `翌月 1 日から` inside its sentence', () => {
    expect(paragraphsOf(article(tree, '7'))).toHaveLength(2)
    expect(ownText(paragraph(tree, '7', 1))).toContain('提供開始日の翌月 1 日から本サービスの提供終了日が属する月の末日まで')
  })
})

describe('items', () => {
  test('第6条第3項 has 7 items, 第11条第2項 8, 第19条第2項 6, and no other paragraph has any', () => {
    const counts: Record<string, number> = {}
    for (const a of mainArticles(tree)) {
      for (const p of paragraphsOf(a)) {
        const n = itemsOf(p).length
        if (n > 0) counts[`${a.num}/${p.num}`] = n
      }
    }
    expect(counts).toEqual(itemCounts)
  })

  test('items are numbered 1… with markers (1)… and ids …__item_N, with or without markdown bullets', () => {
    for (const key of Object.keys(itemCounts)) {
      const [a, p] = key.split('/')
      const items = itemsOf(paragraph(tree, a, Number(p)))
      expect(items.map((i) => i.num), key).toEqual(items.map((_, k) => k + 1))
      expect(items.map((i) => i.marker), key).toEqual(items.map((_, k) => `(${k + 1})`))
      expect(items.map((i) => i.id), key).toEqual(items.map((_, k) => `art_${a}__para_${p}__item_${k + 1}`))
    }
    expect(itemsOf(paragraph(tree, '11', 2))[7].id).toBe('art_11__para_2__item_8')
  })

  test('the fragment `あると当社が判断したとき。` is joined into 第6条第3項(4), with a diagnostic on its line', () => {
    const fourth = itemsOf(paragraph(tree, '6', 3))[3]
    expect(fourth.num).toBe(4)
    expect(ownText(fourth)).toMatch(/怠るおそれがあるとき。\s*あると当社が判断したとき。\s*$/)
    expect(ownText(itemsOf(paragraph(tree, '6', 3))[4])).toMatch(/^\s*利用申込者が、当社の電気通信サービス/)
    const line = lineOf(input, '\nあると当社が判断したとき。') + 1
    const onLine = file.messages.filter((m) => {
      const lines = messageLines(m)
      return lines !== undefined && lines.start <= line && line <= lines.end
    })
    expect(onLine.length, file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).join('\n')).toBeGreaterThan(0)
  })

  test('item (6) of 第6条第3項 keeps its sentence without a full stop, and (7) follows it', () => {
    const items = itemsOf(paragraph(tree, '6', 3))
    expect(ownText(items[5])).toContain('関係していると判明したとき')
    expect(ownText(items[6])).toContain('その他当社の業務の遂行上著しい支障があるとき')
  })
})

describe('tables', () => {
  test('第12条 paragraph 1 holds one table: a header and 12 option rows', () => {
    const holder = paragraph(tree, '12', 1)
    expect(ownText(holder)).toContain('本サービスには、次のオプションサービスがあります。')
    const tables = childrenOfType(holder, 'table')
    expect(tables).toHaveLength(1)
    expect(tablesUnder(article(tree, '12'))).toHaveLength(1)
    const [table] = tables
    expect(table.id.startsWith('art_12__')).toBe(true)
    expect(table.header).toEqual(['', 'オプションサービス名称'])
    expect(table.rows).toHaveLength(12)
    expect(table.rows.map((r) => r[0])).toEqual(Array.from({length: 12}, (_, i) => String(i + 1)))
    expect(table.rows[0]).toEqual(['1', 'セキュアMX アドバンスドアーカイブオプション'])
    expect(table.rows[11]).toEqual(['12', 'セキュアMX メール無害化オプション'])
    const rows = childrenOfType(table, 'tableRow')
    expect(rows.map((r) => r.header)).toEqual([true, ...Array(12).fill(false)])
  })

  test('no table anywhere else in the main provision', () => {
    const holders = mainArticles(tree).filter((a) => tablesUnder(a).length > 0)
    expect(holders.map((a) => a.num)).toEqual(['12'])
  })
})

describe('appendices', () => {
  test('two appendices, 別記 then 別紙, ids annex_1 and annex_2', () => {
    const appendices = appendicesOf(tree)
    expect(appendices.map((a) => a.kind)).toEqual(['別記', '別紙'])
    expect(appendices.map((a) => a.id)).toEqual(['annex_1', 'annex_2'])
    for (const a of appendices) expect(mainArticles(tree)).not.toContain(a)
  })

  test('別記 holds two numbered parts, paragraphs 1 (`1.`) and 2 (`2.`)', () => {
    const [annex] = appendicesOf(tree)
    const parts = childrenOfType(annex, 'paragraph')
    expect(parts.map((p) => p.num)).toEqual([1, 2])
    expect(parts.map((p) => p.label)).toEqual(['1.', '2.'])
    for (const p of parts) expect(p.id.startsWith('annex_1__')).toBe(true)
    expect(toText(parts[0])).toContain('本サービスにおける特定協定事業者約款')
    expect(toText(parts[0])).toContain('個別規程 IIJセキュアMX サービス')
    expect(toText(parts[1])).toContain('料金')
  })

  test('別記 2 joins `…改定することがあり` with `ます。…` across the blank line, with a diagnostic', () => {
    const part = childrenOfType(appendicesOf(tree)[0], 'paragraph')[1]
    expect(ownText(part).replace(/\s/g, '')).toContain('本サービスの料金を改定することがあります。この場合、当社は')
    expect(ownText(part)).toContain('変更後の料金と変更日を通知します。')
    const line = lineOf(input, '\nます。この場合') + 1
    const onLine = file.messages.filter((m) => {
      const lines = messageLines(m)
      return lines !== undefined && lines.start <= line && line <= lines.end
    })
    expect(onLine.length, file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).join('\n')).toBeGreaterThan(0)
  })

  test('別紙【読替え表】 holds 第1表 (num 1, 1 data row) and 第2表 (num 2, 14 data rows)', () => {
    const annex = appendicesOf(tree)[1]
    expect(annex.title).toContain('読替え表')
    const tables = childrenOfType(annex, 'table')
    expect(tables.map((t) => t.num)).toEqual([1, 2])
    expect(tables.map((t) => t.id)).toEqual(['annex_2__table_1', 'annex_2__table_2'])
    expect(tables.map((t) => t.title)).toEqual(['特定協定事業者約款中の表記の読替え', '対象となるサービスの読替え'])
    expect(tables.map((t) => t.rows.length)).toEqual([1, 14])
    expect(tables[0].header).toEqual(['対応する特定協定事業者約款の表記', '当社の提供するサービスにおいて 読替えて適用される表記'])
    expect(tables[0].rows).toEqual([['株式会社インターネットイニシアティブ', '株式会社USEN ICT Solutions']])
    expect(tables[1].header).toEqual(['対応する特定協定事業者サービス', '当社の提供するサービス'])
    expect(tables[1].rows[0]).toEqual(['IIJ セキュア MX サービス', 'USEN GATE 02 セキュア MX サービス'])
    expect(tables[1].rows[13]).toEqual(['IIJ Omnibus サービス', 'USEN GATE 02 Omnibus サービス'])
  })

  test('both `(以下余白)` lines are furniture, not clause text', () => {
    const furniture = [...walk(tree)].filter((n) => n.type === 'text' && n.role === 'furniture' && n.value.includes('(以下余白)'))
    expect(furniture).toHaveLength(2)
    for (const node of walk(tree)) {
      if (node.type === 'paragraph' || node.type === 'item') expect(ownText(node)).not.toContain('以下余白')
    }
  })
})

describe('diagnostics', () => {
  test('the only diagnostics are on the two split sentences (第6条第3項(4) and 別記 2)', () => {
    const expected = [lineOf(input, '\nあると当社が判断したとき。') + 1, lineOf(input, '\nます。この場合') + 1]
    const lines = file.messages.map((m) => messageLines(m)?.start)
    expect(new Set(lines), file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`).join('\n')).toEqual(new Set(expected))
    for (const m of file.messages) expect(typeof m.ruleId === 'string' && m.ruleId.length > 0).toBe(true)
  })

  test('messages are in Japanese by default and in English with lang: en', () => {
    const ja = file.messages.map((m) => m.reason)
    const en = parse(input, {path: seedPath, lang: 'en'}).file.messages.map((m) => m.reason)
    expect(ja.length).toBeGreaterThan(0)
    expect(en).toHaveLength(ja.length)
    for (const reason of ja) expect(reason).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    for (const reason of en) expect(reason).toMatch(/[A-Za-z]{3,}/)
    expect(en).not.toEqual(ja)
  })
})

// The smaller pieces of the rewrite step on their own: the compact view it reads through,
// nearest-text search, --exclude references, the precedence sentence, and document pairing.
import {describe, expect, it} from 'vitest'
import {compactUnit, compactWithMap} from '../src/parse/normalize.js'
import {parse} from '../src/parse/index.js'
import {buildEffective, namesDocument, nearestText} from '../src/rewrite/index.js'
import {parseExcludeOption} from '../src/cli/exclude-option.js'
import {readPrecedence} from '../src/terms/precedence.js'
import {pointFinder} from '../src/parse/lines.js'

describe('the compact view', () => {
  it('drops every kind of space but keeps newlines', () => {
    expect(compactWithMap('Ａ\u2002B\u3000C\tD\u00a0E\nF').text).toBe('ABCDE\nF')
    expect(compactUnit(0x3000)).toBe('')
    expect(compactUnit(0x0a)).toBe('\n')
  })

  it('maps each unit of an expansion back to its one source character', () => {
    const {text, map} = compactWithMap('a㍿b')
    expect(text).toBe('a株式会社b')
    expect(Array.from(map)).toEqual([0, 1, 1, 1, 1, 2, 3])
  })
})

describe('nearest text', () => {
  it('finds the tightest substring with the smallest edit distance', () => {
    const text = '甲は、暗号化オプション及び暗号化プラスオプションを提供します。'
    expect(nearestText('暗号可オプション', text)).toMatchObject({text: '暗号化オプション', distance: 1, start: 3, end: 11})
    expect(nearestText('暗号化 プラス オプション', text)).toMatchObject({text: '暗号化プラスオプション', distance: 0})
  })

  it('gives the source spelling, spaces and widths included', () => {
    expect(nearestText('ABCサービス', '前 ＡＢＣ サービス 後')).toMatchObject({text: 'ＡＢＣ サービス', distance: 0})
    expect(nearestText('abc', '')).toBeUndefined()
  })
})

describe('--exclude references', () => {
  it('reads citations, with or without quotes, and clause ids', () => {
    expect(parseExcludeOption('個別規程第7条(4)')).toMatchObject({document: '個別規程', article: '7', item: 4})
    expect(parseExcludeOption('個別規程「第7条（オプション）(2) 甲オプション」')).toMatchObject({document: '個別規程', article: '7', caption: 'オプション', item: 2, name: '甲オプション'})
    expect(parseExcludeOption('第５条第２項')).toMatchObject({article: '5', paragraph: 2, item: undefined})
    expect(parseExcludeOption('kumo-backup:art_5__para_1__item_6')).toMatchObject({document: 'kumo-backup', article: '5', paragraph: 1, item: 6})
    expect(parseExcludeOption('art_6-2')).toMatchObject({article: '6-2', paragraph: undefined})
  })

  it('refuses what is not a clause', () => {
    expect(() => parseExcludeOption('全部')).toThrow(/条項の指定として読めません/)
  })
})

describe('the precedence sentence', () => {
  const doc = (sentence: string) => parse(`甲サービス規約\n\n第1条（適用関係）\n\n${sentence}\n`).tree

  it('reads ranks in order; ・ joins names of one rank', () => {
    const precedence = readPrecedence(doc('「見積書」・「申込書」、「本規約」及び「提携先約款」の順に優先して適用します。'))
    expect(precedence).toMatchObject({ranks: [['見積書', '申込書'], ['本規約'], ['提携先約款']], reseller: 1, upstream: 2, statedIn: {clause: 'art_1__para_1'}})
  })

  it('reads none when the document states none, and then overrides nothing', () => {
    const reseller = doc('本サービスの条件は、提携先約款によります。')
    expect(readPrecedence(reseller)).toBeUndefined()
    const upstream = parse('提携先約款\n\n第1条（適用関係）\n\n提携先の定めです。\n').tree
    expect(buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}]).overrides).toEqual([])
  })

  it('overrides nothing when the upstream terms rank first', () => {
    const reseller = doc('「提携先約款」、「本規約」の順に優先して適用します。')
    const upstream = parse('提携先約款\n\n第1条（適用関係）\n\n提携先の定めです。\n').tree
    expect(buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}]).overrides).toEqual([])
  })
})

describe('pairing documents of a corpus', () => {
  it('pairs a reseller with the upstream documents whose title words it names', () => {
    const reseller = parse('甲規約\n\n第1条（適用）\n\n「ＡＢＣ クラウド 共通規約」及び「個別規約 ABC保管」を適用します。\n').tree
    const named = parse('ABCクラウド 共通規約\n\n第1条（適用）\n\n本文。\n').tree
    const other = parse('XYZ 共通規約\n\n第1条（適用）\n\n本文。\n').tree
    expect(namesDocument(reseller, named)).toBe(true)
    expect(namesDocument(reseller, other)).toBe(false)
  })
})

describe('pointFinder', () => {
  it('counts lines over LF, CRLF and CR', () => {
    const place = pointFinder('ab\r\ncd\ref\ngh')
    expect(place(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(place(5)).toEqual({line: 2, column: 2, offset: 5})
    expect(place(7)).toEqual({line: 3, column: 1, offset: 7})
    expect(place(11)).toEqual({line: 4, column: 2, offset: 11})
  })
})

describe('the report on a small pair', () => {
  const reseller = parse(
    '甲規約\n\n第1条（適用の順位）\n\n「本規約」、「乙約款」の順に優先して適用します。\n\n別表 読替表\n\n読替え前\t読替え後\n乙データサービス\t甲データサービス\n乙データ\t甲データ\n監査オプション\t甲 監査オプション\n乙ポータル\t甲ポータル\n'
  ).tree
  const upstream = parse('乙約款\n\n第1条（定義）\n\n乙データサービスと乙データと甲監査オプションと監査オプション、甲データサービス。\n').tree
  const {report} = buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}])
  const row = (upstreamName: string) => report.rows.find((r) => r.row.upstream === upstreamName)!

  it('counts replacements, right sides already in place, and names read as part of a longer one', () => {
    expect(report.rows.map((r) => [r.row.upstream, r.count, r.kept])).toEqual([
      ['乙データサービス', 1, 1],
      ['乙データ', 1, 0],
      ['監査オプション', 1, 1],
      ['乙ポータル', 0, 0]
    ])
    expect(row('乙データ').shadowedBy).toEqual([{row: 1, count: 1}])
    expect(row('乙データ').locations).toEqual([{document: 0, clause: 'art_1__para_1', line: 5, column: 10}])
  })

  it('lists static overlaps: a left side inside another, a left side inside a right side', () => {
    expect(report.overlaps).toEqual([
      {rows: [1, 2], kind: 'left-contains'},
      {rows: [3, 3], kind: 'right-contains'}
    ])
  })

  it('suggests nothing for a name with nothing near it', () => {
    expect(row('乙ポータル').nearest).toBeUndefined()
  })
})

describe('nearest text within a limit', () => {
  it('finds the same text as without one, and nothing when every candidate lies beyond it', () => {
    const text = '前置き。甲は、暗号化オプション及び暗号化プラスオプションを提供します。'.repeat(3)
    for (const name of ['暗号可オプション', '暗号化 プラス オプション', '暗号化プラスオプシヨン', '復号オプション']) {
      const free = nearestText(name, text)!
      const limited = nearestText(name, text, free.distance)
      expect(limited).toEqual(free)
      if (free.distance > 0) expect(nearestText(name, text, free.distance - 1)).toBeUndefined()
    }
  })
})

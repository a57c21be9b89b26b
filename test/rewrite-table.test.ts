// Reading tables (読替え表): from a document's 別紙/別表 (tab and pipe tables) and from
// --table files (TSV, CSV, Markdown), with header rows and 項番 columns told apart.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/parse/index.js'
import {readingTableFromFile, readingTableFromTree, RewriteError, type ReadingRow} from '../src/rewrite/index.js'
import {root} from './helpers/cli.js'

const read = (path: string) => readFileSync(join(root, path), 'utf8')
const fixture = (name: string) => join('test/fixtures/rewrite', name)
const pairs = (rows: ReadingRow[]) => rows.map((row) => [row.table, row.row, row.upstream, row.effective])

describe('the seed’s 別紙【読替え表】 (tab-separated, two tables)', () => {
  const table = readingTableFromTree(parse(read('corpus/usen-gate02-secure-mx/2024-10-30.md')).tree)!

  it('has 第1表 with one row and 第2表 with fourteen, headers left out', () => {
    expect(table.rows).toHaveLength(15)
    expect(table.rows.filter((row) => row.table === 1)).toHaveLength(1)
    expect(table.rows.filter((row) => row.table === 2).map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(table.rows.some((row) => /対応する|当社の提供する/.test(row.upstream + row.effective))).toBe(false)
    expect(table.source).toMatch(/^別紙 読替え表/)
  })

  it('reads left as upstream wording and right as effective wording', () => {
    expect(pairs(table.rows).slice(0, 2)).toEqual([
      [1, 1, '株式会社インターネットイニシアティブ', '株式会社USEN ICT Solutions'],
      [2, 1, 'IIJ セキュア MX サービス', 'USEN GATE 02 セキュア MX サービス']
    ])
    expect(pairs(table.rows)[6]).toEqual([2, 6, 'メールリングリストオプション', 'セキュア MX メールリングリストオプション'])
    expect(table.rows.at(-1)).toMatchObject({index: 15, upstream: 'IIJ Omnibus サービス', effective: 'USEN GATE 02 Omnibus サービス'})
  })

  it('does not take the option list of 第12条 (not in an appendix) for a reading table', () => {
    expect(table.rows.some((row) => row.upstream.includes('セキュアMX アドバンスドアーカイブ'))).toBe(false)
  })

  it('gives each row its position in the document', () => {
    expect(table.rows[0].position?.start.line).toBe(read('corpus/usen-gate02-secure-mx/2024-10-30.md').split('\n').indexOf('株式会社インターネットイニシアティブ\t株式会社USEN ICT Solutions') + 1)
  })
})

describe('the example reseller’s 別表 (pipe tables with a 項番 column, full-width numbers)', () => {
  const table = readingTableFromTree(parse(read('corpus/example-reseller/2025-04-01.md')).tree)!

  it('drops the 項番 column and keeps both tables', () => {
    expect(table.rows).toHaveLength(10)
    expect(table.rows.every((row) => !/^[0-9０-９]+$/.test(row.upstream))).toBe(true)
    expect(pairs(table.rows)[1]).toEqual([1, 2, 'ＫＵＭＯ　バックアップ　サービス', 'サンプル データ保全サービス'])
    expect(pairs(table.rows)[8]).toEqual([2, 5, 'テープ搬送オプション', 'データ保全 媒体引渡しオプション'])
  })

  it('reads the same rows from the CSV and Markdown copies given with --table', () => {
    const expected = pairs(table.rows)
    expect(pairs(readingTableFromFile(read(fixture('example-table.csv')), fixture('example-table.csv')).rows)).toEqual(expected)
    expect(pairs(readingTableFromFile(read(fixture('example-table.md')), fixture('example-table.md')).rows)).toEqual(expected)
  })
})

describe('--table files', () => {
  it('tells the columns apart by their headers, whatever their order (TSV)', () => {
    const table = readingTableFromFile(read(fixture('reversed.tsv')), 'reversed.tsv')
    expect(pairs(table.rows)).toEqual([
      [undefined, 1, '甲データサービス', '乙データサービス'],
      [undefined, 2, '甲監査機能', '乙 監査 機能']
    ])
  })

  it('reads quoted CSV cells with commas and doubled quotes', () => {
    const table = readingTableFromFile(read(fixture('quoted.csv')), 'quoted.csv')
    expect(pairs(table.rows)).toEqual([
      [undefined, 1, '甲社, 東京支店', '乙社 "東京" 支店'],
      [undefined, 2, '丙サービス', '丁サービス']
    ])
    expect(table.rows[1].position?.start.line).toBe(3)
  })

  it('refuses a table without two name columns, and a row with an empty side', () => {
    expect(() => readingTableFromFile(read(fixture('one-column.tsv')), 'one-column.tsv')).toThrow(RewriteError)
    expect(() => readingTableFromFile(read(fixture('one-column.tsv')), 'one-column.tsv')).toThrow(/2列/)
    expect(() => readingTableFromFile(read(fixture('empty-right.tsv')), 'empty-right.tsv')).toThrow(/1行目の右欄（読替え後）が空です/)
  })

  it('reads a statute-style table: 読み替える規定 limits a row, 読み替えられる字句 is the upstream side', () => {
    const table = readingTableFromFile(
      ['読み替える規定\t読み替える字句\t読み替えられる字句', '全般\t乙社\t甲社', '甲約款第２条第１項\t二年\t一年', '第3条及び第5条\t乙窓口\t甲窓口'].join('\n'),
      'statute.tsv'
    )
    expect(pairs(table.rows)).toEqual([
      [undefined, 1, '甲社', '乙社'],
      [undefined, 2, '一年', '二年'],
      [undefined, 3, '甲窓口', '乙窓口']
    ])
    expect(table.rows.map((row) => row.scope && {document: row.scope.document, clauses: row.scope.clauses?.map(({article, paragraph}) => [article, paragraph])})).toEqual([
      undefined,
      {document: '甲約款', clauses: [['2', 1]]},
      {document: undefined, clauses: [['3', undefined], ['5', undefined]]}
    ])
  })

  it('takes a column headed by the reseller’s own terms (本約款) as the effective side, whichever side it stands', () => {
    const table = readingTableFromFile(['本約款\t乙約款', '甲社\t乙社', '甲窓口\t乙窓口'].join('\n'), 'own.tsv')
    expect(pairs(table.rows)).toEqual([
      [undefined, 1, '乙社', '甲社'],
      [undefined, 2, '乙窓口', '甲窓口']
    ])
  })

  it('reads 変更後 | 変更前 headers in either order', () => {
    const table = readingTableFromFile(['変更後\t変更前', '甲社\t乙社'].join('\n'), 'changes.tsv')
    expect(pairs(table.rows)).toEqual([[undefined, 1, '乙社', '甲社']])
  })

  it('refuses a 規定 cell that names no clause', () => {
    expect(() => readingTableFromFile(['読み替える規定\t読み替えられる字句\t読み替える字句', '料金表\t甲社\t乙社'].join('\n'), 'statute.tsv')).toThrow(/1行目の規定欄「料金表」を条項として読めません/)
  })

  it('refuses a file with no table at all', () => {
    expect(() => readingTableFromFile('読替えはありません。\n', 'notes.txt')).toThrow(/読替え表が見つかりません/)
  })
})

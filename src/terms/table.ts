// The 読替え表 (reading table) found in the reseller's 別紙/別表, and the rows of tables of
// any shape; tables given as a file are read in table-file.ts, which alone loads remark.
import type {Appendix, Document, Position, Table, TableRow} from '../parse/types.js'
import {findReferences} from '../parse/references.js'
import {RewriteError} from './errors.js'
import {fromReference} from './resolve.js'
import {rowLabel} from './labels.js'
import type {ReadingRow, ReadingTable} from './types.js'

/** A table before its columns are chosen: header cells and data rows. */
export interface RawTable {
  num?: number
  title?: string
  header?: string[]
  rows: Array<{cells: string[]; position?: Position}>
}

const readingWords = /読み?替/
// Words of a header row; data rows are names and do not carry them.
export const headerWords = /表記|名称|読み?替|変更[前後]|置換[前後]|^[旧新]$|対応する|適用される|当社の提供する|項番|番号|^No\.?$|^#$|左欄|右欄|^(?:本|この)(?:約款|規約|規程|契約約款)$|^(?:before|after|upstream|effective)$/i
// A column of row numbers (項番) carries no name.
const numberHeader = /^(?:項番|番号|No\.?|#|)$/i
const numberCell = /^[(（]?[0-9０-９]+[)）.．]?$|^$/
// Which column is which, when the header says so.
// A statute-style table (読み替える規定 | 読み替えられる字句 | 読み替える字句) names the
// replaced words 読み替えられる and the new ones 読み替える.
const leftWords = /読み?替え?前|読み?替えられる|変更前|置換前|対応する|原文|^旧(?:表記)?$|^(?:before|upstream|original)$/i
// A header naming the reseller's own terms (本約款, 本規約における表記) is the effective side too.
const rightWords = /読み?替え?後|読み?替えて|読み?替える(?:字句|語句|文言)|変更後|置換後|^新(?:表記)?$|適用される|当社の提供|^(?:本|この)(?:約款|規約|規程|契約約款|サービス)|^(?:after|effective|replacement)$/i
// The column that limits each row to clauses: 読み替える規定, 対象条項, 該当箇所.
const scopeWords = /規定|条項|該当箇所|対象箇所|^(?:section|clause|provision)s?$/i
// A scope cell that limits nothing: the row applies throughout.
const everywhere = /^(?:全般|全体|全部|全文|全条|各条|共通|すべて|全て|[-－―ー—‐]|)$/
export const tableHead = /^第[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)[ \t\u3000]*表[ \t\u3000]*(.*)$/

/** The reading table of a reseller's document: the tables of its 別紙/別表 about 読替え. */
export function readingTableFromTree(tree: Document): ReadingTable | undefined {
  const appendices = tree.children.filter((node): node is Appendix => node.type === 'appendix' && (node.kind === '別紙' || node.kind === '別表'))
  const tables: Array<{table: Table; appendix: Appendix}> = []
  for (const appendix of appendices) {
    for (const node of appendix.children) if (node.type === 'table') tables.push({table: node, appendix})
  }
  const titled = tables.filter(({table, appendix}) => readingWords.test(appendix.title ?? '') || readingWords.test(table.title ?? ''))
  const chosen = titled.length > 0 ? titled : tables.filter(({table}) => (table.header ?? []).some((cell) => readingWords.test(cell)))
  if (chosen.length === 0) return undefined
  const raw = chosen.map(({table}): RawTable => ({
    num: table.num,
    title: table.title,
    header: table.header,
    rows: table.children.filter((row): row is TableRow => row.type === 'tableRow' && !row.header).map((row) => ({cells: row.cells, position: row.position}))
  }))
  const {appendix} = chosen[0]
  return {rows: rowsFromTables(raw, false), source: `${appendix.kind}${appendix.title ? ` ${appendix.title}` : ''}（${appendix.id}）`}
}

/** Rows of every table; `strict` refuses a table without two name columns instead of skipping it. */
export function rowsFromTables(tables: RawTable[], strict: boolean): ReadingRow[] {
  const rows: ReadingRow[] = []
  const numbered = tables.length > 1
  tables.forEach((table, ordinal) => {
    const columns = chooseColumns(table)
    if (!columns) {
      if (strict) throw noColumns(table)
      return
    }
    let row = 0
    for (const {cells, position} of table.rows) {
      const upstream = (cells[columns.left] ?? '').trim()
      const effective = (cells[columns.right] ?? '').trim()
      if (upstream === '' && effective === '') continue
      row++
      const entry: ReadingRow = {index: rows.length + 1, table: table.num ?? (numbered ? ordinal + 1 : undefined), row, upstream, effective, position}
      if (upstream === '' || effective === '') throw emptySide(entry)
      if (columns.scope !== undefined) {
        const scope = scopeCell((cells[columns.scope] ?? '').trim(), entry)
        if (scope) entry.scope = scope
      }
      rows.push(entry)
    }
  })
  return rows
}

function chooseColumns(table: RawTable): {left: number; right: number; scope?: number} | undefined {
  const width = table.rows.reduce((most, row) => Math.max(most, row.cells.length), table.header?.length ?? 0)
  const head = (column: number) => (table.header?.[column] ?? '').trim()
  const isScope = (column: number) => scopeWords.test(head(column)) && !leftWords.test(head(column)) && !rightWords.test(head(column))
  const names: number[] = []
  let scope: number | undefined
  for (let column = 0; column < width; column++) {
    const numbers = table.rows.every((row) => numberCell.test((row.cells[column] ?? '').trim()))
    if (numbers && numberHeader.test(head(column))) continue
    if (scope === undefined && isScope(column)) scope = column
    else names.push(column)
  }
  if (names.length < 2) return undefined
  const left = names.find((column) => leftWords.test(head(column)) && !rightWords.test(head(column)))
  const right = names.find((column) => rightWords.test(head(column)) && column !== left)
  const pair =
    left !== undefined && right !== undefined
      ? {left, right}
      : left !== undefined
        ? {left, right: names.find((column) => column !== left)!}
        : right !== undefined
          ? {left: names.find((column) => column !== right)!, right}
          : {left: names[0], right: names[1]}
  return scope === undefined ? pair : {...pair, scope}
}

/** The clauses a 規定 cell limits its row to (第5条, 基本約款第2条第1項, 第3条及び第4条); none for 全般. */
function scopeCell(cell: string, row: ReadingRow): ReadingRow['scope'] {
  if (everywhere.test(cell)) return undefined
  const references = findReferences(cell).filter((reference) => reference.path.some((step) => step.level === 'article'))
  if (references.length === 0) {
    throw new RewriteError('table', {
      ja: `読替え表の${rowLabel(row, 'ja')}の規定欄「${cell}」を条項として読めません（第5条、第2条第1項、全般 のように書いてください）`,
      en: `the reading table's ${rowLabel(row, 'en')} has a provision cell “${cell}” that names no clause (write 第5条, 第2条第1項 or 全般)`
    })
  }
  const document = references.find((reference) => reference.document !== undefined)?.document
  return {...(document !== undefined && {document}), clauses: references.map(fromReference)}
}

function noColumns(table: RawTable): RewriteError {
  const name = table.num === undefined ? '' : `第${table.num}表`
  return new RewriteError('table', {
    ja: `読替え表${name}に読替え前と読替え後の2列が見つかりません`,
    en: `reading table ${name} does not have two columns (upstream and effective wording)`
  })
}

function emptySide(row: ReadingRow): RewriteError {
  return new RewriteError('table', {
    ja: `読替え表の${rowLabel(row, 'ja')}の${row.upstream === '' ? '左欄（読替え前）' : '右欄（読替え後）'}が空です`,
    en: `the reading table's ${rowLabel(row, 'en')} has an empty ${row.upstream === '' ? 'left (upstream)' : 'right (effective)'} side`
  })
}

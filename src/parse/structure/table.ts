// Tables: which rows are headers, and which lines inside an open table are rows.
import {tableRow} from '../classify/table-row.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Table, TableRow} from '../types.js'

export type TableRowShape = Extract<Shape, {kind: 'tableRow'}>

export interface OpenTable {
  node: Table
  rows: TableRow[]
  /** rows above a `|---|` separator */
  headerRows: number
}

/** Inside a table, a line with tabs is a row even when it starts like a heading (第五条第二項\t…). */
export function rowInOpenTable(line: Line, shape: Exclude<Shape, {kind: 'blank'}>): TableRowShape | undefined {
  return line.text.includes('\t') ? (tableRow(line.text, shape.contentStart) as TableRowShape | undefined) : undefined
}

const headerWords = /表記|名称|項目|内容|種類|項番|番号|区分|備考|対応する|読替|当社の提供する|^No\.?$|^#$/i

/** A first row of column names: over a number column, or with words that name columns. */
export function looksLikeHeader(rows: TableRow[]): boolean {
  const [first, ...rest] = rows
  const numeric = (cell: string | undefined) => cell !== undefined && /^[0-9０-９]+$/.test(cell.trim())
  if (first.cells[0] === '' && rest.every((row) => numeric(row.cells[0]))) return true
  return first.cells.some((cell) => headerWords.test(cell.trim())) && !numeric(first.cells[0])
}

/** Header rows are those above a separator, or a first row that reads as column names; rows get their ids. */
export function finishTable(table: OpenTable): void {
  let headerRows = table.headerRows
  if (headerRows === 0 && table.rows.length >= 2 && looksLikeHeader(table.rows)) headerRows = 1
  table.rows.forEach((row, i) => {
    row.header = i < headerRows
    row.id = row.header ? `${table.node.id}__header${i === 0 ? '' : `_${i + 1}`}` : `${table.node.id}__row_${i - headerRows + 1}`
  })
  if (headerRows > 0) table.node.header = table.rows[0].cells
  table.node.rows = table.rows.slice(headerRows).map((row) => row.cells)
}

// Tables: which rows are headers, and which lines inside an open table are rows.
import {tableRow} from '../classify/table-row.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Appendix, Item, Paragraph, Subitem, Table, TableRow} from '../types.js'
import {pendingSpan, type LeafWriter} from './emit.js'

export type TableRowShape = Extract<Shape, {kind: 'tableRow'}>

export interface OpenTable {
  node: Table
  rows: TableRow[]
  /** rows above a `|---|` separator */
  headerRows: number
  /** a separator has followed a row: in a grid drawn with a rule under every row, only the first marks the header */
  ruled?: boolean
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

/** A new table at the end of `parent`, numbered by its title or by its place among the parent's tables. */
export function newTable(parent: Paragraph | Item | Subitem | Appendix, num: number | undefined, writer: LeafWriter): OpenTable {
  const ordinal = parent.children.filter((c) => c.type === 'table').length + 1
  const node: Table = {type: 'table', id: writer.childId(parent, `table_${num ?? ordinal}`), num, rows: [], children: [], position: pendingSpan}
  parent.children.push(node)
  return {node, rows: [], headerRows: 0}
}

/** A row line: a `|---|` separator marks the rows above it as headers; any other line adds a row of cells. */
export function addRow(table: OpenTable, line: Line, shape: TableRowShape, writer: LeafWriter): void {
  if (shape.separator) {
    if (!table.ruled && table.rows.length > 0) {
      table.headerRows = table.rows.length
      table.ruled = true
    }
    writer.emitLine(table.node, line, line.start + shape.contentStart, line.end, 'layout')
    return
  }
  const row: TableRow = {type: 'tableRow', id: '', header: false, cells: [], children: [], position: pendingSpan}
  table.node.children.push(row)
  table.rows.push(row)
  let at = line.start
  for (const cell of shape.cells) {
    writer.emit(row, at, line.start + cell.start, 'layout')
    writer.emit(row, line.start + cell.start, line.start + cell.end, 'cell')
    row.cells.push(line.text.slice(cell.start, cell.end))
    at = line.start + cell.end
  }
  writer.emit(row, at, line.next, 'layout')
}

/**
 * A line without cell separators right under a row continues that row's last cell
 * (statute tables wrap a cell as `イ 損失補償の見積額…`), unless it reads as a statute
 * paragraph or item (number, then a full-width space).
 */
export function continuesTable(table: OpenTable | undefined, prevBlank: boolean, line: Line, shape: Shape): boolean {
  if (!table || prevBlank || table.rows.length === 0) return false
  // only while the row is the last thing in the table: a footer after it ends the row
  const children = table.node.children
  if (children[children.length - 1] !== table.rows[table.rows.length - 1]) return false
  if (shape.kind === 'body') return true
  return shape.kind === 'numbered' && line.text[shape.marker.end] !== '\u3000'
}

/** Appends a continuation line to the last cell of the last row. */
export function extendCell(table: OpenTable, line: Line, contentStart: number, writer: LeafWriter): void {
  const row = table.rows[table.rows.length - 1]
  const end = line.start + line.text.trimEnd().length
  writer.emitLine(row, line, line.start + contentStart, end, 'cell')
  const last = row.cells.length - 1
  row.cells[last] = `${row.cells[last]}\n${writer.text.slice(line.start + contentStart, end)}`
}

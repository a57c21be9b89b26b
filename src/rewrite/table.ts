// The 読替え表 (reading table): found in the reseller's 別紙/別表, or given as a file
// (TSV, CSV or Markdown). Tables of any of these shapes become one list of rows.
import type {Root, RootContent, Table as MdTable} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readNumeral} from '../parse/normalize.js'
import type {Appendix, Document, Position, Table, TableRow} from '../parse/types.js'
import {RewriteError} from './errors.js'
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
const headerWords = /表記|名称|読み?替|対応する|適用される|当社の提供する|項番|番号|^No\.?$|^#$|左欄|右欄|^(?:before|after|upstream|effective)$/i
// A column of row numbers (項番) carries no name.
const numberHeader = /^(?:項番|番号|No\.?|#|)$/i
const numberCell = /^[(（]?[0-9０-９]+[)）.．]?$|^$/
// Which column is which, when the header says so.
const leftWords = /読み?替え?前|対応する|原文|^(?:before|upstream|original)$/i
const rightWords = /読み?替え?後|読み?替えて|適用される|当社の提供|^(?:after|effective|replacement)$/i
const tableHead = /^第[ \t\u3000]*([0-9０-９]+|[一二三四五六七八九十]+)[ \t\u3000]*表[ \t\u3000]*(.*)$/

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

export type TableFormat = 'tsv' | 'csv' | 'md'

/** The format of a --table file, from its extension or else its look. */
export function tableFormat(path: string, text: string): TableFormat {
  if (/\.(md|markdown)$/i.test(path)) return 'md'
  if (/\.csv$/i.test(path)) return 'csv'
  if (/\.(tsv|tab)$/i.test(path)) return 'tsv'
  if (/^\s*\|/m.test(text)) return 'md'
  return text.includes('\t') ? 'tsv' : 'csv'
}

/** A reading table given as a file; refuses a file in which no table of two name columns is found. */
export function readingTableFromFile(text: string, path: string): ReadingTable {
  const format = tableFormat(path, text)
  const raw = format === 'md' ? markdownTables(text) : delimitedTables(text, format)
  const rows = rowsFromTables(raw, true)
  if (rows.length === 0) {
    throw new RewriteError('table', {
      ja: `${path}: 読替え表が見つかりません（読替え前と読替え後の2列の表を TSV・CSV・Markdown で書いてください）`,
      en: `${path}: no reading table found (write a table of two columns, upstream and effective wording, as TSV, CSV or Markdown)`
    })
  }
  return {rows, source: path}
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
      rows.push(entry)
    }
  })
  return rows
}

function chooseColumns(table: RawTable): {left: number; right: number} | undefined {
  const width = Math.max(table.header?.length ?? 0, ...table.rows.map((row) => row.cells.length))
  const names: number[] = []
  for (let column = 0; column < width; column++) {
    const head = (table.header?.[column] ?? '').trim()
    const numbers = table.rows.every((row) => numberCell.test((row.cells[column] ?? '').trim()))
    if (numbers && numberHeader.test(head)) continue
    names.push(column)
  }
  if (names.length < 2) return undefined
  const head = (column: number) => (table.header?.[column] ?? '').trim()
  const left = names.find((column) => leftWords.test(head(column)) && !rightWords.test(head(column)))
  const right = names.find((column) => rightWords.test(head(column)) && column !== left)
  if (left !== undefined && right !== undefined) return {left, right}
  if (left !== undefined) return {left, right: names.find((column) => column !== left)!}
  if (right !== undefined) return {left: names.find((column) => column !== right)!, right}
  return {left: names[0], right: names[1]}
}

/** GFM tables; a heading or paragraph `第N表 …` before one names it. */
function markdownTables(text: string): RawTable[] {
  const root = unified().use(remarkParse).use(remarkGfm).parse(text) as Root
  const tables: RawTable[] = []
  let label: {num?: number; title?: string} = {}
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'table') {
        tables.push(markdownTable(node, label))
        label = {}
      } else if (node.type === 'heading' || node.type === 'paragraph') {
        const head = tableHead.exec(toString(node).trim())
        if (head) label = {num: readNumeral(head[1]), title: head[2].trim() || undefined}
      } else if ('children' in node) {
        visit(node.children as RootContent[])
      }
    }
  }
  visit(root.children)
  return tables
}

function markdownTable(node: MdTable, label: {num?: number; title?: string}): RawTable {
  const [head, ...body] = node.children
  return {
    ...label,
    header: head.children.map((cell) => toString(cell).trim()),
    rows: body.map((row) => ({cells: row.children.map((cell) => toString(cell).trim()), position: row.position as Position | undefined}))
  }
}

/**
 * Tab- or comma-separated rows. A line `第N表 …` starts a named table and a blank line ends
 * one; leading rows with header words are the header.
 */
function delimitedTables(text: string, format: 'tsv' | 'csv'): RawTable[] {
  const records = format === 'csv' ? csvRecords(text) : tsvRecords(text)
  const tables: RawTable[] = []
  let current: RawTable | undefined
  for (const record of records) {
    const cells = record.cells.map((cell) => cell.trim())
    const filled = cells.filter((cell) => cell !== '')
    if (filled.length === 0) {
      current = undefined
      continue
    }
    const head = filled.length === 1 ? tableHead.exec(filled[0]) : null
    if (head) {
      current = {num: readNumeral(head[1]), title: head[2].trim() || undefined, rows: []}
      tables.push(current)
      continue
    }
    if (!current) {
      current = {rows: []}
      tables.push(current)
    }
    if (current.rows.length === 0 && current.header === undefined && cells.some((cell) => headerWords.test(cell))) {
      current.header = cells
      continue
    }
    current.rows.push({cells, position: record.position})
  }
  return tables.filter((table) => table.rows.length > 0)
}

interface RecordAt {
  cells: string[]
  position: Position
}

function tsvRecords(text: string): RecordAt[] {
  const records: RecordAt[] = []
  let offset = 0
  const lines = text.split(/(?<=\n)/)
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r?\n$|\r$/, '').replace(/^\uFEFF/, '')
    records.push({cells: line.split('\t'), position: span(index + 1, offset, line.length)})
    offset += raw.length
  })
  return records
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and newlines. */
function csvRecords(text: string): RecordAt[] {
  const records: RecordAt[] = []
  const source = text.replace(/^\uFEFF/, '')
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let startLine = 1
  let startOffset = 0
  const finish = (end: number) => {
    cells.push(cell)
    records.push({cells, position: {start: {line: startLine, column: 1, offset: startOffset}, end: {line, column: 1, offset: end}}})
    cells = []
    cell = ''
  }
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') {
        quoted = false
      } else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true
      cell = ''
    } else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      finish(i)
      if (ch === '\r' && source[i + 1] === '\n') i++
      line++
      startLine = line
      startOffset = i + 1
    } else {
      cell += ch
    }
  }
  if (cell !== '' || cells.length > 0) finish(source.length)
  return records
}

function span(line: number, offset: number, length: number): Position {
  return {start: {line, column: 1, offset}, end: {line, column: length + 1, offset: offset + length}}
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

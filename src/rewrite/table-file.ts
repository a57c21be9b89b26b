// A 読替え表 given with --table: TSV, CSV or Markdown (GFM tables through remark).
import type {Root, RootContent, Table as MdTable} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readNumeral} from '../parse/normalize.js'
import type {Position} from '../parse/types.js'
import {RewriteError} from '../terms/errors.js'
import {headerWords, rowsFromTables, tableHead, type RawTable} from '../terms/table.js'
import type {ReadingTable} from '../terms/types.js'

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


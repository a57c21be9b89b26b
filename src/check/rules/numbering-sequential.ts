// numbering-sequential: 条, 項 and 号 run 1, 2, 3 … without gaps, repeats or steps back, and
// so do the row numbers of a numbered table. The parser already judges clause numbering
// while it builds the tree (it must, to tell a new paragraph from a wrapped line), so its
// diagnostics are taken over rather than computed a second time; table rows are checked here.
import {visit} from 'unist-util-visit'
import {parseMessage, type ParseRuleId} from '../../parse/messages.js'
import {readNumeral} from '../../parse/normalize.js'
import type {Point, Position, Table} from '../../parse/types.js'
import type {Report, Rule} from '../types.js'
import {dataRows} from '../../parse/tree.js'

const numberingIds = new Set<string>(['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-unreadable'])

export const numberingSequential: Rule = {
  id: 'numbering-sequential',
  severity: 'error',
  description: {
    ja: '条・項・号と表の行番号が飛び・重複・逆順なく続くこと',
    en: 'articles, paragraphs, items and numbered table rows run on without gaps, repeats or steps back'
  },
  check({tree, file}) {
    const reports: Report[] = []
    for (const message of file.messages) {
      if (!message.ruleId || !numberingIds.has(message.ruleId) || !message.place) continue
      // The parser wrote the message in the language it was asked for.
      reports.push({message: {ja: message.reason, en: message.reason}, position: toPosition(message.place)})
    }
    visit(tree, 'table', (table) => {
      reports.push(...tableRows(table))
    })
    return reports
  }
}

/** A table whose first column numbers its rows (1, 2, 3 …). */
function tableRows(table: Table): Report[] {
  const rows = dataRows(table)
  const numbers = rows.map((row) => (/^[0-9０-９]+$/.test(row.cells[0]?.trim() ?? '') ? readNumeral(row.cells[0]) : undefined))
  if (rows.length < 2 || numbers.some((n) => n === undefined) || numbers[0] !== 1) return []
  const reports: Report[] = []
  for (let i = 1; i < rows.length; i++) {
    const previous = numbers[i - 1]!
    const found = numbers[i]!
    if (found === previous + 1) continue
    const id: ParseRuleId = found === previous ? 'numbering-duplicate' : found < previous ? 'numbering-order' : 'numbering-gap'
    const args = {what: 'tableRow' as const, expected: String(previous), found: String(found)}
    reports.push({message: {ja: parseMessage(id, 'ja', args), en: parseMessage(id, 'en', args)}, position: rows[i].position, clause: rows[i].id})
  }
  return reports
}

function toPosition(place: Point | Position): Position {
  return 'start' in place ? place : {start: place, end: place}
}

// numbering-sequential: 条, 項 and 号 run 1, 2, 3 … without gaps, repeats or steps back, and
// so do the row numbers of a numbered table. The parser already judges clause numbering
// while it builds the tree (it must, to tell a new paragraph from a wrapped line), so its
// diagnostics are taken over rather than computed a second time; table rows are checked here.
import {parseMessage, type MessageArgs, type ParseRuleId} from '../../parse/messages.js'
import {readNumeral} from '../../parse/normalize.js'
import type {Parent, Table, TableRow} from '../../parse/types.js'
import {findingSource} from '../findings.js'
import type {Rule} from '../types.js'
import {ancestorsOf, dataRows} from '../../parse/tree.js'

// numbered-as-text: a numbered line that fits no sequence ((1) then (3)), which the parser had to read as text
const numberingIds = new Set<string>(['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-unreadable', 'numbered-as-text'])

const ruleId = 'numbering-sequential'

export const numberingSequential: Rule = {
  id: ruleId,
  severity: 'error',
  description: {
    ja: '条・項・号と表の行番号が飛び・重複・逆順なく続くこと',
    en: 'articles, paragraphs, items and numbered table rows run on without gaps, repeats or steps back'
  },
  check({tree, file, lang}) {
    // The parser's own messages, already in the language asked for, filed again under this rule.
    for (const message of file.messages.filter((m) => m.ruleId !== undefined && numberingIds.has(m.ruleId) && m.place)) {
      file.message(message.reason, {place: message.place, ruleId, source: findingSource})
    }
    // A loop, not unist-util-visit: over a whole tree visit's per-node cost doubles the check time (npm run bench -- check).
    const walk = (node: Parent) => {
      if (node.type === 'table') {
        for (const row of misnumberedRows(node)) {
          file.message(parseMessage(row.id, lang, row.args), {place: row.node.position, ruleId, source: findingSource, ancestors: ancestorsOf(tree, row.node.id)})
        }
      }
      for (const child of node.children) if (child.type !== 'text') walk(child)
    }
    walk(tree)
  }
}

/** The rows of a table whose first column numbers its rows (1, 2, 3 …) that break the run. */
function misnumberedRows(table: Table): Array<{node: TableRow; id: ParseRuleId; args: MessageArgs}> {
  const rows = dataRows(table)
  const numbers = rows.map((row) => (/^[0-9０-９]+$/.test(row.cells[0]?.trim() ?? '') ? readNumeral(row.cells[0]) : undefined))
  if (rows.length < 2 || numbers.some((n) => n === undefined) || numbers[0] !== 1) return []
  const out: Array<{node: TableRow; id: ParseRuleId; args: MessageArgs}> = []
  for (let i = 1; i < rows.length; i++) {
    const previous = numbers[i - 1]!
    const found = numbers[i]!
    if (found === previous + 1) continue
    const id: ParseRuleId = found === previous ? 'numbering-duplicate' : found < previous ? 'numbering-order' : 'numbering-gap'
    out.push({node: rows[i], id, args: {what: 'tableRow', expected: String(previous), found: String(found)}})
  }
  return out
}

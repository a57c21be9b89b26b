// How rows and clauses are named in messages for people.
import type {Lang} from '../parse/messages.js'
import {articleLabel} from '../parse/normalize.js'
import type {ClauseReference, ReadingRow} from './types.js'

export type {Lang}

/** 第2表 5行目 / table 2, row 5 (just 5行目 / row 5 for an unnumbered table); 第2条第1項の読替え文 2番目 for a sentence. */
export function rowLabel(row: ReadingRow, lang: Lang): string {
  if (row.sentence) return lang === 'ja' ? `${row.sentence.label}の読替え文 ${row.row}番目` : `${row.sentence.label} sentence, reading ${row.row}`
  if (lang === 'ja') return `${row.table === undefined ? '' : `第${row.table}表 `}${row.row}行目`
  return `${row.table === undefined ? '' : `table ${row.table}, `}row ${row.row}`
}

/** A reference as a clause citation: 個別規程 第7条（オプション）(3) 甲オプション */
export function clauseReferenceLabel(reference: ClauseReference): string {
  // a whole document (オプション規程は適用しません) is cited by its name alone; a 同号 no clause stood before, as written
  if (reference.article === '') return reference.document === undefined ? reference.raw : /^同/.test(reference.raw) ? `${reference.document} ${reference.raw}` : reference.document
  let label = articleLabel(reference.article)
  if (reference.caption) label += `（${reference.caption}）`
  if (reference.paragraph !== undefined && (reference.item === undefined || reference.paragraph !== 1)) label += `第${reference.paragraph}項`
  if (reference.item !== undefined) label += `(${reference.item})`
  if (reference.name) label += ` ${reference.name}`
  return reference.document ? `${reference.document} ${label}` : label
}

/** 第2表 5行目「A」→「B」 */
export function rowSummary(row: ReadingRow, lang: Lang): string {
  return `${rowLabel(row, lang)}「${row.upstream}」→「${row.effective}」`
}

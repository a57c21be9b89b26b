// The data the reading of a terms document produces (reading-table rows, exclusions, precedence)
// and the rewrite step hands to the writers.
import type {Position} from '../parse/types.js'

/** One row of a 読替え表 (reading table): the upstream wording and what it is read as. */
export interface ReadingRow {
  /** 1-based position among all rows, in table order */
  index: number
  /** 第2表 → 2; absent when the rows come from one unnumbered table */
  table?: number
  /** 1-based data row within its table (header rows not counted) */
  row: number
  /** the upstream wording, as written in the table (左欄) */
  upstream: string
  /** the reseller's wording that replaces it (右欄) */
  effective: string
  /** where the row stands in the reseller's document or the --table file */
  position?: Position
  /** for a row read from a 読替え sentence (「A」とあるのは「B」と読み替える): that sentence */
  sentence?: {clause: string; label: string; text: string}
  /**
   * What the row is limited to: a document (a name as the reseller writes it) and/or clauses
   * of it — X約款第5条中… in a sentence, or the 読み替える規定 column of a statute-style table.
   * No document: the clauses of whichever upstream has them.
   */
  scope?: {document?: string; clauses?: ClauseReference[]}
}

/** A 読替え表: its rows and where they were read from. */
export interface ReadingTable {
  rows: ReadingRow[]
  /** a file path for --table, or the id of the reseller's appendix */
  source: string
}

/** A point in a text: 1-based line and column, 0-based offset (UTF-16 units). */
export interface Place {
  line: number
  column: number
  offset: number
}

/** A span of a text, end exclusive. */
export interface PlaceRange {
  start: Place
  end: Place
}

/** One replaced span: which row, what stood there, where it was and where it is now. */
export interface Substitution {
  /** the row's index among all rows (ReadingRow.index) */
  row: number
  /** the row as the table numbers it: 第2表 → table 2, its 5th data row → tableRow 5 */
  table?: number
  tableRow: number
  original: string
  replacement: string
  upstream: PlaceRange
  output: PlaceRange
  /** the deepest clause holding the span (art_3__para_1__item_2), when the tree is known */
  clause?: string
}

/** A reference to an upstream clause, as the reseller or --exclude wrote it. */
export interface ClauseReference {
  /** the text as written: 個別規程「第3条（目的）(1)」 */
  raw: string
  /** the upstream document named (個別規程, 一般規程, …); absent when none is named */
  document?: string
  article: string
  caption?: string
  paragraph?: number
  item?: number
  /** the option name quoted after the item number: 甲オプション */
  name?: string
}

/** An exclusion (適用除外) as stated, and what it resolved to. */
export interface Exclusion {
  reference: ClauseReference
  /** where the reseller states it: 第4条第2項; absent for --exclude */
  statedIn?: {clause: string; label: string; position?: Position; sentence?: string}
  /** the upstream document (index into the upstream list) and clause id it resolved to (the root's for a whole document) */
  target?: {document: number; clause: string; text: string}
  /** why it did not resolve */
  problem?: {ja: string; en: string}
  /** one end of a range (第3条から第5条まで), or a clause between its ends */
  range?: 'from' | 'to' | 'between'
  /**
   * The whole document, no clause of it (オプション規程は、本サービスには適用しません): the
   * reference names only the document, and the target (when it is among the upstream
   * documents given) is the document's root. Without a target it names a document not given.
   */
  whole?: true
  /** a whole-document exclusion whose name reads as a document only if an upstream given has it (甲SLA) */
  onlyIfGiven?: true
}

/** An upstream article that the reseller's article with the same caption overrides. */
export interface Override {
  document: number
  article: string
  label: string
  caption: string
  /** `caption`: the reseller's article has the same caption; `subject`: it says 「…第2条の規定にかかわらず」 */
  basis: 'caption' | 'subject'
  by: {article: string; label: string}
  /** the reseller's clause that states the precedence (第4条) */
  rule?: {clause: string; label: string}
}

/** The precedence the reseller states: ranks from highest, each one or more names. */
export interface Precedence {
  ranks: string[][]
  /** which rank is the reseller's own terms and which the upstream terms */
  reseller?: number
  upstream?: number
  statedIn?: {clause: string; label: string}
}

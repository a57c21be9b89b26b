// The clause tree: a unist tree whose leaves (`text`) hold every character of the
// decoded source exactly once, so the source can be rebuilt from it byte for byte.
import type {Position} from 'unist'

export type {Point, Position} from 'unist'

/** What a leaf's characters are, so consumers can take the sentence text without markers or layout. */
export type TextRole =
  | 'num' // a clause's number as written: 第1条, 2, ②, (1), 一, イ, 1.
  | 'caption' // an article caption with its brackets: (サービスについて), （目的）
  | 'title' // the title of a document, chapter, section, appendix or table
  | 'body' // sentence text of a clause
  | 'cell' // the text of one table cell
  | 'layout' // newlines, blank lines, indentation, markdown bullets, cell separators
  | 'furniture' // page footers, (以下余白), tables of contents, link-only lines
  | 'aside' // beside the clauses: blockquote summaries, HTML comments and raw HTML; never read for references

export interface Text {
  type: 'text'
  value: string
  role: TextRole
  position: Position
}

interface Base {
  /** Akoma Ntoso eId style: art_10, art_6-2, art_11__para_2__item_8, annex_2__table_2 */
  id: string
  position: Position
}

export interface DocumentMeta {
  title?: string
  /** ISO date, from 2024年10月30日版 / 令和3年3月1日現在 and the like */
  version?: string
  issuer?: string
}

export interface Document extends Base {
  type: 'document'
  meta: DocumentMeta
  children: Array<Chapter | Section | Article | Appendix | Paragraph | Table | Text>
}

/** 章 */
export interface Chapter extends Base {
  type: 'chapter'
  /** normalised number: "1", "2-2" for 第二章の二 */
  num: string
  label: string
  title?: string
  children: Array<Section | Article | Text>
}

/** 節 */
export interface Section extends Base {
  type: 'section'
  num: string
  label: string
  title?: string
  children: Array<Article | Text>
}

/** 条 */
export interface Article extends Base {
  type: 'article'
  /** normalised number: "10", "6-2" for 第6条の2 / 第六条の二 */
  num: string
  /** the number as written: 第 10 条, 第百三条の二 */
  label: string
  /** without brackets: 契約者が行う利用契約の解除 */
  caption?: string
  /** the last number of a range head: 第十五条から第二十一条まで 削除 → "21" */
  numEnd?: string
  /** 削除 articles */
  deleted?: boolean
  /** a heading provision without a number (### 本規約の目的): `num` is then its ordinal among such provisions, prefixed "u" */
  unnumbered?: boolean
  /** how the number is written when not 第N条: a numbered heading (`## 1. …`, a section) or a list entry's ordinal (`1. **（…）**`) */
  numbering?: 'section' | 'ordinal'
  children: Array<Paragraph | Text>
}

/** 項 — the first is unnumbered in the source and still has num 1 */
export interface Paragraph extends Base {
  type: 'paragraph'
  num: number
  /** the number as written (2, ２, ②, 1.); absent for an unnumbered first paragraph */
  label?: string
  children: Array<Item | Table | Text>
}

/** 号 */
export interface Item extends Base {
  type: 'item'
  num: number
  /** as written: (1) （１） 一 ① 1. */
  marker: string
  /** 三の二 → 2 */
  branch?: number
  children: Array<Subitem | Table | Text>
}

/** イ ロ ハ / ア イ ウ / (a) / (i) / (1) under 一 */
export interface Subitem extends Base {
  type: 'subitem'
  num: number
  marker: string
  /** 1 directly under an item, 2 under a subitem, … */
  depth: number
  branch?: number
  children: Array<Subitem | Table | Text>
}

export interface Table extends Base {
  type: 'table'
  /** 第2表 → 2 */
  num?: number
  /** 対象となるサービスの読替え */
  title?: string
  /** header cells, when the first row is a header */
  header?: string[]
  /** data rows (header excluded), each cell trimmed */
  rows: string[][]
  children: Array<TableRow | Text>
}

export interface TableRow extends Base {
  type: 'tableRow'
  header: boolean
  cells: string[]
  children: Text[]
}

export type AppendixKind = '別記' | '別紙' | '別表' | '附則' | '様式' | 'コメント' // コメント: commentary on the provisions, after them

/** 別記 / 別紙 / 別表 / 附則 / 様式, and a commentary part (コメント・解説) */
export interface Appendix extends Base {
  type: 'appendix'
  kind: AppendixKind
  num?: number
  /** 別表第1の2 → num 1, branch 2 */
  branch?: number
  title?: string
  children: Array<Article | Paragraph | Table | Text>
}

export type Clause = Article | Paragraph | Item | Subitem
export type Parent = Document | Chapter | Section | Article | Paragraph | Item | Subitem | Table | TableRow | Appendix
export type Node = Parent | Text

/** A parsed document and the file it was read from: an upstream document, a reseller's terms. */
export interface ParsedDocument {
  tree: Document
  /** as given on the command line (or 標準入力); a reference may name the document by its file name */
  path: string
}

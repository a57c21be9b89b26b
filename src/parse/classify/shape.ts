// What one source line looks like, before context decides what it is.
import type {AppendixKind} from '../types.js'

/** A span of the line, as offsets into the line's own text. */
export interface Span {
  start: number
  end: number
}

/** A numbering series of 項/号/sub-items; the builder keeps one per level. */
export type Series =
  | 'digit' // 2 / ２ — paragraphs
  | 'circled' // ② — paragraphs in old statutes, items in 約款
  | 'dot' // 1. — parts of an appendix, or items
  | 'paren' // (1) （１） ⑴
  | 'halfparen' // 1)
  | 'kanji' // 一 二 — statute items
  | 'paren-kanji' // (一)
  | 'iroha' // イ ロ ハ
  | 'aiueo' // ア イ ウ
  | 'paren-iroha' // (イ)
  | 'paren-aiueo' // (ア)
  | 'latin' // (a) a.
  | 'roman' // (i)

export interface Candidate {
  series: Series
  num: number
  /** 三の二 → 2 */
  branch?: number
}

interface Common {
  /** where the content starts after indentation and markdown prefixes (`- `, `## `) */
  contentStart: number
}

export type Shape =
  | {kind: 'blank'}
  | ({kind: 'furniture'; why: 'footer' | 'header' | 'end-mark' | 'separator' | 'toc' | 'toc-head'} & Common)
  | ({kind: 'appendix'; appendixKind: AppendixKind; num?: number; branch?: number; head: Span; title?: Span} & Common)
  | ({kind: 'division'; level: 'part' | 'chapter' | 'section' | 'subsection' | 'division'; num: string; head: Span; title?: Span} & Common)
  | ({kind: 'tableTitle'; num: number; head: Span; title?: Span} & Common)
  | ({
      kind: 'article'
      /** undefined when the number cannot be read (第一9条) */
      num: string | undefined
      numEnd?: string
      head: Span
      caption?: Span
      body?: Span
      /** how the number is written: 第N条 (default), a numbered heading (`## 1. …`), a list entry whose ordinal is the number, or none */
      numbering?: 'section' | 'ordinal'
      /** the Markdown heading level it was written at */
      level?: number
    } & Common)
  | ({kind: 'heading'; level: number; title: Span} & Common)
  | ({kind: 'aside'} & Common)
  | ({kind: 'caption'; caption: Span} & Common)
  | ({kind: 'tableRow'; cells: Span[]; separator: boolean} & Common)
  | ({kind: 'numbered'; marker: Span; candidates: Candidate[]; body?: Span} & Common)
  | ({kind: 'body'} & Common)

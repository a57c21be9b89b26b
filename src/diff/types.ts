// The result of comparing two versions of a document: the aligned clause pairs, the
// token edits of each changed sentence, and every change classified with a severity.
import type {Position} from '../parse/types.js'

export type ChangeSeverity = 'high' | 'medium' | 'low'

export const severities: ChangeSeverity[] = ['high', 'medium', 'low']

/** Ranks severities so that sorting puts high first. */
export const severityRank: Record<ChangeSeverity, number> = {high: 0, medium: 1, low: 2}

/**
 * - numeric: numbers, periods, deadlines, amounts, dates, percentages
 * - party: who bears a duty or right (当事者)
 * - modality: obligation, permission, prohibition, effort, exemption, negation (義務・権利)
 * - scope: 一切 / すべて / のみ / 限り / を除き / ただし
 * - structure: a clause added, removed, moved, split or merged
 * - reference: a citation changed (retargeted with a renumbering, or pointing elsewhere)
 * - renumbering: a clause's number changed and nothing else (繰下げ・繰上げ)
 * - wording: any other change of words
 * - editorial: width, spacing, okurigana, kana/kanji, ヶ/か, punctuation (表記)
 * - rename: one word replaced by another throughout the document (当社 → 運営会社), reported once
 */
export type ChangeKind = 'numeric' | 'party' | 'modality' | 'scope' | 'structure' | 'reference' | 'renumbering' | 'wording' | 'editorial' | 'rename'

/**
 * Whom a change favours, read from what it does to each side's duties and rights:
 * - favours-customer: 契約者・利用者 gain (a duty of theirs gone, a provider's exemption narrowed…)
 * - favours-provider: against the customer (不利益変更: a new fee, a longer notice, a new ground for termination…)
 * - neutral: no right or duty moves (editorial, renumbering, a rename)
 * - unclear: substantive, but no rule can tell (for a person to read)
 */
export type Direction = 'favours-customer' | 'favours-provider' | 'neutral' | 'unclear'

export const directions: Direction[] = ['favours-provider', 'unclear', 'favours-customer', 'neutral']

/** Text for people in both languages; the renderers pick one. */
export interface Label {
  ja: string
  en: string
}

/** One side of a change: the clause it is in and the words that changed there. */
export interface ChangeSide {
  /** id of the smallest clause holding the change (art_6__para_3__item_7) */
  id: string
  /** the clause as people cite it: 第6条第3項第7号 */
  clause: Label
  /** the changed words, in order; empty for a side that only has a position */
  words: string[]
  /** source positions of the changed words (or of the whole clause for structure changes) */
  positions: Position[]
}

export interface Change {
  kind: ChangeKind
  severity: ChangeSeverity
  label: Label
  /** whom the change favours, and why (for review: not legal advice) */
  direction: Direction
  reason: Label
  /** the direction rule that gave the verdict (src/diff/direction/rules), absent when none did */
  directionRule?: string
  old?: ChangeSide
  new?: ChangeSide
  /** a rename: every place the word was replaced, old and new */
  places?: Array<{old: ChangeSide; new: ChangeSide}>
}

/** What happened to a clause between the versions. */
export type PairStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'moved' | 'split' | 'merged'

export type ClauseType = 'article' | 'paragraph' | 'item' | 'subitem' | 'table' | 'tableRow' | 'appendix' | 'preamble'

/** A clause of one version as the diff sees it. */
export interface ClauseRef {
  id: string
  type: ClauseType
  /** the number as written (第10条, 2, (7), 8) or the appendix kind */
  label: string
  /** normalised number for comparing: "10", "6-2", "7"; empty when the clause has none */
  num: string
  caption?: string
  position: Position
}

export type EditOp = 'equal' | 'removed' | 'added'

/** A run of tokens; offsets are into the source text of the side(s) it belongs to. */
export interface TokenEdit {
  op: EditOp
  text: string
  old?: {start: number; end: number}
  new?: {start: number; end: number}
}

export type SentenceStatus = 'unchanged' | 'changed' | 'rewritten' | 'added' | 'removed'

export interface SentenceSide {
  text: string
  /** offsets of the sentence's first and last character in the source (end exclusive) */
  start: number
  end: number
  /** the changed parts, as offsets into `text` (what a 新旧対照表 underlines) */
  changed: Array<{from: number; to: number}>
}

export interface SentencePair {
  status: SentenceStatus
  old?: SentenceSide
  new?: SentenceSide
  /** token runs of a changed pair; a rewritten pair is one removed and one added run */
  edits: TokenEdit[]
}

export interface ClausePair {
  status: PairStatus
  /** the number changed (with or without other changes) */
  renumbered: boolean
  /** one clause on each side, except for split (one old, several new) and merged (the reverse) */
  old: ClauseRef[]
  new: ClauseRef[]
  /** the clause's own sentences (or a table row's cells), aligned */
  sentences: SentencePair[]
  /** paragraphs, items, subitems, tables and rows, aligned */
  children: ClausePair[]
  /** changes found at this clause, its sentences included, its children not */
  changes: Change[]
  /** true when this clause, its sentences and all below it are unchanged (renumbering aside) */
  same: boolean
}

/** Every change at the pairs and below them, highest severity first, then in document order. */
export function changesWithin(pairs: ClausePair[]): Change[] {
  const changes: Change[] = []
  const collect = (pair: ClausePair) => {
    changes.push(...pair.changes)
    pair.children.forEach(collect)
  }
  pairs.forEach(collect)
  return changes.sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
}

export interface VersionInfo {
  path?: string
  title?: string
  version?: string
}

export interface DiffStats {
  /** milliseconds spent creating the tokenizer in this call (0 when it already existed or was not needed) */
  tokenizerLoadMs: number
  /** sentence pairs tokenized */
  tokenizedPairs: number
}

export interface DiffResult {
  old: VersionInfo
  new: VersionInfo
  /** top-level pairs: articles, appendices and text before the first article */
  pairs: ClausePair[]
  /** every change, highest severity first, then in document order */
  changes: Change[]
  summary: Record<ChangeSeverity, number>
  /** changes by direction */
  directions: Record<Direction, number>
  stats: DiffStats
}

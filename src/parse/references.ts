// Cross-references (参照): 第10条（…）, 前2項, 同条第2項, 別紙読替え表, 個別規程「第3条（利用資格）(1)」.
// One Reference per place cited; ranges and lists become several references tied by `series`.
// check resolves and judges them, diff tells a renumbered reference from a changed one,
// rewrite reads the external ones as exclusions.
import type {AppendixKind, Position} from './types.js'

export {findReferences} from './references/scan.js'
export {collectReferences} from './references/collect.js'
export {resolveReference, traceReference, type RelativeReason, type Resolution, type ResolveProblem} from './references/resolve.js'
export {clauseTexts, leafPoint, pointIn, type ClauseText} from './references/texts.js'

/**
 * - absolute: 第10条, 第2項 (within the citing article), 第6条第3項(4)
 * - relative: 前条, 次項, 本条, 同項, 前2項, 前各号, 各号 — read from where they stand
 * - appendix: 別記, 別紙, 別表第1, 附則 (and what lies under them: 附則第2条)
 * - external: a place in another document (個別規程「第3条」, 民法第90条); never resolved in this one
 */
export type ReferenceKind = 'absolute' | 'relative' | 'appendix' | 'external'

export type StepLevel = 'appendix' | 'article' | 'paragraph' | 'item'

/** 前 (previous), 次 (next), 本 (this one), 同 (the one just cited) */
export type Relation = 'previous' | 'next' | 'this' | 'same'

/** One level of a reference path: 第6条 → {level: 'article', num: '6'}; 前2項 → {level: 'paragraph', rel: 'previous', count: 2}. */
export interface Step {
  level: StepLevel
  /** the number, normalised: "10", "6-2" for 第6条の2, "3" for 第三項 or (3); absent for relative steps and 別紙 without a number */
  num?: string
  rel?: Relation
  /** how many: 前2項 → 2; 前各項, 前各号 and 各号 → 'all'; absent for one */
  count?: number | 'all'
  /** for appendix steps: 別記 / 別紙 / 別表 / 附則 */
  appendix?: AppendixKind
  /** for appendix steps: a title given with it (別紙読替え表 → 読替え表) */
  title?: string
  /** for appendix steps: a caption in brackets after its number (別表第1（料金表）), which must be the appendix's title */
  caption?: string
  /** taken over from the previous member of a list or range (第3条第1項又は第2項: 第2項 carries 第3条) */
  carried?: boolean
  /** where the step's number stands (offsets, as the reference's), for renumbering; absent when carried */
  span?: {start: number; end: number}
}

/**
 * A part of one provision: its proviso (ただし書, the sentence opening ただし), the text before
 * it (本文), its first or second sentence (前段 / 後段), or the text that leads its items
 * (各号列記以外の部分, 柱書). `text` is the word as written.
 */
export interface ProvisionPart {
  kind: 'proviso' | 'main' | 'former' | 'latter' | 'lead'
  text: string
}

/** The place a 同条/同項/同号 points back to: the path of the reference before it (with 同 already replaced) and where that one stood. */
export interface Antecedent {
  path: Step[]
  source?: string
}

export interface Reference {
  kind: ReferenceKind
  /** the reference as written (layout between lines removed), quoted caption included */
  raw: string
  /** offsets are UTF-16 units; from collectReferences, line and column are those of the document */
  position: Position
  /** what is cited, outermost first; a path that starts below article level is read inside the citing clause */
  path: Step[]
  /** the caption quoted with an article: 第19条（反社会的勢力の排除に対する表明保証） → 反社会的勢力の排除に対する表明保証 */
  caption?: string
  /** a name quoted after an item in a citation: 「第7条（…）(2) アーカイブオプション」 → アーカイブオプション */
  name?: string
  /** external references: the document named (個別規程, 特定協定事業者約款, 民法) */
  document?: string
  /** members of one range (from/to) or list (member) share an id */
  series?: {id: number; role: 'from' | 'to' | 'member'}
  /** the part of the cited provision named after it: 第5条第2項ただし書, 前項後段 */
  part?: ProvisionPart
  /** for 同条 / 同項 / 同号: what 同 stands for; absent when nothing was cited before */
  antecedent?: Antecedent
  /** id of the clause whose text holds the reference (collectReferences only) */
  source?: string
  /** id of the clause the reference is read from when that is not its source: in a commentary part, the article its 第N条関係 heading names */
  context?: string
}

// Classifying the changes of a sentence pair. The marks of both sides are compared as
// multisets (what the sentence obliges, permits, counts, names and cites); each difference
// is one finding. Edits that no changed mark explains are editorial (表記), minor wording
// (particles and the like), or a change of wording.
import {editorialKey, editorialKind, type EditorialKind} from './editorial.js'
import {editorialNames, joinLabels, measureNames, modalityNames} from './labels.js'
import {findMarks, type CitationSpan, type SentenceMark, type MarkCategory, type Measure, type Modality} from './marks.js'
import type {Token} from './tokenizer.js'
import type {Hunk, TokenDiff} from './tokens.js'
import type {ChangeKind, Label, ChangeSeverity} from './types.js'

export interface ClassifiedEdit {
  kind: ChangeKind
  severity: ChangeSeverity
  label: Label
  oldWords: string[]
  newWords: string[]
  /** offsets into each side's sentence */
  oldSpans: Array<[number, number]>
  newSpans: Array<[number, number]>
}

const severityOf: Record<Exclude<MarkCategory, 'reference'>, ChangeSeverity> = {
  modality: 'high',
  numeric: 'high',
  party: 'high',
  scope: 'medium'
}

/** The findings of a changed sentence pair, given its token diff and the citations on each side. */
export function classifyPair(oldText: string, newText: string, diff: TokenDiff, oldCitations: CitationSpan[] = [], newCitations: CitationSpan[] = []): ClassifiedEdit[] {
  if (editorialKey(oldText) === editorialKey(newText)) {
    const kind = editorialKind(oldText, newText)
    return kind === undefined || kind === 'spacing' ? [] : [editorialFinding([kind], diff.hunks)]
  }
  const oldMarks = findMarks(oldText, oldCitations)
  const newMarks = findMarks(newText, newCitations)
  const findings: ClassifiedEdit[] = []
  const explaining: Array<{side: 'old' | 'new'; mark: SentenceMark}> = []
  for (const category of ['modality', 'numeric', 'party', 'scope'] as const) {
    const olds = oldMarks.filter((m) => m.category === category)
    const news = newMarks.filter((m) => m.category === category)
    const {removed, added} = category === 'party' ? partySurplus(olds, news) : surplus(olds, news)
    if (removed.length + added.length === 0) continue
    for (const mark of oldMarks) if (mark.category === category && removed.some((r) => r.value === mark.value)) explaining.push({side: 'old', mark})
    for (const mark of newMarks) if (mark.category === category && added.some((a) => a.value === mark.value)) explaining.push({side: 'new', mark})
    findings.push(markFinding(category, severityOf[category], labelFor(category, removed, added, oldText, newText), removed, added, oldText, newText))
  }
  findings.push(...citationFindings(oldText, newText, oldMarks, newMarks, diff.hunks, explaining))

  const editorial: EditorialKind[] = []
  const editorialHunks: Hunk[] = []
  const minor: Hunk[] = []
  const wording: Hunk[] = []
  for (const hunk of diff.hunks) {
    if (explains(explaining, hunk)) continue
    const kind = hunkEditorialKind(hunk, oldText, newText)
    if (kind === 'spacing') continue
    if (kind) {
      if (!editorial.includes(kind)) editorial.push(kind)
      editorialHunks.push(hunk)
    } else if (hunk.old.tokens.every(isFunctionWord) && hunk.new.tokens.every(isFunctionWord)) {
      minor.push(hunk)
    } else {
      wording.push(hunk)
    }
  }
  if (wording.length > 0) {
    const label = diff.rewritten ? {ja: '文の書換え', en: 'sentence rewritten'} : {ja: '文言の変更', en: 'wording changed'}
    findings.push(hunkFinding('wording', 'medium', label, wording))
  }
  if (minor.length > 0) findings.push(hunkFinding('wording', 'low', {ja: '語句の整理', en: 'minor wording'}, minor))
  if (editorial.length > 0) findings.push(editorialFinding(editorial, editorialHunks))
  return findings
}

/** How a sentence or clause that exists on one side only weighs: by the marks it holds. */
export function weighLone(text: string): {kind: ChangeKind; severity: ChangeSeverity} {
  const marks = findMarks(text)
  if (marks.some((m) => m.category === 'modality' && m.sort !== 'negation')) return {kind: 'modality', severity: 'high'}
  if (marks.some((m) => m.category === 'numeric')) return {kind: 'numeric', severity: 'high'}
  if (marks.some((m) => m.category === 'scope')) return {kind: 'scope', severity: 'medium'}
  return {kind: 'wording', severity: 'medium'}
}

/** Marks on one side beyond those with the same value on the other. */
function surplus(olds: SentenceMark[], news: SentenceMark[]): {removed: SentenceMark[]; added: SentenceMark[]} {
  const left = [...news]
  const removed: SentenceMark[] = []
  for (const mark of olds) {
    const at = left.findIndex((m) => m.value === mark.value)
    if (at === -1) removed.push(mark)
    else left.splice(at, 1)
  }
  return {removed, added: left}
}

/**
 * Parties by the place they hold: the subject (は, が, も), the addressee (に, へ, に対して) or
 * a thing of theirs (の負担, の判断 …). A party changes when another party takes a place; the
 * same party with another particle (当社が → 当社に, 契約者に → 契約者へ) is no party change.
 */
function partySurplus(olds: SentenceMark[], news: SentenceMark[]): {removed: SentenceMark[]; added: SentenceMark[]} {
  const slotOf = (mark: SentenceMark) => {
    const role = /(に対して|に対し|は|が|も|に|へ|の.+)$/.exec(mark.value)?.[1] ?? ''
    return /^[はがも]$/.test(role) ? 'subject' : /^(?:に|へ|に対して|に対し)$/.test(role) ? 'addressee' : role
  }
  const wordOf = (mark: SentenceMark) => mark.value.replace(/(に対して|に対し|は|が|も|に|へ|の.+)$/, '')
  const removed: SentenceMark[] = []
  const added: SentenceMark[] = []
  for (const slot of new Set([...olds, ...news].map(slotOf))) {
    const inSlot = (marks: SentenceMark[]) => marks.filter((m) => slotOf(m) === slot).map((m) => ({...m, value: wordOf(m)}))
    const diff = surplus(inSlot(olds), inSlot(news))
    if (diff.removed.length === 0 || diff.added.length === 0) continue
    const back = (marks: SentenceMark[], from: SentenceMark[]) => marks.map((m) => from.find((f) => f.from === m.from && f.to === m.to)!)
    removed.push(...back(diff.removed, olds))
    added.push(...back(diff.added, news))
  }
  return {removed, added}
}

function labelFor(category: Exclude<MarkCategory, 'reference'>, removed: SentenceMark[], added: SentenceMark[], oldText: string, newText: string): Label {
  const words = (marks: SentenceMark[], text: string) => marks.map((m) => text.slice(m.from, m.to)).join('、')
  const arrow = (a: string, b: string) => (a && b ? `${a} → ${b}` : a ? `${a} 削除` : `${b} 追加`)
  const arrowEn = (a: string, b: string) => (a && b ? `${a} → ${b}` : a ? `${a} removed` : `${b} added`)
  if (category === 'modality') {
    const names = (marks: SentenceMark[]) => joinLabels([...new Set(marks.map((m) => m.sort as Modality))].map((s) => modalityNames[s]))
    const from = names(removed)
    const to = names(added)
    if (removed.length > 0 && added.length > 0) return {ja: `${from.ja} → ${to.ja}`, en: `${from.en} → ${to.en}`}
    if (added.length > 0) return {ja: `${to.ja}の追加`, en: `${to.en} added`}
    return {ja: `${from.ja}の削除`, en: `${from.en} removed`}
  }
  const a = words(removed, oldText)
  const b = words(added, newText)
  if (category === 'numeric') {
    const measures = joinLabels([...new Set([...removed, ...added].map((m) => m.sort as Measure))].map((s) => measureNames[s]))
    return {ja: `${measures.ja}の変更（${arrow(a, b)}）`, en: `${measures.en} changed (${arrowEn(a, b)})`}
  }
  if (category === 'party') return {ja: `当事者の変更（${arrow(a, b)}）`, en: `party changed (${arrowEn(a, b)})`}
  return {ja: `範囲の変更（${arrow(a, b)}）`, en: `scope changed (${arrowEn(a, b)})`}
}

/** Citations: one that now points elsewhere is a change; one whose number followed a renumbering is editorial. */
function citationFindings(oldText: string, newText: string, oldMarks: SentenceMark[], newMarks: SentenceMark[], hunks: Hunk[], explaining: Array<{side: 'old' | 'new'; mark: SentenceMark}>): ClassifiedEdit[] {
  const olds = oldMarks.filter((m) => m.category === 'reference')
  const news = newMarks.filter((m) => m.category === 'reference')
  const {removed, added} = surplus(olds, news)
  const touched = (side: 'old' | 'new', mark: SentenceMark) => hunks.some((h) => overlaps(h[side], mark))
  // Every citation of the pair accounts for the edits over it, whichever finding is made.
  const explainAll = () => {
    for (const mark of olds) explaining.push({side: 'old', mark})
    for (const mark of news) explaining.push({side: 'new', mark})
  }
  if (removed.length + added.length > 0) {
    explainAll()
    return [markFinding('reference', 'medium', {ja: '参照先の変更', en: 'citation points elsewhere'}, removed, added, oldText, newText)]
  }
  const renumbered = olds.filter((m) => touched('old', m))
  const follow = news.filter((m) => touched('new', m))
  if (renumbered.length + follow.length === 0) return []
  explainAll()
  return [markFinding('reference', 'low', {ja: '参照番号の更新（条項の繰下げ・繰上げに追随）', en: 'citation renumbered with its target'}, renumbered, follow, oldText, newText)]
}

/** A finding whose words are marks: those of the old side and those of the new. */
function markFinding(kind: ChangeKind, severity: ChangeSeverity, label: Label, olds: SentenceMark[], news: SentenceMark[], oldText: string, newText: string): ClassifiedEdit {
  return {
    kind,
    severity,
    label,
    oldWords: olds.map((m) => oldText.slice(m.from, m.to)),
    newWords: news.map((m) => newText.slice(m.from, m.to)),
    oldSpans: olds.map((m) => [m.from, m.to]),
    newSpans: news.map((m) => [m.from, m.to])
  }
}

/**
 * Whether a hunk is editorial, read with a little of the text around it: 支払い → 支払 may
 * be diffed as a lone い, which only reads as okurigana next to 支払. The context is common
 * text, so it cannot make two different words equal.
 */
function hunkEditorialKind(hunk: Hunk, oldText: string, newText: string): EditorialKind | undefined {
  const bare = editorialKind(hunk.old.text, hunk.new.text)
  if (bare) return bare
  const before = Math.min(2, hunk.old.from, hunk.new.from)
  const after = Math.min(2, oldText.length - hunk.old.to, newText.length - hunk.new.to)
  const wide = (text: string, side: {from: number; to: number}) => text.slice(side.from - before, side.to + after)
  return editorialKind(wide(oldText, hunk.old), wide(newText, hunk.new))
}

function overlaps(side: {from: number; to: number}, mark: SentenceMark): boolean {
  if (side.from === side.to) return side.from > mark.from && side.from < mark.to
  return side.from < mark.to && mark.from < side.to
}

function explains(explaining: Array<{side: 'old' | 'new'; mark: SentenceMark}>, hunk: Hunk): boolean {
  return explaining.some(({side, mark}) => overlaps(hunk[side], mark))
}

function hunkFinding(kind: ChangeKind, severity: ChangeSeverity, label: Label, hunks: Hunk[]): ClassifiedEdit {
  const oldHunks = hunks.filter((h) => h.old.text !== '')
  const newHunks = hunks.filter((h) => h.new.text !== '')
  return {
    kind,
    severity,
    label,
    oldWords: oldHunks.map((h) => h.old.text),
    newWords: newHunks.map((h) => h.new.text),
    oldSpans: oldHunks.map((h) => [h.old.from, h.old.to]),
    newSpans: newHunks.map((h) => [h.new.from, h.new.to])
  }
}

function editorialFinding(kinds: EditorialKind[], hunks: Hunk[]): ClassifiedEdit {
  const names = joinLabels(kinds.map((k) => editorialNames[k]))
  return hunkFinding('editorial', 'low', {ja: `表記の変更（${names.ja}）`, en: `editorial (${names.en})`}, hunks)
}

// Particles that limit or bound what they follow carry meaning; the others do not.
const meaningfulParticles = new Set(['のみ', 'だけ', 'まで', 'から', 'より', 'しか', 'ばかり', 'ほか'])
const lightWords = new Set(['とき', 'こと', 'もの', 'ところ', 'ため', 'ある', 'する', 'いる', 'なる', 'れる', 'られる', 'など', '旨'])

/** Particles, auxiliaries, punctuation and light words (とき, こと, ある): changing only these does not move a duty. */
export function isFunctionWord(token: Token): boolean {
  if (token.pos === '記号') return true
  if (token.pos === '助詞') return !meaningfulParticles.has(token.surface)
  if (token.pos === '助動詞') return true
  if (token.pos === '名詞' && token.detail === '非自立') return true
  return lightWords.has(token.basic) || lightWords.has(token.surface)
}

// Comparing two versions: align the clauses, align the sentences of each pair, diff the
// changed sentences on word tokens, and classify every change. The tokenizer is asked for
// only when some sentence pair differs in more than its editorial form.
import {pointFinder} from '../parse/lines.js'
import {toText} from '../parse/text.js'
import type {Document, Point, Position} from '../parse/types.js'
import {classifyPair, weighLone, type ClassifiedEdit} from './classify.js'
import {judge, type Situation, type Unjudged} from './direction/index.js'
import {editorialKey, editorialKind, spaceless} from './editorial.js'
import {clauseWords} from '../parse/clause-words.js'
import {editorialNames} from './labels.js'
import type {CitationSpan} from './marks.js'
import {pairDocuments, type PairNode} from './pairs.js'
import {foldRenames} from './renames.js'
import {carryTarget, citationsOf, citationsWithin, type Citation} from './references.js'
import {ownOf, sentenceRows} from './sentence-rows.js'
import {localOffset, type Sentence} from './sentences.js'
import {kuromojiTokenizer, type Tokenizer} from './tokenizer.js'
import {charDiff, tokenDiff, type TokenDiff} from './tokens.js'
import {topUnits, unitText, type Unit} from './units.js'
import {changesWithin, directions, severityRank, type Change, type ChangeSide, type ClausePair, type ClauseRef, type DiffResult, type Direction, type Label, type SentencePair, type SentenceSide, type TokenEdit, type VersionInfo} from './types.js'

export interface DiffOptions {
  /** a tokenizer to use instead of kuromoji (tests pass a small one) */
  tokenizer?: Tokenizer
  oldPath?: string
  newPath?: string
}

interface Side {
  /** the version's citations, read on first use (only sentences that really changed need them) */
  citations: () => Citation[]
  point: (offset: number) => Point
}

interface Context {
  old: Side
  new: Side
  idMap: Map<string, string>
  tokenizer?: Tokenizer
  tokenizedPairs: number
}

/** What the comparison needs from the two trees, taken before it starts. */
interface Prepared {
  nodes: Array<PairNode | undefined>
  context: Context
  versions: {old: VersionInfo; new: VersionInfo}
  /** the new version's text, where a rename's old word must be gone */
  newText: string
}

/**
 * Compares two clause trees. Everything needed from the trees is taken first; then the
 * top-level pairs are compared one at a time and each is let go once reported, so that the
 * trees (when the caller keeps no reference to them, as the CLI does) are freed clause by
 * clause while the result grows, rather than held beside the whole result.
 */
export function diffDocuments(oldTree: Document, newTree: Document, options: DiffOptions = {}): Promise<DiffResult> {
  let prepared: Prepared
  try {
    prepared = prepare(oldTree, newTree, options)
  } catch (error) {
    return Promise.reject(error)
  }
  return compareAll(prepared)
}

function prepare(oldTree: Document, newTree: Document, options: DiffOptions): Prepared {
  const idMap = new Map<string, string>()
  return {
    nodes: pairDocuments(topUnits(oldTree), topUnits(newTree), idMap),
    context: {old: sideOf(oldTree), new: sideOf(newTree), idMap, tokenizer: options.tokenizer, tokenizedPairs: 0},
    versions: {
      old: {path: options.oldPath, title: oldTree.meta.title, version: oldTree.meta.version},
      new: {path: options.newPath, title: newTree.meta.title, version: newTree.meta.version}
    },
    newText: toText(newTree)
  }
}

async function compareAll({nodes, context, versions, newText}: Prepared): Promise<DiffResult> {
  let tokenizerLoadMs = 0
  const pairs: ClausePair[] = []
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!
    nodes[k] = undefined
    if (!context.tokenizer && needsTokens(node)) {
      const started = performance.now()
      context.tokenizer = await kuromojiTokenizer()
      tokenizerLoadMs = performance.now() - started
    }
    pairs.push(clausePair(node, context))
  }
  const renames = foldRenames(pairs, newText)
  const changes = [...changesWithin(pairs), ...renames].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
  const summary = {high: 0, medium: 0, low: 0}
  for (const change of changes) summary[change.severity]++
  const byDirection = Object.fromEntries(directions.map((d) => [d, 0])) as Record<Direction, number>
  for (const change of changes) byDirection[change.direction]++
  return {
    old: versions.old,
    new: versions.new,
    pairs,
    changes,
    summary,
    directions: byDirection,
    stats: {tokenizerLoadMs, tokenizedPairs: context.tokenizedPairs}
  }
}

/** A version's point finder and citations; the tree is held only until the citations are read. */
function sideOf(tree: Document): Side {
  const point: (offset: number) => Point = pointFinder(toText(tree))
  let source: Document | undefined = tree
  let citations: Citation[] | undefined
  return {
    citations() {
      if (!citations) {
        citations = citationsOf(source!)
        source = undefined
      }
      return citations
    },
    point
  }
}

function needsTokens(node: PairNode): boolean {
  if (node.olds.length > 0 && node.news.length > 0) {
    for (const row of sentenceRows(node)) {
      if (row.old && row.new && editorialKey(row.old.text) !== editorialKey(row.new.text)) return true
    }
  }
  return node.children.some(needsTokens)
}

// ---- building the reported pairs ----

/** The own text of the nearest clause above an item or row, on each side: its lead-in (柱書). */
interface Leads {
  old?: string
  new?: string
}

/** A change with its direction, read in its surroundings. */
function judged(change: Unjudged, where: Omit<Situation, 'change' | 'siblings'> & {siblings?: Unjudged[]} = {}): Change {
  const {kind, severity, label, ...sides} = change
  return {kind, severity, label, ...judge({change, siblings: [], ...where}), ...sides}
}

const listTypes = new Set(['item', 'subitem', 'tableRow', 'table'])

/** `inside` is true below an added or removed clause: the change is reported once, at the top. */
function clausePair(node: PairNode, context: Context, inside = false, leads: Leads = {}): ClausePair {
  const old = node.olds.map((u) => refOf(u))
  const neu = node.news.map((u) => refOf(u))
  const changes: Change[] = []
  const sentences: SentencePair[] = []
  const first = node.olds[0] ?? node.news[0]
  const type = first.type

  if (node.status === 'added' || node.status === 'removed') {
    const unit = first
    if (!inside) {
      const text = unitText(unit)
      const weight = weighLone(text)
      const name = clauseWords[type]
      const added = node.status === 'added'
      const change: Unjudged = {
        kind: 'structure',
        severity: weight.severity === 'high' ? 'high' : 'medium',
        label: added ? {ja: `${name.ja}の新設`, en: `${name.en} added`} : {ja: `${name.ja}の削除`, en: `${name.en} removed`},
        [added ? 'new' : 'old']: sideOfUnit(unit, [excerpt(text)])
      }
      const lead = listTypes.has(type) ? leads[added ? 'new' : 'old'] : undefined
      changes.push(judged(change, {[added ? 'newText' : 'oldText']: text, lead}))
    }
    for (const sentence of ownOf(unit).sentences) {
      const s = wholeSide(sentence)
      sentences.push(node.status === 'added' ? {status: 'added', new: s, edits: []} : {status: 'removed', old: s, edits: []})
    }
    const children = node.children.map((child) => clausePair(child, context, true))
    return {status: node.status, renumbered: false, old, new: neu, sentences, children, changes, same: false}
  }

  const oldUnit = node.olds[0]
  const newUnit = node.news[0]
  if (node.status === 'moved' || node.status === 'split' || node.status === 'merged') {
    const name = clauseWords[type]
    const labels: Record<string, Label> = {
      moved: {ja: `${name.ja}の移動（${oldUnit.name.ja} → ${newUnit.name.ja}）`, en: `${name.en} moved (${oldUnit.name.en} → ${newUnit.name.en})`},
      split: {ja: `${name.ja}の分割（${oldUnit.name.ja} → ${node.news.map((u) => u.name.ja).join('・')}）`, en: `${name.en} split (${oldUnit.name.en} → ${node.news.map((u) => u.name.en).join(', ')})`},
      merged: {ja: `${name.ja}の統合（${node.olds.map((u) => u.name.ja).join('・')} → ${newUnit.name.ja}）`, en: `${name.en}s merged (${node.olds.map((u) => u.name.en).join(', ')} → ${newUnit.name.en})`}
    }
    changes.push(
      judged({
        kind: 'structure',
        severity: 'medium',
        label: labels[node.status],
        old: sideOfUnit(oldUnit, []),
        new: sideOfUnit(newUnit, [])
      })
    )
  }
  if (node.renumbered) {
    changes.push(
      judged({
        kind: 'renumbering',
        severity: 'low',
        label: {ja: `番号の変更（${oldUnit.name.ja} → ${newUnit.name.ja}）`, en: `renumbered (${oldUnit.name.en} → ${newUnit.name.en})`},
        old: sideOfUnit(oldUnit, [oldUnit.label]),
        new: sideOfUnit(newUnit, [newUnit.label])
      })
    )
  }
  if (node.olds.length === 1 && node.news.length === 1) {
    const caption = captionChange(oldUnit, newUnit)
    if (caption) changes.push(judged(caption))
    const rowLeads = {old: listTypes.has(type) ? leads.old : undefined, new: listTypes.has(type) ? leads.new : undefined}
    for (const row of sentenceRows(node)) {
      const pair = sentencePair(row.old, row.new, oldUnit, newUnit, context, rowLeads)
      sentences.push(pair.sentence)
      changes.push(...pair.changes)
    }
  }
  const childLeads = {old: leadOf(oldUnit) ?? leads.old, new: leadOf(newUnit) ?? leads.new}
  const children = node.children.map((child) => clausePair(child, context, false, childLeads))
  const same = changes.every((c) => c.kind === 'renumbering') && children.every((c) => c.same && !c.renumbered)
  const status = node.status === 'unchanged' || node.status === 'changed' ? (changes.some((c) => c.kind !== 'renumbering') || !children.every((c) => c.status === 'unchanged') ? 'changed' : 'unchanged') : node.status
  return {status, renumbered: node.renumbered, old, new: neu, sentences, children, changes, same}
}

/** A clause's own text when it has one: the lead-in of the items and rows below it. */
function leadOf(unit: Unit): string | undefined {
  const text = ownOf(unit).located?.text.trim()
  return text ? text : undefined
}

function captionChange(oldUnit: Unit, newUnit: Unit): Unjudged | undefined {
  const a = oldUnit.caption
  const b = newUnit.caption
  if (a === b || spaceless(a ?? '') === spaceless(b ?? '')) return undefined
  const kind = a !== undefined && b !== undefined ? editorialKind(a, b) : undefined
  const old = sideOfUnit(oldUnit, a === undefined ? [] : [a])
  const neu = sideOfUnit(newUnit, b === undefined ? [] : [b])
  if (kind) {
    const name = editorialNames[kind]
    return {kind: 'editorial', severity: 'low', label: {ja: `見出しの表記の変更（${name.ja}）`, en: `caption: editorial (${name.en})`}, old, new: neu}
  }
  return {kind: 'wording', severity: 'medium', label: {ja: '見出しの変更', en: 'caption changed'}, old, new: neu}
}

const wholeSide = (s: Sentence): SentenceSide => ({text: s.text, start: s.start, end: s.end, changed: [{from: 0, to: s.text.length}]})

function sentencePair(old: Sentence | undefined, neu: Sentence | undefined, oldUnit: Unit, newUnit: Unit, context: Context, leads: Leads): {sentence: SentencePair; changes: Change[]} {
  const sideText = (s: Sentence, changed: Array<{from: number; to: number}> = []): SentenceSide => ({text: s.text, start: s.start, end: s.end, changed})
  // A lone sentence is read beside the rest of its clause (a ただし-sentence limits its neighbour).
  const rest = (unit: Unit, sentence: Sentence) => ownOf(unit).sentences.filter((s) => s !== sentence && s.text !== sentence.text).map((s) => s.text).join('')
  if (old && !neu) {
    const change = judged(loneSentence('removed', old, oldUnit, context.old), {oldText: old.text, context: rest(oldUnit, old), lead: leads.old})
    return {sentence: {status: 'removed', old: wholeSide(old), edits: []}, changes: [change]}
  }
  if (neu && !old) {
    const change = judged(loneSentence('added', neu, newUnit, context.new), {newText: neu.text, context: rest(newUnit, neu), lead: leads.new})
    return {sentence: {status: 'added', new: wholeSide(neu), edits: []}, changes: [change]}
  }
  const a = old!
  const b = neu!
  if (a.text === b.text || spaceless(a.text) === spaceless(b.text)) return {sentence: {status: 'unchanged', old: sideText(a), new: sideText(b), edits: []}, changes: []}
  let diff: TokenDiff
  if (editorialKey(a.text) === editorialKey(b.text)) {
    diff = charDiff(a.text, b.text)
  } else {
    diff = tokenDiff(a.text, b.text, context.tokenizer!)
    context.tokenizedPairs++
  }
  const oldCitations = spansOf(a, context.old.citations(), (c) => carryTarget(c, context.idMap))
  const newCitations = spansOf(b, context.new.citations(), (c) => c.target)
  const findings = classifyPair(a.text, b.text, diff, oldCitations, newCitations)
  const edits: TokenEdit[] = diff.runs.map((run) => ({
    op: run.op,
    text: run.text,
    old: run.old && {start: a.offsets[run.old.from], end: a.offsets[run.old.to]},
    new: run.new && {start: b.offsets[run.new.from], end: b.offsets[run.new.to]}
  }))
  const changed = (side: 'old' | 'new') => diff.runs.flatMap((run) => (run.op !== 'equal' && run[side] ? [run[side]] : []))
  const sentence: SentencePair = {status: diff.rewritten ? 'rewritten' : 'changed', old: sideText(a, changed('old')), new: sideText(b, changed('new')), edits}
  const drafts = findings.map((f) => changeOf(f, a, b, oldUnit, newUnit, context))
  return {sentence, changes: drafts.map((d) => judged(d, {oldText: a.text, newText: b.text, siblings: drafts.filter((x) => x !== d), lead: leads.new ?? leads.old}))}
}

function spansOf(sentence: Sentence, citations: Citation[], target: (c: Citation) => string): CitationSpan[] {
  return citationsWithin(citations, sentence.start, sentence.end).map((c) => ({
    from: localOffset(sentence, c.start),
    to: localOffset(sentence, c.end),
    target: target(c)
  }))
}

function loneSentence(status: 'added' | 'removed', sentence: Sentence, unit: Unit, side: Side): Unjudged {
  const weight = weighLone(sentence.text)
  const verb = status === 'added' ? {ja: '追加', en: 'added'} : {ja: '削除', en: 'removed'}
  const what: Record<string, Label> = {
    modality: {ja: '義務・権利を定める文', en: 'sentence with a duty or right'},
    numeric: {ja: '数値・期限を含む文', en: 'sentence with numbers or deadlines'},
    scope: {ja: '範囲を定める文', en: 'sentence limiting scope'},
    wording: {ja: '文', en: 'sentence'}
  }
  const noun = what[weight.kind]
  return {
    kind: weight.kind,
    severity: weight.severity,
    label: {ja: `${noun.ja}の${verb.ja}`, en: `${noun.en} ${verb.en}`},
    [status === 'added' ? 'new' : 'old']: {
      id: unit.node.id,
      clause: unit.name,
      words: [sentence.text],
      positions: [position(side, sentence.start, sentence.end)]
    }
  }
}

function changeOf(finding: ClassifiedEdit, a: Sentence, b: Sentence, oldUnit: Unit, newUnit: Unit, context: Context): Unjudged {
  const change: Unjudged = {kind: finding.kind, severity: finding.severity, label: finding.label}
  change.old = {
    id: oldUnit.node.id,
    clause: oldUnit.name,
    words: finding.oldWords,
    positions: finding.oldSpans.map(([from, to]) => position(context.old, a.offsets[from], a.offsets[to]))
  }
  change.new = {
    id: newUnit.node.id,
    clause: newUnit.name,
    words: finding.newWords,
    positions: finding.newSpans.map(([from, to]) => position(context.new, b.offsets[from], b.offsets[to]))
  }
  return change
}

function position(side: Side, start: number, end: number): Position {
  return {start: side.point(start), end: side.point(end)}
}

function sideOfUnit(unit: Unit, words: string[]): ChangeSide {
  return {id: unit.node.id, clause: unit.name, words, positions: [unit.node.position]}
}

function refOf(unit: Unit): ClauseRef {
  const ref: ClauseRef = {id: unit.node.id, type: unit.type, label: unit.label, num: unit.num, position: unit.node.position}
  if (unit.caption !== undefined) ref.caption = unit.caption
  return ref
}

/** The first words of a clause, for naming it in a summary. */
function excerpt(text: string): string {
  const flat = text.replace(/[\s\u3000]+/g, ' ').trim()
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat
}

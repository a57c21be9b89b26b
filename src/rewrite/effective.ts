// The effective terms (実効約款): every upstream document read through the reseller's
// 読替え表, with its exclusions and overridden articles marked. Pure: trees in, a model out;
// the writers in src/render/effective-*.ts turn the model into Markdown, HTML or JSON.
import {toText} from '../parse/text.js'
import type {Document, Parent, ParsedDocument} from '../parse/types.js'
import {resolvedExclusions} from '../terms/exclusions.js'
import {assertResolved, resolveExclusions} from '../terms/resolve.js'
import {applyMatches, compileMatcher, findMatches, outputOffsets, rewriteText, type Matcher, type RowScopes} from '../terms/matcher.js'
import {pointFinder} from '../parse/lines.js'
import {replacementPlaces} from './places.js'
import {findOverrides, findSubjectOverrides, readPrecedence, selfName} from '../terms/precedence.js'
import {buildRowReports, findOverlaps, type Overlap, type RowReport} from './report.js'
import {readingTableFromTree} from '../terms/table.js'
import {clauseFinder, treeIndex} from '../parse/tree.js'
import {findDangling, type Dangling} from '../terms/dangling.js'
import {nameResolver, readDocumentNames, type DocumentName, type NameResolver} from '../terms/document-names.js'
import {RewriteError} from '../terms/errors.js'
import {clauseReferenceLabel, rowLabel} from '../terms/labels.js'
import {namesDocument} from './named.js'
import {readingSentences} from '../terms/reading-sentences.js'
import {quoteSentence, sentencesOf, type Sentence} from '../terms/sentences.js'
import type {ClauseReference, Exclusion, Override, Precedence, ReadingRow, ReadingTable, Substitution} from '../terms/types.js'

export interface RewriteOptions {
  /** a reading table given with --table, used instead of the reseller's 別紙 */
  table?: ReadingTable
  /** more exclusions, from --exclude */
  excludes?: ClauseReference[]
}

/** A span of the output to mark: an excluded clause, an overridden article, or a clause's start (an anchor). */
export interface Mark {
  kind: 'excluded' | 'overridden' | 'anchor'
  /** clause id in the upstream document */
  id: string
  /** the clause's node type (article, paragraph, item, table, tableRow…), for layout */
  type: string
  /** output offsets, end exclusive */
  start: number
  end: number
  /** index into the exclusions or overrides */
  ref?: number
}

export interface EffectiveUpstream {
  path: string
  meta: Document['meta']
  /** the title after 読替え */
  title?: string
  /** the upstream text and the text after 読替え */
  text: string
  output: string
  substitutions: Substitution[]
  marks: Mark[]
}

export interface RewriteReport {
  table?: {source: string; rows: number}
  rows: RowReport[]
  overlaps: Overlap[]
  exclusions: Exclusion[]
  overrides: Override[]
  precedence?: Precedence
  substitutions: number
  /** the document names the reseller defines (以下「X」といいます) and the upstream documents each stands for */
  names: Array<{name: string; documents: number[]; statedIn: string}>
  /** places that still name an excluded item or cite an excluded clause */
  dangling: Dangling[]
  /** what the reader should know though the rewrite went ahead: nothing to substitute */
  warnings: Array<{ja: string; en: string}>
}

export interface EffectiveDocument {
  /** `self`: what the reseller calls its own terms in citations (本約款, 本規約) */
  service: {name?: string; version?: string; issuer?: string; path: string; self: string}
  precedence?: Precedence
  /** for each rank of the precedence, the upstream documents its names stand for (基本規約 → the first, オプション規程 → the second) */
  precedenceDocuments?: number[][]
  documents: EffectiveUpstream[]
  exclusions: Exclusion[]
  overrides: Override[]
  report: RewriteReport
}

export function buildEffective(reseller: ParsedDocument, upstreams: ParsedDocument[], options: RewriteOptions = {}): EffectiveDocument {
  const defined = readDocumentNames(reseller.tree)
  const precedence = readPrecedence(reseller.tree, defined)
  const collective = precedence?.upstream === undefined ? [] : precedence.ranks[precedence.upstream]
  const resolver = nameResolver(upstreams, defined, collective)
  assertIncorporates(reseller, upstreams, defined, precedence)
  const table = readingTable(reseller, options.table)
  const matcher = compileMatcher(table?.rows ?? [])
  const scopes = rowScopes(matcher.rows, upstreams, resolver)
  const extra: Exclusion[] = (options.excludes ?? []).map((reference) => (reference.article === '' ? {reference, whole: true} : {reference}))
  const exclusions = resolvedExclusions(reseller.tree, upstreams, {defined, collective}, extra)
  assertResolved(exclusions)
  const trees = upstreams.map((upstream) => upstream.tree)
  const overrides = mergeOverrides(
    findOverrides(reseller.tree, trees, precedence),
    findSubjectOverrides(reseller.tree, trees, (name) => resolver.resolve(name))
  )
  const rewritten = upstreams.map((upstream, index) => rewriteUpstream(matcher, upstream, index, exclusions, overrides, scopes[index]))
  const rows = buildRowReports(
    matcher,
    rewritten.map((entry, index) => ({tree: upstreams[index].tree, text: entry.document.text, matches: entry.matches, place: entry.place}))
  )
  const documents = rewritten.map((entry) => entry.document)
  const dangling = findDangling(
    rewritten.map((entry, index) => ({tree: upstreams[index].tree, text: entry.document.text, place: entry.place})),
    exclusions,
    (name) => readThrough(matcher, name)
  )
  const self = selfName(precedence, reseller.tree)
  const warnings: RewriteReport['warnings'] = []
  // Articles that share a caption are overridden only where the reseller ranks its terms first; say so when it ranks nothing.
  if (precedence?.reseller === undefined) {
    const unranked = findOverrides(reseller.tree, trees, {ranks: [[], []], reseller: 0, upstream: 1})
    if (unranked.length > 0) {
      const pairs = (lang: 'ja' | 'en') => unranked.map((entry) => `${entry.by.label} / ${upstreams[entry.document].path} ${entry.label}`).join(lang === 'ja' ? '、' : '; ')
      warnings.push({
        ja: `${reseller.path} は${self}と上流の約款の優先順位を定めていないため、同じ見出しの条（${pairs('ja')}）のどちらが優先するかは示していません`,
        en: `${reseller.path} states no precedence between its terms and the upstream terms, so articles sharing a caption (${pairs('en')}) are not marked as overridden`
      })
    }
  }
  if (matcher.rows.length === 0) {
    warnings.push({
      ja: `${reseller.path} には読替え表も読替えの文もありません。上流の約款は読み替えずにそのまま示します`,
      en: `${reseller.path} has neither a reading table nor 読替え sentences; the upstream terms are shown without substitutions`
    })
  }
  return {
    service: {...serviceOf(reseller.tree), path: reseller.path, self},
    precedence,
    precedenceDocuments: precedence?.ranks.map((rank, index) =>
      index === precedence.reseller ? [] : [...new Set(rank.flatMap((name) => resolver.resolve(name) ?? []))].sort((a, b) => a - b)
    ),
    documents,
    exclusions,
    overrides,
    report: {
      table: table && {source: table.source, rows: table.rows.length},
      rows,
      overlaps: findOverlaps(matcher.rows),
      exclusions,
      overrides,
      precedence,
      substitutions: documents.reduce((sum, document) => sum + document.substitutions.length, 0),
      names: defined.map((entry) => ({name: entry.name, documents: resolver.resolve(entry.name) ?? [], statedIn: entry.sentence.label})),
      dangling,
      warnings
    }
  }
}

/**
 * The reading table: --table, else the reseller's 別紙/別表, with the rows of its 読替え
 * sentences after them. Refuses a reseller that says a table applies when none is there.
 */
function readingTable(reseller: ParsedDocument, given: ReadingTable | undefined): ReadingTable | undefined {
  const own = given ?? readingTableFromTree(reseller.tree)
  const sentences = readingSentences(reseller.tree, (own?.rows.length ?? 0) + 1)
  if (!own && sentences.length === 0) {
    const cited = tableCited(reseller.tree)
    if (cited) {
      throw new RewriteError('table', {
        ja: `${reseller.path}: 本文が示す読替え表が見つかりません（文：「${quoteSentence(cited.text)}」、${cited.label}）。別紙・別表に読替え前と読替え後の2列の表を置くか、--table で渡してください`,
        en: `${reseller.path}: the reading table its text cites is missing (sentence: “${quoteSentence(cited.text)}”, ${cited.label}); add a two-column table in the 別紙/別表 or pass one with --table`
      })
    }
    return undefined
  }
  if (sentences.length === 0) return own
  const labels = sentences.map((row) => row.sentence!.label).filter((label, index, all) => all.indexOf(label) === index)
  return {
    rows: [...(own?.rows ?? []), ...sentences],
    source: own ? `${own.source}＋${labels.join('・')}` : labels.join('・')
  }
}

// A sentence that says the upstream terms are read through a table: 別紙読替え表により読み替えて
const citesTable = /(?:別紙|別表|別記|付表)[^。]{0,12}読み?替え?表|読み?替え?表[^。]{0,12}(?:により|による|のとおり|を参照|に定める)/

function tableCited(tree: Document): Sentence | undefined {
  return sentencesOf(tree).find((sentence) => citesTable.test(sentence.text))
}

/** Refuses a reseller whose text incorporates none of the upstream terms: no name for them, no title, no ranking. */
function assertIncorporates(reseller: ParsedDocument, upstreams: ParsedDocument[], defined: DocumentName[], precedence: Precedence | undefined): void {
  if (defined.length > 0 || precedence?.upstream !== undefined) return
  if (upstreams.some((upstream) => namesDocument(reseller.tree, upstream.tree))) return
  throw new RewriteError('upstream', {
    ja: `${reseller.path} は上流の約款を取り込む定め（「…約款」（以下「X」といいます。）を…適用します、など）も、--upstream の文書の表題も含みません。読み替える相手がありません`,
    en: `${reseller.path} incorporates no upstream terms (no 「…約款」（以下「X」といいます。） sentence, no title of the --upstream documents); there is nothing to read through`
  })
}

/**
 * Where each scoped row may apply, per upstream document: inside the clauses it names, in
 * the document it names (or, naming none, in whichever upstream has those clauses).
 * Refuses a scope naming no upstream, or clauses no upstream it may apply to has.
 */
function rowScopes(rows: ReadingRow[], upstreams: ParsedDocument[], resolver: NameResolver): Array<RowScopes | undefined> {
  const scopes = upstreams.map((): RowScopes => new Map())
  const all = upstreams.map((_, index) => index)
  rows.forEach((row, r) => {
    if (!row.scope) return
    const {document, clauses = []} = row.scope
    const documents = document === undefined ? all : resolver.resolve(document)
    if (documents === undefined) {
      const problem = resolver.problem(document!, row.sentence?.text)
      throw new RewriteError('reference', {ja: `${rowLabel(row, 'ja')}の読替え: ${problem.ja}`, en: `${rowLabel(row, 'en')}: ${problem.en}`})
    }
    for (const index of all) if (!documents.includes(index)) scopes[index].set(r, [])
    if (clauses.length === 0) return
    for (const clause of clauses) {
      let problem: Exclusion['problem']
      const found = documents.flatMap((index) => {
        const [resolved] = resolveExclusions([{reference: {...clause, document: undefined}}], [upstreams[index]])
        problem ??= resolved.problem
        return resolved.target ? [{index, id: resolved.target.clause}] : []
      })
      if (found.length === 0) {
        const where = documents.map((index) => upstreams[index].path).join(', ')
        throw new RewriteError('reference', {
          ja: `${rowLabel(row, 'ja')}の読替えが示す「${clauseReferenceLabel(clause)}」が ${where} にありません: ${problem?.ja ?? ''}`,
          en: `${rowLabel(row, 'en')} is limited to “${clauseReferenceLabel(clause)}”, which ${where} does not have: ${problem?.en ?? ''}`
        })
      }
      for (const {index, id} of found) {
        const node = treeIndex(upstreams[index].tree).byId.get(id)!
        scopes[index].set(r, [...(scopes[index].get(r) ?? []), [node.position.start.offset ?? 0, node.position.end.offset ?? 0]])
      }
    }
    for (const index of documents) if (!scopes[index].has(r)) scopes[index].set(r, [])
  })
  return scopes.map((scope) => (scope.size === 0 ? undefined : scope))
}

/** Overrides by caption, then by subject for articles no caption override already names. */
function mergeOverrides(byCaption: Override[], bySubject: Override[]): Override[] {
  return [...byCaption, ...bySubject.filter((override) => !byCaption.some((other) => other.document === override.document && other.article === override.article))]
}

function rewriteUpstream(matcher: Matcher, upstream: ParsedDocument, index: number, exclusions: Exclusion[], overrides: Override[], scopes: RowScopes | undefined) {
  const {tree} = upstream
  const text = toText(tree)
  const {output, matches, replacements} = rewriteText(matcher, text, scopes)
  const from = pointFinder(text)
  const places = replacementPlaces(text, output, replacements, from)
  const clauseAt = clauseFinder(tree)
  const substitutions: Substitution[] = replacements.map((replacement, r) => ({
    row: matcher.rows[replacement.row].index,
    table: matcher.rows[replacement.row].table,
    tableRow: matcher.rows[replacement.row].row,
    original: text.slice(replacement.start, replacement.end),
    replacement: matcher.rows[replacement.row].effective,
    upstream: places[r].upstream,
    output: places[r].output,
    clause: clauseAt(replacement.start)
  }))
  const toOutput = outputOffsets(replacements)
  const marks: Mark[] = []
  const mark = (kind: Mark['kind'], node: Parent, ref?: number) =>
    marks.push({kind, id: node.id, type: node.type, start: toOutput(node.position.start.offset ?? 0), end: toOutput(node.position.end.offset ?? 0), ref})
  exclusions.forEach((exclusion, ref) => {
    if (exclusion.target?.document !== index) return
    const node = treeIndex(tree).byId.get(exclusion.target.clause)
    if (node) mark('excluded', node, ref)
  })
  overrides.forEach((override, ref) => {
    if (override.document !== index) return
    const node = treeIndex(tree).byId.get(override.article)
    if (node) mark('overridden', node, ref)
  })
  eachClause(tree, (node) => mark('anchor', node))
  marks.sort((a, b) => a.start - b.start || b.end - a.end)
  // A title stands outside every clause: rows limited to a clause do not reach it.
  const titleScopes: RowScopes | undefined = scopes && new Map([...scopes.keys()].map((row) => [row, []]))
  const title = tree.meta.title === undefined ? undefined : readThrough(matcher, tree.meta.title, titleScopes)
  return {matches, place: from, document: {path: upstream.path, meta: tree.meta, title, text, output, substitutions, marks}}
}

/** A short text (a title) after 読替え, without the idempotence check a whole document gets. */
function readThrough(matcher: Matcher, text: string, scopes?: RowScopes): string {
  return applyMatches(matcher, text, findMatches(matcher, text, scopes)).output
}

/**
 * Every node below the root, in document order: the tree index holds them by id in the
 * order its walk met them (ids are unique), so no second walk of a large tree is needed.
 * A table row's children are leaves, so nothing below a row is met.
 */
function eachClause(tree: Document, each: (node: Parent) => void): void {
  for (const node of treeIndex(tree).byId.values()) if (node !== tree) each(node)
}

/** The service the reseller's terms are for: the title, else the subject of the line defining 本サービス. */
function serviceOf(tree: Document): {name?: string; version?: string; issuer?: string} {
  const {title, version, issuer} = tree.meta
  return {name: title ?? definedService(toText(tree)), version, issuer}
}

// 〇〇サービスは、…（以下「本サービス」といいます。）
function definedService(text: string): string | undefined {
  const at = text.search(/以下、?「本サービス」/)
  if (at === -1) return undefined
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at)
  const subject = /^[\s\u3000]*(.+?)(?:は、?|とは、?)/.exec(line)?.[1].trim()
  return subject && subject.length <= 60 && !/[。「」]/.test(subject) ? subject : undefined
}

// The effective terms (実効約款): every upstream document read through the reseller's
// 読替え表, with its exclusions and overridden articles marked. Pure: trees in, a model out;
// the writers in src/render/effective-*.ts turn the model into Markdown, HTML or JSON.
import {toText} from '../parse/text.js'
import type {Document, Node, Parent} from '../parse/types.js'
import {assertResolved, readExclusions, resolveExclusions} from './exclusions.js'
import {applyMatches, compileMatcher, findMatches, rewriteText, type Matcher, type Replacement} from './matcher.js'
import {pointFinder} from '../parse/lines.js'
import {findOverrides, readPrecedence, selfName} from './precedence.js'
import {buildRowReports, findOverlaps, type Overlap, type RowReport} from './report.js'
import {readingTableFromTree} from './table.js'
import {treeIndex} from '../parse/references.js'
import {clauseFinder} from './tree.js'
import type {ClauseReference, Exclusion, Override, Precedence, ReadingTable, Substitution} from './types.js'

export interface Source {
  tree: Document
  /** as given on the command line */
  path: string
}

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
}

export interface EffectiveDocument {
  /** `self`: what the reseller calls its own terms in citations (本約款, 本規約) */
  service: {name?: string; version?: string; issuer?: string; path: string; self: string}
  precedence?: Precedence
  documents: EffectiveUpstream[]
  exclusions: Exclusion[]
  overrides: Override[]
  report: RewriteReport
}

export function buildEffective(reseller: Source, upstreams: Source[], options: RewriteOptions = {}): EffectiveDocument {
  const table = options.table ?? readingTableFromTree(reseller.tree)
  const matcher = compileMatcher(table?.rows ?? [])
  const stated = readExclusions(reseller.tree)
  const extra: Exclusion[] = (options.excludes ?? []).map((reference) => ({reference}))
  const precedence = readPrecedence(reseller.tree)
  const collective = precedence?.upstream === undefined ? [] : precedence.ranks[precedence.upstream]
  const exclusions = resolveExclusions([...stated, ...extra], upstreams, collective)
  assertResolved(exclusions)
  const overrides = findOverrides(
    reseller.tree,
    upstreams.map((upstream) => upstream.tree),
    precedence
  )
  const rewritten = upstreams.map((upstream, index) => rewriteUpstream(matcher, upstream, index, exclusions, overrides))
  const rows = buildRowReports(
    matcher,
    rewritten.map((entry, index) => ({tree: upstreams[index].tree, text: entry.document.text, matches: entry.matches}))
  )
  const documents = rewritten.map((entry) => entry.document)
  return {
    service: {...serviceOf(reseller.tree), path: reseller.path, self: selfName(precedence)},
    precedence,
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
      substitutions: documents.reduce((sum, document) => sum + document.substitutions.length, 0)
    }
  }
}

function rewriteUpstream(matcher: Matcher, upstream: Source, index: number, exclusions: Exclusion[], overrides: Override[]) {
  const {tree} = upstream
  const text = toText(tree)
  const {output, matches, replacements} = rewriteText(matcher, text)
  const from = pointFinder(text)
  const to = pointFinder(output)
  const clauseAt = clauseFinder(tree)
  const substitutions: Substitution[] = replacements.map((replacement) => ({
    row: matcher.rows[replacement.row].index,
    table: matcher.rows[replacement.row].table,
    tableRow: matcher.rows[replacement.row].row,
    original: text.slice(replacement.start, replacement.end),
    replacement: matcher.rows[replacement.row].effective,
    upstream: {start: from(replacement.start), end: from(replacement.end)},
    output: {start: to(replacement.outputStart), end: to(replacement.outputEnd)},
    clause: clauseAt(replacement.start)
  }))
  const toOutput = outputOffsets(replacements)
  const marks: Mark[] = []
  const mark = (kind: Mark['kind'], node: Parent, ref?: number) =>
    marks.push({kind, id: node.id, start: toOutput(node.position.start.offset ?? 0), end: toOutput(node.position.end.offset ?? 0), ref})
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
  const title = tree.meta.title === undefined ? undefined : readThrough(matcher, tree.meta.title)
  return {matches, document: {path: upstream.path, meta: tree.meta, title, text, output, substitutions, marks}}
}

/** Maps a source offset outside every replaced span to its offset in the output. */
function outputOffsets(replacements: Replacement[]): (offset: number) => number {
  return (offset) => {
    let low = 0
    let high = replacements.length - 1
    let found = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (replacements[middle].end <= offset) {
        found = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found === -1 ? offset : offset + replacements[found].outputEnd - replacements[found].end
  }
}

/** A short text (a title) after 読替え, without the idempotence check a whole document gets. */
function readThrough(matcher: Matcher, text: string): string {
  return applyMatches(matcher, text, findMatches(matcher, text)).output
}

function eachClause(tree: Document, visit: (node: Parent) => void): void {
  const walk = (node: Parent) => {
    for (const child of node.children as Node[]) {
      if (child.type === 'text' || child.type === 'tableRow') continue
      visit(child)
      walk(child)
    }
  }
  walk(tree)
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

// Scores the parser and the checker against ../shared/real-terms: each document's truth file
// says which articles, paragraphs, items and sub-items a careful reader sees, and which
// findings a legal reviewer would want. Shared by test/real-terms*.test.ts and `npm run bench`.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {checkDocument, positionOf, severityOf} from '../src/check/index.js'
import type {Finding} from '../src/check/index.js'
import {diffDocuments, type ChangeSide, type Tokenizer} from '../src/diff/index.js'
import {decode, parse} from '../src/parse/index.js'
import type {Article, Document, Node, Paragraph} from '../src/parse/types.js'

// ../shared beside the project, from bench/ (tests) or from dist/bench/ (npm run bench)
export const realTermsDir = [new URL('../../shared/real-terms/', import.meta.url), new URL('../../../shared/real-terms/', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../../shared/real-terms/', import.meta.url))

export interface TruthArticle {
  num: string | null
  caption: string | null
  line: number
  paragraphs: Array<{items: number; subitems: number}>
}

export interface Truth {
  file: string
  articles: TruthArticle[]
  chapters: number
  true_defects: Array<{line: number; rule: string; what: string}>
}

/** One article as the scorer compares it: number, caption after NFC, items and their direct sub-items per paragraph. */
export interface ArticleSummary {
  num: string | null
  caption: string | null
  paragraphs: string[]
}

export interface RealDocument {
  name: string
  text: string
  truth: Truth
}

/** The documents with a truth file, or none when ../shared/real-terms is absent. */
export function realDocuments(): RealDocument[] {
  if (!existsSync(realTermsDir)) return []
  return readdirSync(realTermsDir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(readFileSync(realTermsDir + f, 'utf8')) as Truth
      const text = decode(new Uint8Array(readFileSync(realTermsDir + truth.file))).text
      return {name: truth.file, text, truth}
    })
}

const captionOf = (value: string | null | undefined): string | null => (value ? value.normalize('NFC') : null)

export function expectedArticles(truth: Truth): ArticleSummary[] {
  return truth.articles.map((a) => ({num: a.num, caption: captionOf(a.caption), paragraphs: a.paragraphs.map((p) => `${p.items}/${p.subitems}`)}))
}

function walkArticles(node: Node, out: Article[]): void {
  if (node.type === 'article') out.push(node)
  else if (node.type === 'document' || node.type === 'chapter' || node.type === 'section') for (const child of node.children as Node[]) walkArticles(child, out)
}

/** Sub-items one level below the paragraph's items (the truth files count no deeper level). */
function subitemsOf(paragraph: Paragraph): number {
  let n = 0
  for (const item of paragraph.children) if (item.type === 'item') n += item.children.filter((c) => c.type === 'subitem').length
  return n
}

export function actualArticles(tree: Document): ArticleSummary[] {
  const articles: Article[] = []
  walkArticles(tree, articles)
  return articles.map((a) => ({
    num: a.unnumbered ? null : a.num,
    caption: captionOf(a.caption),
    paragraphs: a.children
      .filter((c): c is Paragraph => c.type === 'paragraph')
      .map((p) => `${p.children.filter((c) => c.type === 'item').length}/${subitemsOf(p)}`)
  }))
}

export function chapterCount(tree: Document): number {
  return tree.children.filter((c) => c.type === 'chapter').length
}

export interface StructureScore {
  name: string
  /** articles equal to the truth at the same position */
  exact: number
  expected: number
  actual: number
  chapters: {expected: number; actual: number}
  /** the first differing position, for people */
  first?: string
}

const show = (a: ArticleSummary | undefined): string =>
  a === undefined ? '(none)' : `{num ${a.num ?? '-'}, caption ${a.caption ?? '-'}, items/subitems per paragraph [${a.paragraphs.join(' ')}]}`

export function scoreStructure(doc: RealDocument): StructureScore {
  const {tree} = parse(doc.text, {path: doc.name})
  const expected = expectedArticles(doc.truth)
  const actual = actualArticles(tree)
  let exact = 0
  let first: string | undefined
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    if (JSON.stringify(expected[i]) === JSON.stringify(actual[i])) exact++
    else if (first === undefined) first = `#${i + 1} (line ${doc.truth.articles[i]?.line ?? '?'}): expected ${show(expected[i])}, got ${show(actual[i])}`
  }
  return {name: doc.name, exact, expected: expected.length, actual: actual.length, chapters: {expected: doc.truth.chapters, actual: chapterCount(tree)}, first}
}

export interface CheckScore {
  name: string
  errors: number
  /** errors on a line the truth lists as a defect */
  errorsTrue: number
  warnings: number
  warningsTrue: number
  /** the findings that are false alarms, as `line rule` */
  falseAlarms: string[]
}

/** A finding is true when the truth lists a defect on its line. */
export async function scoreCheck(doc: RealDocument): Promise<CheckScore> {
  const {tree, file} = parse(doc.text, {path: doc.name})
  const findings: Finding[] = await checkDocument(tree, file)
  const defectLines = new Set(doc.truth.true_defects.map((d) => d.line))
  const score: CheckScore = {name: doc.name, errors: 0, errorsTrue: 0, warnings: 0, warningsTrue: 0, falseAlarms: []}
  for (const finding of findings) {
    const line = positionOf(finding).start.line
    const hit = defectLines.has(line)
    if (finding.fatal) {
      score.errors++
      if (hit) score.errorsTrue++
    } else {
      score.warnings++
      if (hit) score.warningsTrue++
    }
    if (!hit) score.falseAlarms.push(`${line} ${severityOf(finding)} ${finding.ruleId}: ${finding.reason}`)
  }
  return score
}

export interface TruthChange {
  where: string
  old_line: number | null
  new_line: number | null
  kind: string
  substantive: boolean
  what: string
}

export interface TruthPair {
  old: string
  new: string
  changes: TruthChange[]
  editorial_only: TruthChange[]
}

export function realPairs(): TruthPair[] {
  const path = `${realTermsDir}diff-pairs.json`
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as TruthPair[]) : []
}

export interface DiffScore {
  name: string
  substantive: number
  /** substantive changes reported at medium or high on their line */
  found: number
  missed: string[]
  /** editorial-only lines (with no substantive change) reported high, as `kind: where …` */
  editorialHigh: string[]
}

// a position that ends at the start of a line (after its newline) does not reach into that line
const covers = (side: ChangeSide | undefined, line: number | null): boolean =>
  side !== undefined && line !== null && side.positions.some((p) => p.start.line <= line && (line < p.end.line || (line === p.end.line && p.end.column > 1)))

/** Each substantive change must be found at medium or high on its line; no editorial-only line may be high. */
export async function scoreDiff(pair: TruthPair, tokenizer?: Tokenizer): Promise<DiffScore> {
  const read = (name: string) => parse(decode(new Uint8Array(readFileSync(realTermsDir + name))).text, {path: name}).tree
  const result = await diffDocuments(read(pair.old), read(pair.new), {tokenizer})
  const on = (c: TruthChange) => result.changes.filter((change) => covers(change.old, c.old_line) || covers(change.new, c.new_line))
  const substantive = pair.changes.filter((c) => c.substantive)
  const missed = substantive.filter((c) => !on(c).some((change) => change.severity !== 'low')).map((c) => `${c.where} (${c.old_line}→${c.new_line}): ${c.what}`)
  const substantiveLines = new Set(substantive.flatMap((c) => [`o${c.old_line}`, `n${c.new_line}`]))
  const editorialHigh = pair.editorial_only
    .filter((c) => !substantiveLines.has(`o${c.old_line}`) && !substantiveLines.has(`n${c.new_line}`))
    .filter((c) => on(c).some((change) => change.severity === 'high'))
    .map((c) => `${c.kind}: ${c.where} (${c.old_line}→${c.new_line}): ${c.what}`)
  return {name: `${pair.old} → ${pair.new}`, substantive: substantive.length, found: substantive.length - missed.length, missed, editorialHigh}
}

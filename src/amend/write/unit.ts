// The sentences for one clause present in both versions, and for the lists inside it: word
// edits where the text changed a little, 次のように改める where it changed more, and the
// structure sentences of its paragraphs, items and table rows. `undefined` asks the caller
// to rewrite the clause whole.
import {align} from '../../diff/align.js'
import {bigrams, dice} from '../../diff/similarity.js'
import type {Tokenizer} from '../../diff/tokenizer.js'
import {textEdits} from '../edits.js'
import {normal, type Clause, type Numerals} from '../model.js'
import {articleName, itemName, paragraphName, numberIn} from '../numerals.js'
import {appendixName, clauseLines} from '../render.js'
import {captionSentence} from './caption.js'
import {rewriteSentence} from './rewrite.js'
import type {Sentence} from './sentence.js'
import {structureSentences, type Addition, type ListKind} from './structure.js'
import {editSentence} from './text.js'

export interface Writer {
  tokenizer: Tokenizer
  numerals: Numerals
}

/** How a clause is cited: `short` for word edits (an article's only paragraph by the article), `full` for the clause itself. */
export interface Names {
  short: string
  full: string
}

/** Rewriting a clause whole: its new text under its current number. */
export function rewrite(old: Clause, neu: Clause, full: string, writer: Writer): Sentence {
  const keep = neu.kind === 'table' || neu.kind === 'appendix' || neu.kind === 'preamble' ? neu : {...neu, num: old.num}
  return {text: rewriteSentence(full), block: clauseLines([keep], writer.numerals), touches: touched(old)}
}

const touched = (clause: Clause) => (clause.id ? [clause.id] : [])

/** The sentences turning `old` into `neu`, both of one kind at one place. */
export function amendClause(old: Clause, neu: Clause, names: Names, writer: Writer): Sentence[] {
  if (deepKey(old) === deepKey(neu)) return []
  const detailed = detail(old, neu, names, writer)
  return detailed ?? [rewrite(old, neu, names.full, writer)]
}

function detail(old: Clause, neu: Clause, names: Names, writer: Writer): Sentence[] | undefined {
  const out: Sentence[] = []
  if (old.kind === 'table') return table(old, neu, names.full, writer)
  if (old.kind === 'appendix' && normal(old.caption ?? '') !== normal(neu.caption ?? '')) return undefined
  if (old.kind === 'article' && normal(old.caption ?? '') !== normal(neu.caption ?? '')) {
    const edits = old.caption !== undefined && neu.caption !== undefined ? textEdits(old.caption, neu.caption, writer.tokenizer) : undefined
    out.push({text: captionSentence(names.full, old.caption, neu.caption, edits), touches: touched(old)})
  }
  if (normal(old.text) !== normal(neu.text)) {
    const edits = textEdits(old.text, neu.text, writer.tokenizer)
    if (!edits) return undefined
    out.push({text: editSentence(names.short, edits), touches: touched(old)})
  }
  const inner = children(old, neu, names, writer)
  if (!inner) return undefined
  // An article whose every paragraph is rewritten is rewritten as an article.
  if (old.kind === 'article' && old.children.length > 0) {
    const rewrites = new Set(old.children.map((p) => rewriteSentence(childNames(p, old, names, old.children.length, writer).full)))
    if (inner.length === rewrites.size && inner.every((s) => rewrites.has(s.text))) return undefined
  }
  out.push(...inner)
  return out
}

/** The lists inside a clause, kind by kind in the order they stand. */
function children(old: Clause, neu: Clause, names: Names, writer: Writer): Sentence[] | undefined {
  const kinds = [...new Set([...old.children, ...neu.children].map((c) => c.kind))]
  const out: Sentence[] = []
  for (const kind of kinds) {
    const olds = old.children.filter((c) => c.kind === kind)
    const news = neu.children.filter((c) => c.kind === kind)
    if (kind === 'table') {
      if (olds.length !== news.length) return undefined
      olds.forEach((t, i) => {
        const name = `${names.short}の${olds.length === 1 ? '' : `第${numberIn(i + 1, writer.numerals)}`}表`
        out.push(...amendClause(t, news[i], {short: name, full: name}, writer))
      })
      continue
    }
    if (kind === 'subitem') {
      if (deepKey(old) !== deepKey(neu)) return undefined
      continue
    }
    if (kind !== 'paragraph' && kind !== 'item' && kind !== 'article') return undefined
    const list = amendList(olds, news, kind, old, names, writer)
    if (!list) return undefined
    out.push(...list)
  }
  return out
}

/** How a child of `parent` is cited, in the numbers it has now. */
function childNames(child: Clause, parent: Clause | undefined, parentNames: Names, siblings: number, writer: Writer): Names {
  const base = parentNames.full
  switch (child.kind) {
    case 'article': {
      const name = (parent?.kind === 'appendix' ? base : '') + articleName(child.num, writer.numerals)
      return {short: name, full: name}
    }
    case 'paragraph': {
      const full = base + paragraphName(child.num, writer.numerals)
      return {short: parent?.kind === 'article' && siblings === 1 ? base : full, full}
    }
    case 'item': {
      const name = parentNames.short + itemName(child.num, writer.numerals)
      return {short: name, full: name}
    }
    case 'appendix': {
      const name = appendixName(child.num, writer.numerals)
      return {short: name, full: name}
    }
    default:
      return {short: '前文', full: '前文'}
  }
}

const keys = new WeakMap<Clause, string>()

/** The normal text of a clause and all below it: equal keys, equal clauses. */
function deepKey(clause: Clause): string {
  let key = keys.get(clause)
  if (key === undefined) {
    key = `${clause.kind}|${normal(clause.caption ?? '')}|${normal(clause.text)}[${clause.children.map(deepKey).join(',')}]`
    keys.set(clause, key)
  }
  return key
}

const gramsOf = new WeakMap<Clause, Set<string>>()
const grams = (c: Clause) => {
  let found = gramsOf.get(c)
  if (!found) gramsOf.set(c, (found = bigrams(deepKey(c).replace(/^[^|]*\|/, ''))))
  return found
}

/** Pairs the clauses of a list in order, as the diff pairs them. */
function alignList(olds: Clause[], news: Clause[]) {
  return align(olds, news, {key: deepKey, similarity: (a, b) => dice(grams(a), grams(b)), threshold: 0.3, pairLeftovers: true})
}

/**
 * A list of articles, paragraphs or items: the sentences of the clauses in both versions, then
 * one structure sentence for what was deleted, renumbered and added.
 */
export function amendList(
  olds: Clause[],
  news: Clause[],
  kind: ListKind,
  parent: Clause | undefined,
  parentNames: Names,
  writer: Writer,
  each: (old: Clause, neu: Clause, names: Names, writer: Writer) => Sentence[] = amendClause
): Sentence[] | undefined {
  const rows = alignList(olds, news)
  const paired = rows.filter((r) => r.old !== undefined && r.new !== undefined)
  if (paired.length === 0 && olds.length > 0 && news.length > 0) return undefined
  const out: Sentence[] = []
  const deleted: string[] = []
  const renumbered: Array<[string, string]> = []
  const touches: string[] = []
  const additions: Addition[] = []
  const blocks: string[][] = []
  const addedTouches: string[][] = []
  let previousNew: string | undefined
  let run: Clause[] = []
  const flush = (next: string | undefined, atEnd: boolean) => {
    if (run.length === 0) return
    additions.push({after: previousNew, before: next, atEnd, count: run.length})
    blocks.push(clauseLines(run, writer.numerals))
    addedTouches.push(run.flatMap(touched))
    run = []
  }
  for (const row of rows) {
    if (row.old !== undefined && row.new !== undefined) {
      const o = olds[row.old]
      const n = news[row.new]
      flush(n.num, false)
      out.push(...each(o, n, childNames(o, parent, parentNames, olds.length, writer), writer))
      if (o.num !== n.num) {
        renumbered.push([o.num, n.num])
        touches.push(...touched(o))
      }
      previousNew = n.num
    } else if (row.old !== undefined) {
      deleted.push(olds[row.old].num)
      touches.push(...touched(olds[row.old]))
    } else {
      run.push(news[row.new!])
    }
  }
  flush(undefined, true)
  if (deleted.length + renumbered.length + additions.length === 0) return out
  const container = kind === 'article' ? (parent?.kind === 'appendix' ? parentNames.full : '') : kind === 'paragraph' ? parentNames.full : parentNames.short
  const texts = structureSentences({kind, parent: container, parentIsArticle: kind === 'item' && parentNames.short !== parentNames.full, deleted, renumbered, added: additions}, writer.numerals)
  texts.forEach((text, i) => {
    const block = i < blocks.length ? blocks[i] : undefined
    out.push({text, block, touches: i === 0 ? [...touches, ...(addedTouches[0] ?? [])] : (addedTouches[i] ?? [])})
  })
  return out
}

/** Rows deleted, added and edited by the words of their first cell (「…」の項), or the table rewritten. */
function table(old: Clause, neu: Clause, name: string, writer: Writer): Sentence[] | undefined {
  const rowsOf = (t: Clause) => t.children.filter((r) => !r.header)
  const headerOf = (t: Clause) => t.children.filter((r) => r.header).map((r) => normal(r.text)).join('\n')
  const keyOf = (r: Clause) => normal(r.text.split('|')[0])
  const unique = (rows: Clause[]) => new Set(rows.map(keyOf)).size === rows.length && rows.every((r) => keyOf(r) !== '' && !/^\d+$/.test(keyOf(r)))
  const olds = rowsOf(old)
  const news = rowsOf(neu)
  if (normal(old.caption ?? '') !== normal(neu.caption ?? '') || headerOf(old) !== headerOf(neu) || !unique(olds) || !unique(news)) return undefined
  const keyed = align(olds, news, {key: keyOf, similarity: () => 0, threshold: 1})
  if (!keyed.some((r) => r.old !== undefined && r.new !== undefined)) return undefined
  const written = (r: Clause) => r.text.split('|')[0].trim()
  const out: Sentence[] = []
  let previous: Clause | undefined
  let run: Clause[] = []
  const flush = (next: Clause | undefined) => {
    if (run.length === 0) return
    const anchor = previous ? `「${written(previous)}」の項の次に` : `「${written(next!)}」の項の前に`
    out.push({text: `${name}中${anchor}次のように加える。`, block: run.map((r) => `|${r.text}|`), touches: run.flatMap(touched)})
    run = []
  }
  for (const row of keyed) {
    if (row.old !== undefined && row.new !== undefined) {
      const o = olds[row.old]
      const n = news[row.new]
      if (normal(o.text) !== normal(n.text)) {
        const edits = textEdits(o.text, n.text, writer.tokenizer)
        if (!edits || edits.some((e) => JSON.stringify(e).includes('|'))) return undefined
        out.push({text: editSentence(`${name}中「${written(o)}」の項`, edits), touches: touched(o)})
      }
      flush(n)
      previous = n
    } else if (row.old !== undefined) {
      out.push({text: `${name}中「${written(olds[row.old])}」の項を削る。`, touches: touched(olds[row.old])})
    } else run.push(news[row.new!])
  }
  flush(undefined)
  return out
}

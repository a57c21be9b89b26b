// A word replaced by the same word throughout the document (当社 → 運営会社 everywhere) is one
// finding, a rename, rather than a party or wording change in every clause it touches. A
// replacement counts as a rename when it is seen in two places or more and the old word is
// left nowhere in the new version; the per-clause changes that are nothing but it go.
import {compact} from '../parse/normalize.js'
import type {Change, ClausePair} from './types.js'

/** Finds the renames among the changes of the pairs, takes their per-clause changes out of the pairs, and returns one change for each. */
export function foldRenames(pairs: ClausePair[], newText: string): Change[] {
  const all: Array<{pair: ClausePair; change: Change}> = []
  const collect = (pair: ClausePair) => {
    for (const change of pair.changes) all.push({pair, change})
    pair.children.forEach(collect)
  }
  pairs.forEach(collect)
  const candidates = new Map<string, [string, string]>()
  for (const {change} of all) {
    const core = replacementOf(change)
    if (core) candidates.set(core.join('\u0000'), core)
  }
  const present = compact(newText)
  const renames: Change[] = []
  const taken = new Set<Change>()
  for (const [from, to] of candidates.values()) {
    if (present.includes(from)) continue
    const places = all.filter(({change}) => !taken.has(change) && isReplacement(change, from, to))
    const count = places.reduce((sum, {change}) => sum + change.old!.words.length, 0)
    if (count < 2) continue
    for (const {pair, change} of places) {
      taken.add(change)
      pair.changes.splice(pair.changes.indexOf(change), 1)
    }
    const sides = places.map(({change}) => ({old: change.old!, new: change.new!}))
    renames.push({
      kind: 'rename',
      severity: 'low',
      label: {ja: `呼称の一括変更（${from} → ${to}、${count}箇所）`, en: `renamed throughout (${from} → ${to}, ${count} places)`},
      direction: 'neutral',
      reason: {ja: '文書全体で一貫した呼称の変更', en: 'a name replaced consistently throughout'},
      directionRule: 'not-substantive',
      old: sides[0].old,
      new: sides[0].new,
      places: sides
    })
  }
  return renames
}

const substantive = new Set(['party', 'wording'])

/** The core of a change that replaces one word by another in each of its words: 当社は → 運営会社は gives 当社, 運営会社. */
function replacementOf(change: Change): [string, string] | undefined {
  if (!substantive.has(change.kind) && !change.label.en.startsWith('caption')) return undefined
  const olds = change.old?.words ?? []
  const news = change.new?.words ?? []
  if (olds.length === 0 || olds.length !== news.length) return undefined
  const cores = olds.map((word, k) => core(compact(word), compact(news[k])))
  const first = cores[0]
  if (!first || !cores.every((c) => c && c[0] === first[0] && c[1] === first[1])) return undefined
  return first
}

// Kanji and katakana: a word of them is taken whole (当社 → 運営会社, not 当 → 運営会).
const wordChar = /[\u4e00-\u9fff\u3005\u30a0-\u30ff]/

/** a and b less what they share at both ends, the ends moved out to whole words. */
function core(a: string, b: string): [string, string] | undefined {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  while (start > 0 && wordChar.test(a[start - 1])) start--
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  while (end > 0 && wordChar.test(a[a.length - end])) end--
  const from = a.slice(start, a.length - end)
  const to = b.slice(start, b.length - end)
  return from && to ? [from, to] : undefined
}

function isReplacement(change: Change, from: string, to: string): boolean {
  if (!substantive.has(change.kind) && !change.label.en.startsWith('caption')) return false
  const olds = change.old?.words ?? []
  const news = change.new?.words ?? []
  return olds.length > 0 && olds.length === news.length && olds.every((word, k) => compact(word).includes(from) && compact(word).split(from).join(to) === compact(news[k]))
}

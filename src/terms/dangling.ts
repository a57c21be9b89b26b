// What an exclusion leaves behind (適用除外の残り): an excluded option or clause that the
// upstream text still names elsewhere — a row of a price table, another item's
// requirement, a 第3条第2号 reference — so legal sees what no longer has anything to
// point at. Read on the upstream text, outside the excluded clauses themselves.
import {pointFinder, type PointFinder} from '../parse/lines.js'
import {compact} from '../parse/normalize.js'
import {collectReferences} from '../parse/references.js'
import type {Document} from '../parse/types.js'
import {compileMatcher, findMatches} from './matcher.js'
import {clauseFinder, treeIndex} from '../parse/tree.js'
import {termsWord} from './document-names.js'
import type {Exclusion} from './types.js'

export interface Dangling {
  /** index into the exclusions */
  exclusion: number
  /** index into the upstream documents */
  document: number
  /** `name`: the excluded item's name occurs; `reference`: a reference cites the excluded clause */
  kind: 'name' | 'reference'
  /** the text found: the name as written, or the reference */
  text: string
  clause?: string
  line: number
  column: number
}

export interface DanglingSource {
  tree: Document
  text: string
  /** the text's line finder, when the caller already has one */
  place?: PointFinder
}

// The name an item opens with, before the space that starts its description: 甲オプション　…するもの
const leadingName = /^([^\s\u3000、。，．（）()「」]{2,40})[\s\u3000]/
// A hit is part of a longer word when the unit beside it is of the same kind as the name's
// end there (データボックスオプション holds ボックスオプション, 長期転送… holds 転送…).
const kinds = [/[\p{Script=Katakana}ー]/u, /\p{Script=Han}/u, /[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/]
const sameKind = (a: string, b: string) => a !== '' && b !== '' && kinds.some((kind) => kind.test(a) && kind.test(b))

/** The name an excluded clause stands for: the quoted name, else the name its text opens with. */
export function excludedName(exclusion: Exclusion): string | undefined {
  if (exclusion.reference.name) return exclusion.reference.name
  const text = exclusion.target?.text ?? ''
  return leadingName.exec(text + ' ')?.[1]
}

/**
 * Every place outside the excluded clauses that still names an excluded item or cites an
 * excluded clause. `effectiveName` reads a name through the 読替え表, so a name already
 * written in its effective form is found too.
 */
export function findDangling(documents: DanglingSource[], exclusions: Exclusion[], effectiveName: (name: string) => string = (name) => name): Dangling[] {
  const found: Dangling[] = []
  documents.forEach(({tree, text, place: known}, document) => {
    const mine = exclusions.map((exclusion, index) => ({exclusion, index})).filter(({exclusion}) => exclusion.target?.document === document)
    // another upstream document excluded as a whole, still named here (この基本約款及びオプション規程により)
    const others = exclusions.flatMap((exclusion, ref) =>
      exclusion.whole && exclusion.target && exclusion.target.document !== document ? documentNames(exclusion, documents[exclusion.target.document].tree).map((name) => ({ref, name})) : []
    )
    if (mine.length === 0 && others.length === 0) return
    const index = treeIndex(tree)
    const spans = mine.map(({exclusion}) => {
      const node = index.byId.get(exclusion.target!.clause)!
      return [node.position.start.offset ?? 0, node.position.end.offset ?? 0] as const
    })
    const excluded = (offset: number) => spans.some(([start, end]) => start <= offset && offset < end)
    const place = known ?? pointFinder(text)
    const clauseAt = clauseFinder(tree)
    const push = (exclusion: number, kind: Dangling['kind'], at: number, what: string) => {
      const {line, column} = place(at)
      found.push({exclusion, document, kind, text: what, clause: clauseAt(at), line, column})
    }

    const named = [
      ...mine.flatMap(({exclusion, index: ref}) => {
        const name = excludedName(exclusion)
        return name === undefined ? [] : [{ref, name}]
      }),
      ...others
    ].flatMap(({ref, name}) => [...new Set([name, effectiveName(name)])].map((upstream) => ({ref, upstream})))
    if (named.length > 0) {
      const keys = [...new Set(named.map(({upstream}) => compact(upstream)))]
      const matcher = compileMatcher(keys.map((key, i) => ({index: i + 1, row: i + 1, upstream: key, effective: key})))
      for (const match of findMatches(matcher, text)) {
        if (match.keep || excluded(match.start)) continue
        if (sameKind(text[match.start - 1] ?? '', text[match.start]) || sameKind(text[match.end] ?? '', text[match.end - 1])) continue
        const wanted = keys[match.row]
        for (const {ref} of named.filter((entry) => compact(entry.upstream) === wanted)) push(ref, 'name', match.start, text.slice(match.start, match.end))
      }
    }

    // A reference that can cite an excluded clause names its article (第3条…) in its own text;
    // texts without 条 are not scanned.
    for (const reference of collectReferences(tree, {keepTexts: false, only: (text) => text.includes('条')})) {
      if (reference.kind !== 'absolute' || reference.source === undefined) continue
      const at = reference.position.start.offset ?? 0
      if (excluded(at)) continue
      const cited = pathOf(reference.path)
      for (const {exclusion, index: ref} of mine) {
        if (cites(cited, exclusion.target!.clause)) push(ref, 'reference', at, reference.raw)
      }
    }
  })
  return found.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column)
}

/**
 * What other documents may call a document excluded as a whole: the name the reseller wrote
 * (and its part after の), the document's title, and the title's last word when that is
 * itself a document's name (アオバ光 オプション規程 → オプション規程).
 */
function documentNames(exclusion: Exclusion, tree: Document): string[] {
  const written = exclusion.reference.document ?? exclusion.reference.raw
  const title = tree.meta.title ?? ''
  const lastWord = title.trim().split(/[\s\u3000]+/).at(-1) ?? ''
  const names = [written, written.slice(written.lastIndexOf('の') + 1), title, termsWord.test(lastWord) ? lastWord : '']
  return [...new Set(names.filter((name) => compact(name).length >= 3))]
}

interface ClausePath {
  article?: string
  paragraph?: number
  item?: number
}

function pathOf(path: Array<{level: string; num?: string}>): ClausePath {
  const num = (level: string) => path.find((step) => step.level === level)?.num
  const paragraph = num('paragraph')
  const item = num('item')
  return {article: num('article'), paragraph: paragraph === undefined ? undefined : Number(paragraph), item: item === undefined ? undefined : Number(item)}
}

/** Whether a cited path is the excluded clause (art_3__para_1__item_2) or lies inside it. */
function cites(cited: ClausePath, clause: string): boolean {
  const parts = /^art_([0-9-]+)(?:__para_(\d+))?(?:__item_(\d+))?$/.exec(clause)
  if (!parts || cited.article !== parts[1]) return false
  const paragraph = parts[2] === undefined ? undefined : Number(parts[2])
  const item = parts[3] === undefined ? undefined : Number(parts[3])
  const citedParagraph = cited.paragraph ?? (cited.item === undefined ? undefined : 1)
  if (paragraph !== undefined && citedParagraph !== paragraph) return false
  return item === undefined || cited.item === item
}

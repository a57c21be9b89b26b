// defined-term: a term defined with 「X」といいます / 「X」という is defined once, and is not
// used before its definition. A definition scoped to a part of the document (以下この条に
// おいて「X」という) may be repeated elsewhere and is left out.
import {compact, compactWithMap} from '../../parse/normalize.js'
import {clauseTexts, pointIn, type ClauseText} from '../../parse/references.js'
import {treeIndex} from '../../parse/tree.js'
import {clauseLabel} from '../../parse/citation.js'
import type {Rule} from '../types.js'

const definition = /「([^「」\n]{1,40})」と(?:いいます|いう|いい|称します|称する|総称します|総称する)(?=[。、，）)])/g
// 以下この条において「X」という, 以下本項において, 第三条において: the definition holds only there.
const scoped = /(?:この|本|同|次|前|第[^「」（）]{1,10})[^「」（）]{0,20}(?:において|に限り)[、，]?(?:単に)?(?:総称して)?[、，]?$/
// A use that cites the definition (第二十一条第二項に規定するセンター, 第18条（クリエイター条件）) is no use before it.
const citing = /(?:に規定する|に定める|にいう|という|第[0-9０-９一二三四五六七八九十百]+条(?:の[0-9０-９一二三四五六七八九十]+)?[（(])$/
// letters that glue to a term into a longer word: 使用料 inside 専用使用料 is another word
const wordChar = /[\u3400-\u9fff々ァ-ヶー]/
// The name a definition abbreviates stands right before its bracket.
const nameRun = /[\u3400-\u9fff々ァ-ヶーA-Za-z0-9Ａ-Ｚａ-ｚ０-９]+$/

type View = ReturnType<typeof compactWithMap>

interface Definition {
  term: string
  key: string
  /** the name it abbreviates (石炭鉱業年金基金（以下「基金」という。）), compact; absent when it is the term itself */
  full?: string
  clause: ClauseText
  /** offsets in the clause text: the quoted term, and the start of the sentence defining it */
  start: number
  end: number
  sentence: number
}

export const definedTerm: Rule = {
  id: 'defined-term',
  severity: 'warning',
  description: {
    ja: '「X」といいます／という で定義した用語が二重に定義されておらず、定義より前で使われていないこと',
    en: 'a term defined with 「X」といいます / という is defined once and not used before its definition'
  },
  check({tree, report}) {
    // a commentary part (コメント) explains the provisions: its wording neither defines nor uses their terms
    const {byId} = treeIndex(tree)
    const texts = clauseTexts(tree).filter((clause) => {
      const holder = byId.get(clause.source)
      return !clause.cell && !(holder?.type === 'appendix' && holder.kind === 'コメント')
    })
    const first = new Map<string, Definition>()
    for (const found of definitions(texts)) {
      const earlier = first.get(found.key)
      if (!earlier) {
        first.set(found.key, found)
        continue
      }
      // the (ア) and (イ) versions of one article each define the term
      if (articleOf(earlier.clause.source) === articleOf(found.clause.source)) continue
      const where = clauseLabel(tree, earlier.clause.source)
      report({
        message: {ja: `「${found.term}」は${where}ですでに定義されています`, en: `“${found.term}” is already defined in ${where}`},
        position: {start: pointIn(found.clause, found.start), end: pointIn(found.clause, found.end, true)},
        clause: found.clause.source
      })
    }
    const views = new Map<ClauseText, View>()
    for (const found of first.values()) {
      // A one-character term (「法」) occurs inside too many other words to be searched for.
      if (found.key.length < 2) continue
      const use = firstUse(texts, found, views)
      if (!use) continue
      const where = clauseLabel(tree, found.clause.source)
      report({
        message: {
          ja: `「${found.term}」が定義（${where}）より前で使われています`,
          en: `“${found.term}” is used before its definition in ${where}`
        },
        position: {start: pointIn(use.clause, use.start), end: pointIn(use.clause, use.end, true)},
        clause: use.clause.source
      })
    }
  }
}

function* definitions(texts: ClauseText[]): Generator<Definition> {
  for (const clause of texts) {
    for (const m of clause.text.matchAll(definition)) {
      const open = m.index!
      const before = clause.text.slice(Math.max(0, open - 40), open)
      const since = before.lastIndexOf('以下')
      if (scoped.test(since >= 0 ? before.slice(since + 2) : before)) continue
      const term = m[1].trim()
      const key = compact(term)
      if (key === '') continue
      const paren = clause.text.lastIndexOf('（', open)
      const fullName = paren < 0 ? undefined : nameRun.exec(clause.text.slice(Math.max(0, paren - 40), paren))?.[0]
      const full = fullName && compact(fullName) !== key ? compact(fullName) : undefined
      yield {term, key, ...(full !== undefined && {full}), clause, start: open + 1, end: open + 1 + m[1].length, sentence: sentenceStart(clause.text, open)}
    }
  }
}

/** Where the sentence holding `at` starts: after the last 。 outside brackets (（…。以下「X」という。）). */
function sentenceStart(text: string, at: number): number {
  let depth = 0
  let start = 0
  for (let i = 0; i < at; i++) {
    const ch = text[i]
    if (ch === '（' || ch === '(') depth++
    else if ((ch === '）' || ch === ')') && depth > 0) depth--
    else if ((ch === '。' || ch === '．') && depth === 0) start = i + 1
  }
  return start
}

/** The first use of the term in a sentence before the one that defines it. */
function firstUse(texts: ClauseText[], found: Definition, views: Map<ClauseText, View>): {clause: ClauseText; start: number; end: number} | undefined {
  for (const clause of texts) {
    let view = views.get(clause)
    if (!view) views.set(clause, (view = compactWithMap(clause.text)))
    const limit = clause === found.clause ? found.sentence : clause.text.length
    for (let at = view.text.indexOf(found.key); at >= 0 && view.map[at + found.key.length - 1] < limit; at = view.text.indexOf(found.key, at + 1)) {
      if (citing.test(view.text.slice(Math.max(0, at - 12), at)) || insideFullName(view.text, at, found) || insideWord(view.text, at, found.key) || pointedTo(view.text, at, found.key)) continue
      return {clause, start: view.map[at], end: view.map[at + found.key.length - 1] + 1}
    }
    if (clause === found.clause) return undefined
  }
  return undefined
}

/** 基金 inside 石炭鉱業年金基金, the very name it abbreviates, is that name. */
function insideFullName(view: string, at: number, found: Definition): boolean {
  if (found.full === undefined) return false
  const offset = found.full.indexOf(found.key)
  return offset >= 0 && view.startsWith(found.full, at - offset)
}

/** A term glued to letters of its own kind on either side is part of a longer word (専用使用料, 使用料金). */
function insideWord(view: string, at: number, key: string): boolean {
  // kanji that join words rather than build them: 暴力団等反社会的勢力, 甲及び乙
  const joining = /[等及並又若各諸毎全]/
  const before = joining.test(view[at - 1] ?? '') ? undefined : view[at - 1]
  const after = joining.test(view[at + key.length] ?? '') ? undefined : view[at + key.length]
  const kindOf = (ch: string | undefined) => (ch === undefined ? '' : /[ァ-ヶー]/.test(ch) ? 'kana' : /[\u3400-\u9fff々]/.test(ch) ? 'kanji' : '')
  return (before !== undefined && wordChar.test(before) && kindOf(before) === kindOf(key[0])) || (after !== undefined && wordChar.test(after) && kindOf(after) === kindOf(key[key.length - 1]))
}

/** The article a clause id lies in, without the __dup suffix of a repeated number: art_72__dup_2__para_4 → art_72. */
function articleOf(source: string): string {
  return /^(?:annex_\d+__)?art_[^_]+/.exec(source)?.[0] ?? source
}

/** A sentence that points to the defining article by its caption (第18条（X）に従って…X) uses X with its definition in view. */
function pointedTo(view: string, at: number, key: string): boolean {
  const start = view.lastIndexOf('。', at) + 1
  const sentence = view.slice(start, view.indexOf('。', at) === -1 ? view.length : view.indexOf('。', at))
  return sentence.includes(`条（${key}）`) || sentence.includes(`条(${key})`)
}

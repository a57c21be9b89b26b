// Names the reseller gives the upstream terms (定義された文書名): 「<title>」（以下「X」と
// いいます。）, 以下「X」という, 以下、総称して「X」 after one or several titles, or after a
// description (…の約款（以下、総称して「X」…）). X then stands for those documents in
// exclusions, 読替え sentences and priority statements.
import {compact} from '../parse/normalize.js'
import type {Document, ParsedDocument} from '../parse/types.js'
import {quoteSentence, sentencesOf, type Sentence} from './sentences.js'
import type {Lang} from './labels.js'

export interface DocumentName {
  name: string
  /** the titles it stands for, as quoted; empty when it names the upstream terms by description */
  titles: string[]
  sentence: Sentence
}

// 以下「X」といいます / 以下、総称して「X」という / 以下あわせて「X」と総称します /
// 以下これらを総称して『X』という / 以下、両規程をあわせて「X」といいます
const definition = /以下[、,]?(?:この[^「」『』（）]{1,20}において[、,]?)?(?:[^「」『』（）()。]{1,12}?を[、,]?)?(?:総称して|あわせて|併せて|合わせて|まとめて)?[、,]?[「『]([^「」『』]+)[」』]と(?:いいます|いう|いい|称します|称する|総称)/g
// Words that make a name or a description a document of terms.
export const termsWord = /(?:約款|規約|規程|規定|条件|細則)$/
// A quoted title is a body of terms when it holds such a word anywhere: 個別規約 KUMOバックアップサービス.
const namesTerms = /約款|規約|規程|規定|条件|細則/
const joiner = /(?:及び|および|並びに|ならびに|又は|または|若しくは|もしくは|、|，|・|･|と)$/

/** The document names the reseller defines, in order. */
export function readDocumentNames(tree: Document): DocumentName[] {
  const found: DocumentName[] = []
  for (const sentence of sentencesOf(tree)) {
    for (const match of sentence.text.matchAll(definition)) {
      const name = match[1].trim()
      let before = sentence.text.slice(0, match.index).trimEnd()
      if (/[（(]$/.test(before)) before = before.slice(0, -1).trimEnd()
      const titles = quotedRun(before, /総称|あわせ|併せ|合わせ|まとめ/.test(match[0]))
      const described = titles.length === 0 && termsWord.test(before.replace(/[」）)]+$/, ''))
      if (titles.some((title) => namesTerms.test(compact(title))) || described || (titles.length === 0 && termsWord.test(name) && !/^(?:本|この)/.test(name))) {
        found.push({name, titles: titles.filter((title) => namesTerms.test(compact(title)) || found.some((known) => compact(known.name) === compact(title))), sentence})
      }
    }
  }
  return found
}

/**
 * The quoted names that end where the definition begins, read backwards: 「A」及び『B』
 * gives A and B. A bracketed aside between them (「A」（以下「a」…）及び「B」) is another
 * definition: a collective one (総称して, あわせて) reads past it, a plain one stops there.
 */
function quotedRun(text: string, collective: boolean): string[] {
  const titles: string[] = []
  let rest = text
  for (;;) {
    rest = rest.trimEnd()
    if (/[）)]$/.test(rest) && !collective && titles.length > 0) break
    while (/[）)]$/.test(rest)) rest = skipBracket(rest).trimEnd()
    // a title may be in 『』 as well as 「」
    const close = rest.at(-1)
    if (close !== '」' && close !== '』') break
    const open = rest.lastIndexOf(close === '」' ? '「' : '『')
    if (open === -1) break
    titles.unshift(rest.slice(open + 1, -1).trim())
    rest = rest.slice(0, open).trimEnd()
    const join = joiner.exec(rest)
    if (!join) break
    rest = rest.slice(0, -join[0].length)
  }
  return titles
}

/** The text before the bracketed aside it ends with. */
function skipBracket(text: string): string {
  let depth = 0
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]
    if (ch === '）' || ch === ')') depth++
    else if (ch === '（' || ch === '(') {
      depth--
      if (depth === 0) return text.slice(0, i)
    }
  }
  return ''
}

/** An upstream document as names are resolved against it. */
/** Whether a document name (個別規程, a title, a file name) names this upstream document by its title. */
export function titleNames(upstream: ParsedDocument, document: string): boolean {
  const wanted = compact(document)
  if (wanted === '') return false
  const title = compact(upstream.tree.meta.title ?? '')
  return title.includes(wanted) || fileStem(upstream.path) === document
}

/** A file's name without folder or extension: corpus/upstream-aoba/aoba-option.md → aoba-option. */
export function fileStem(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')
}

export interface NameResolver {
  /** the upstream documents (indexes) a name stands for; undefined when it cannot be told */
  resolve(name: string): number[] | undefined
  /** why a name could not be resolved, with what was tried: the defined names and the titles */
  problem(name: string, sentence: string | undefined): {ja: string; en: string}
}

/**
 * Resolves names against the upstream documents: a title or part of one, a defined name
 * (through the titles it stands for, or every upstream for a description), or a name the
 * reseller ranks as the upstream terms (`collective`). With one upstream, every defined
 * name and collective name is that one.
 */
export function nameResolver(upstreams: ParsedDocument[], defined: DocumentName[], collective: string[] = []): NameResolver {
  const all = upstreams.map((_, index) => index)
  const byName = new Map(defined.map((entry) => [compact(entry.name), entry]))
  const collectiveKeys = new Set(collective.map(compact))
  const resolve = (name: string, depth = 0): number[] | undefined => {
    const direct = all.filter((index) => titleNames(upstreams[index], name))
    if (direct.length > 0) return direct
    const key = compact(name)
    const entry = byName.get(key)
    if (entry && depth < 4) {
      if (entry.titles.length === 0) return all
      const union = new Set<number>()
      for (const title of entry.titles) for (const index of resolve(title, depth + 1) ?? []) union.add(index)
      if (union.size > 0) return [...union].sort((a, b) => a - b)
      return upstreams.length === 1 ? all : undefined
    }
    if (collectiveKeys.has(key)) return all
    return undefined
  }
  return {
    resolve: (name) => resolve(name),
    problem(name, sentence) {
      const list = (lang: Lang) => {
        const names = defined.map((entry) => `「${entry.name}」`)
        const titles = upstreams.map((upstream) => `${upstream.tree.meta.title ?? '?'}（${upstream.path}）`)
        return [...names, ...titles].join(lang === 'ja' ? '、' : ', ') || (lang === 'ja' ? 'なし' : 'none')
      }
      const where = sentence === undefined ? '' : quoteSentence(sentence)
      return {
        ja: `「${name}」に当たる上流の文書がありません（--upstream の文書の表題にも、定義された名称にも当たりません${where ? `。文：「${where}」` : ''}。照合した名称と表題：${list('ja')}）`,
        en: `no upstream document is “${name}” (neither a title of the --upstream documents nor a defined name${where ? `; sentence: “${where}”` : ''}; names and titles tried: ${list('en')})`
      }
    }
  }
}

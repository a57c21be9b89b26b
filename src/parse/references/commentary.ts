// A commentary part (コメント, 逐条解説) comments on the provisions under headings that name
// them (第12条関係, 第33条及び第34条関係). What its text cites — 本条, 第1項, 前条 — is read
// from the article its heading names, as a reader of the commentary reads it.
import {isReferenceHeading} from '../classify/commentary-head.js'
import {headingNumber, readNumeral} from '../normalize.js'
import type {Step} from '../references.js'

const SP = '[ \\t\\u3000]*'
const NUM = '[0-9０-９一二三四五六七八九十百]+'
const article = `第${SP}${NUM}${SP}条(?:${SP}の${SP}${NUM})*`
const articleHeading = new RegExp(`^(${article})(?:${SP}(?:及び|並びに|から|、|・)${SP}${article}(?:${SP}まで)?)*${SP}関係$`)

/**
 * What a line of a commentary says of the article its text is read from: the number of the
 * (first) article a heading names; null for a heading naming none (全般関係, 別表第1関係);
 * undefined for a line that is no heading.
 */
export function commentedArticle(line: string): string | null | undefined {
  const content = line.trim()
  const match = articleHeading.exec(content)
  if (match) return headingNumber(match[1]) ?? null
  return isReferenceHeading(content) ? null : undefined
}

/** The name given as the document of a reference to a model provision or form a commentary quotes. */
export const quotedExample = '規定例'

/** The article and item numbers a commentary text writes as clause heads of its own: the model provisions and forms it quotes. */
export interface QuotedHeads {
  articles: Set<string>
  items: Set<number>
}

const articleHead = new RegExp(`^[ \\t\\u3000]*(${article})[ \\t\\u3000]`)
const itemHead = /^[ \t\u3000]*([一二三四五六七八九十]{1,3})[ \t\u3000]/

/** The clause heads among the lines (leaves) of one commentary text. */
export function quotedHeads(lines: Array<{value: string}>): QuotedHeads {
  const heads: QuotedHeads = {articles: new Set(), items: new Set()}
  for (const {value} of lines) {
    const head = articleHead.exec(value)
    const num = head ? headingNumber(head[1]) : undefined
    if (num !== undefined) heads.articles.add(num)
    const item = itemHead.exec(value)
    if (item) heads.items.add(readNumeral(item[1])!)
  }
  return heads
}

/**
 * A reference in a commentary cites what the commentary quotes (附則第5条 of a model 附則 it
 * sets out, 第五号 of a form it reproduces) when the article, or the bare item, it names is
 * a clause head written in that same commentary text.
 */
export function citesQuote(heads: QuotedHeads, path: Step[]): boolean {
  const article = path.find((step) => step.level === 'article')
  if (article) return article.num !== undefined && heads.articles.has(article.num)
  const first = path[0]
  return first?.level === 'item' && first.num !== undefined && heads.items.has(Number(first.num))
}

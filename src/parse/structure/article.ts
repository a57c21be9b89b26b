// Articles (条): the number and id a new article takes, and the numbering diagnostic it earns.
// Numbers run per scope (the main text, each appendix); a repeated run after an alternative
// label (（ア）…場合) is the other version of the same articles, not a numbering error.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Lang, ParseRuleId} from '../messages.js'
import {articleLabel, compareNumbers} from '../normalize.js'
import type {Article, Paragraph} from '../types.js'
import type {LeafWriter} from './emit.js'
import {numberStep} from './sequence.js'

export type ArticleShape = Pick<Extract<Shape, {kind: 'article'}>, 'num' | 'numEnd' | 'numbering'>

export interface ArticleNumber {
  num: string
  /** the id before it is made unique */
  id: string
  /** a numbering problem: unreadable, or a step that is not the next number */
  diag?: {id: ParseRuleId; previous?: string}
}

export class ArticleNumbers {
  /** the last article number in each scope */
  readonly last = new Map<string, string>()
  readonly highest = new Map<string, string>()
  readonly ordinals = new Map<string, number>()
  /** an alternative label was read since the last article: a repeated number is the other version */
  alternative = false
  unreadable = 0
  unnumbered = 0

  /** Numbers the next article of `scope`; `shape` is undefined for an unnumbered heading provision. */
  next(scope: string, prefix: string, shape: ArticleShape | undefined, label: string): ArticleNumber {
    // an unnumbered heading provision: its id counts such provisions, so it is stable
    if (!shape) {
      const num = `u${++this.unnumbered}`
      return {num, id: `${prefix}art_${num}`}
    }
    let num = shape.num
    if (shape.numbering === 'ordinal') {
      // every entry may be written "1.": the position is the number
      num = String((this.ordinals.get(scope) ?? 0) + 1)
      this.ordinals.set(scope, Number(num))
    }
    if (num === undefined) {
      return {num: label.replace(/[ \t\u3000]/g, ''), id: `${prefix}art_unreadable_${++this.unreadable}`, diag: {id: 'numbering-unreadable'}}
    }
    const previous = this.last.get(scope)
    const step = numberStep(previous, num)
    // past the highest number so far, the alternative versions are over
    const highest = this.highest.get(scope)
    if (highest === undefined || compareNumbers(num, highest) > 0) {
      this.highest.set(scope, num)
      if (!step) this.alternative = false
    }
    this.last.set(scope, shape.numEnd ?? num)
    const result: ArticleNumber = {num, id: `${prefix}art_${num}`}
    // the (イ) version of an article, or of a run of articles, repeats the numbers of the (ア) version
    if (step && !(step !== 'numbering-gap' && this.alternative)) result.diag = {id: step, previous}
    return result
  }
}

/** How a diagnostic names an article: 第3条 / Article 3. */
export function articleName(num: string, lang: Lang): string {
  return lang === 'ja' ? articleLabel(num) : `Article ${num}`
}

/** A caption or title without its brackets: （目的） → 目的. */
export function unbracket(value: string): string {
  return value.replace(/^[（(【［\[]\s*/, '').replace(/\s*[）)】］\]]$/, '')
}

/**
 * An appendix's title: its bracket unwrapped, and where a relation note follows the title
 * (別表第一（巡回地点及び巡回日程）（第二条、第八条関係）), the title alone.
 */
export function appendixTitle(value: string): string {
  const twoGroups = /^[（(]([^（）()]*)[）)][ \t\u3000]*[（(][^（）()]*関係[）)]$/.exec(value.trim())
  return twoGroups ? twoGroups[1].trim() : unbracket(value)
}

/** An article whose whole body (or caption) is 削除, （削除） or 削除。 (deleted, its number kept). */
export function isDeletedBody(body: string): boolean {
  return /^[（(]?削[ \u3000]*除[）)]?。?$/.test(body.trim())
}

/**
 * Writes an article's head line: the number and caption into the article, text after them
 * into its first paragraph (opened by `firstParagraph`), which a lone 削除 marks deleted.
 */
export function emitArticleHead(writer: LeafWriter, article: Article, line: Line, shape: Extract<Shape, {kind: 'article'}>, firstParagraph: () => Paragraph): void {
  const base = line.start
  writer.emit(article, base, base + shape.head.start, 'layout')
  writer.emit(article, base + shape.head.start, base + shape.head.end, 'num')
  let at = base + shape.head.end
  if (shape.caption) {
    article.caption = unbracket(line.text.slice(shape.caption.start, shape.caption.end))
    // 第6条（削除） / ## 第6条　削除: the deletion written where a caption stands
    if (!shape.body && isDeletedBody(article.caption)) article.deleted = true
    writer.emit(article, at, base + shape.caption.start, 'layout')
    writer.emit(article, base + shape.caption.start, base + shape.caption.end, 'caption')
    at = base + shape.caption.end
  }
  if (shape.body) {
    const paragraph = firstParagraph()
    writer.emit(paragraph, at, base + shape.body.start, 'layout')
    writer.emit(paragraph, base + shape.body.start, base + shape.body.end, 'body')
    if (isDeletedBody(line.text.slice(shape.body.start, shape.body.end))) article.deleted = true
    writer.emit(paragraph, base + shape.body.end, line.next, 'layout')
  } else {
    writer.emit(article, at, line.next, 'layout')
  }
}

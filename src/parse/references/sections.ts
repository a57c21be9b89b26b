// 項 in a section-numbered document. Provisions numbered as sections (`## 1. …`, `### 2.はじめに`)
// instead of 第N条 are often called 項 by their own text (「第3項に定める」, 「本項」). Where a
// section numbers no paragraph of that number itself, the numbered unit 項 can name is the
// section: 第N項 is section N, 本項 the section it stands in. 前項 / 次項 keep to the blocks of
// the section while there is a block before / after; from its first / last block they can
// only reach the section before / after.
import type {Step} from '../references.js'
import type {Article, Paragraph} from '../types.js'

interface Blocks {
  /** paragraph numbers written out (a `1.` `2.` list read as the section's paragraphs) */
  numbered: Set<number>
  first?: Paragraph
  last?: Paragraph
}

const cache = new WeakMap<Article, Blocks>()

function blocksOf(article: Article): Blocks {
  let blocks = cache.get(article)
  if (!blocks) {
    blocks = {numbered: new Set()}
    for (const child of article.children) {
      if (child.type !== 'paragraph') continue
      blocks.first ??= child
      blocks.last = child
      if (child.label !== undefined) blocks.numbered.add(child.num)
    }
    cache.set(article, blocks)
  }
  return blocks
}

/** 第N項 written in `article` cites section N: the article is a section that writes no paragraph N. */
export function citesSection(article: Article | undefined, num: string): boolean {
  return article?.numbering === 'section' && !blocksOf(article).numbered.has(Number(num))
}

/** 本項, or 前項 / 次項 (one step) written in `paragraph` of `article`, steps between sections rather than paragraphs. */
export function stepsBetweenSections(article: Article | undefined, paragraph: Paragraph, step: Step): boolean {
  if (article?.numbering !== 'section') return false
  const blocks = blocksOf(article)
  if (blocks.numbered.size > 0) return false
  if (step.rel === 'this') return true
  if (step.count !== undefined && step.count !== 1) return false
  return step.rel === 'previous' ? paragraph === blocks.first : step.rel === 'next' && paragraph === blocks.last
}

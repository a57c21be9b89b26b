// reference-caption-matches: a caption quoted with an article — 第19条（反社会的勢力の排除に
// 対する表明保証） — is that article's caption. When another article carries it, the
// reference most likely lost its number in a renumbering, so the message names that article.
// A caption quoted with an appendix (別表第1（料金表）) is that appendix's title.
import {articleLabel, compact} from '../../parse/normalize.js'
import {clauseLabel} from '../../parse/citation.js'
import {traceReference, type Reference} from '../../parse/references.js'
import {treeIndex} from '../../parse/tree.js'
import type {Document, Parent} from '../../parse/types.js'
import {captionCarrier, captionMismatch} from '../references.js'
import type {Message, Rule} from '../types.js'

export const referenceCaptionMatches: Rule = {
  id: 'reference-caption-matches',
  severity: 'error',
  description: {
    ja: '参照に添えた見出しが参照先の条・別表の見出しと一致すること',
    en: 'the caption quoted with a reference is the caption of the article or appendix it cites'
  },
  check({tree, references, report}) {
    const {byId} = treeIndex(tree)
    for (const ref of references) {
      if (ref.kind === 'external') continue
      const [first] = ref.path
      if (first?.level === 'appendix') {
        const mismatch = appendixCaptionMismatch(ref.path, tree, byId)
        if (mismatch) report({message: mismatch, position: ref.position, clause: ref.source})
        continue
      }
      // A missing article is reference-target-exists's to report; a paragraph missing below a
      // mismatched caption is this rule's, as the renumbering is the cause.
      const articles = captionMismatch(ref, tree)
      if (!articles) continue
      const cited = articles[0]
      const label = articleLabel(cited.num)
      const carrier = captionCarrier(tree, ref.caption!, cited)
      const actual = cited.caption === undefined
        ? {ja: `${label}には見出しがありません`, en: `${label} has no caption`}
        : {ja: `${label}の見出しは「${cited.caption}」です`, en: `the caption of ${label} is “${cited.caption}”`}
      const message = carrier
        ? {
            ja: `${actual.ja}。${label}ではなく${articleLabel(carrier.num)}（${carrier.caption}）では？`,
            en: `${actual.en}; did you mean ${articleLabel(carrier.num)}（${carrier.caption}） rather than ${label}?`
          }
        : {ja: `${actual.ja}（参照では「${ref.caption}」）`, en: `${actual.en}, not “${ref.caption}” as quoted`}
      report({message, position: ref.position, clause: ref.source})
    }
  }
}

/**
 * 別表第1（料金表） where 別表第1 is titled 料金: the caption quoted does not name the appendix.
 * An appendix titled only by a relation note (（第二条関係）) has no title to compare.
 */
function appendixCaptionMismatch(path: Reference['path'], tree: Document, byId: Map<string, Parent>): Message | undefined {
  const [step] = path
  if (step.caption === undefined) return undefined
  const {targets} = traceReference({kind: 'appendix', raw: '', path: [step], position: tree.position}, tree)
  const appendix = targets.length === 1 ? byId.get(targets[0]) : undefined
  if (appendix?.type !== 'appendix' || appendix.title === undefined || /関係$/.test(appendix.title)) return undefined
  if (compact(appendix.title) === compact(step.caption)) return undefined
  const label = clauseLabel(tree, appendix.id)
  return {ja: `${label}の見出しは「${appendix.title}」です（参照では「${step.caption}」）`, en: `the title of ${label} is “${appendix.title}”, not “${step.caption}” as quoted`}
}

// reference-caption-matches: a caption quoted with an article — 第19条（反社会的勢力の排除に
// 対する表明保証） — is that article's caption. When another article carries it, the
// reference most likely lost its number in a renumbering, so the message names that article.
import {articleLabel} from '../../parse/normalize.js'
import {captionCarrier, captionMismatch} from '../references.js'
import type {Rule} from '../types.js'

export const referenceCaptionMatches: Rule = {
  id: 'reference-caption-matches',
  severity: 'error',
  description: {
    ja: '参照に添えた見出しが参照先の条の見出しと一致すること',
    en: 'the caption quoted with a reference is the caption of the article it cites'
  },
  check({tree, references, report}) {
    for (const ref of references) {
      if (ref.kind === 'external') continue
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

// reference-not-deleted: a reference cites an article still in force, not one the document
// keeps only as 削除 (第7条　削除, or one of 第2条から第4条まで　削除). A deletion leaves the
// references to the article behind; each now points at nothing the reader can apply.
import {deletedArticleCited, referenceLabel} from '../references.js'
import type {Rule} from '../types.js'

export const referenceNotDeleted: Rule = {
  id: 'reference-not-deleted',
  severity: 'warning',
  description: {
    ja: '参照先が「削除」とされた条でないこと',
    en: 'a reference does not cite an article the document marks 削除 (deleted)'
  },
  check({tree, references, report}) {
    for (const ref of references) {
      const deleted = deletedArticleCited(ref, tree)
      if (!deleted) continue
      const label = referenceLabel(ref)
      // a run of deleted articles is one node labelled 第2条から第4条まで
      const run = deleted.numEnd === undefined ? '' : `（${deleted.label}　削除）`
      report({
        message: {ja: `「${label}」は削除された条です${run}`, en: `${label} is an article marked 削除 (deleted)${run}`},
        position: ref.position,
        clause: ref.source
      })
    }
  }
}

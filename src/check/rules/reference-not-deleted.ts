// reference-not-deleted: a reference cites an article still in force, not one the document
// keeps only as 削除 (第7条　削除, or one of 第2条から第4条まで　削除). A deletion leaves the
// references to the article behind; each now points at nothing the reader can apply.
import {traceReference} from '../../parse/references.js'
import {treeIndex} from '../../parse/tree.js'
import {referenceLabel} from '../references.js'
import type {Parent} from '../../parse/types.js'
import type {Rule} from '../types.js'

export const referenceNotDeleted: Rule = {
  id: 'reference-not-deleted',
  severity: 'warning',
  description: {
    ja: '参照先が「削除」とされた条でないこと',
    en: 'a reference does not cite an article the document marks 削除 (deleted)'
  },
  check({tree, references, report}) {
    const {byId, parent} = treeIndex(tree)
    // the article a target lies in: 第2条第1項 of a deleted 第2条 holds only its 削除
    const articleOf = (id: string): Parent | undefined => {
      let node: Parent | undefined = byId.get(id)
      while (node && node.type !== 'article') node = parent.get(node)
      return node
    }
    for (const ref of references) {
      if (ref.kind === 'external') continue
      const {targets, problem} = traceReference(ref, tree)
      // 第4条第2項 where 第4条 is deleted: no such paragraph, because no such article any more
      const cited = problem?.type === 'missing' ? problem.within : targets
      const deleted = cited.map(articleOf).find((node) => node?.type === 'article' && node.deleted)
      if (!deleted || deleted.type !== 'article') continue
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

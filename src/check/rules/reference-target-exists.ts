// reference-target-exists: the article, paragraph, item or appendix a reference cites is
// there. A missing article cited with its caption is matched to the article that carries
// that caption, which is what a renumbering (条ズレ) leaves behind; when the article exists
// under another caption, reference-caption-matches reports it instead.
import {traceReference} from '../../parse/references.js'
import {treeIndex} from '../../parse/tree.js'
import {articleLabel} from '../../parse/normalize.js'
import {clauseLabel} from '../../parse/citation.js'
import {captionCarrier, captionMismatch, referenceLabel} from '../references.js'
import type {Message, Rule} from '../types.js'
import {childNodes, isParagraph} from '../../parse/tree.js'

export const referenceTargetExists: Rule = {
  id: 'reference-target-exists',
  severity: 'error',
  description: {
    ja: '参照先の条・項・号・別表等が存在すること',
    en: 'the article, paragraph, item or appendix a reference cites exists'
  },
  check({tree, references, file, report}) {
    const index = treeIndex(tree)
    const source = String(file.value)
    for (const ref of references) {
      const {problem} = traceReference(ref, tree)
      if (problem?.type !== 'missing' || captionMismatch(ref, tree) || linked(source, ref.position.end.offset ?? source.length)) continue
      const label = referenceLabel(ref)
      // the ids searched are the tree's own
      const within = problem.within.map((id) => index.byId.get(id)!)
      // a paragraph of an article marked 削除 is reference-not-deleted's
      if (within.some((node) => node.type === 'article' && node.deleted)) continue
      let extent: Message | undefined
      if (within.length === 1 && problem.level !== 'article') {
        const kind = problem.level === 'paragraph' ? 'paragraph' : 'item'
        // items of an article cited as a whole (from a commentary on it) are those of its paragraphs
        const holders = kind === 'item' && within[0].type === 'article' ? childNodes(within[0]).filter(isParagraph) : [within[0]]
        const count = holders.reduce((n, holder) => n + childNodes(holder).filter((child) => child.type === kind).length, 0)
        const unit = kind === 'paragraph' ? '項' : '号'
        const where = clauseLabel(tree, within[0].id)
        extent = count > 0
          ? {ja: `（${where}は第${count}${unit}まで）`, en: ` (${where} ends at ${kind} ${count})`}
          : {ja: `（${where}に${unit}はありません）`, en: ` (${where} has no ${kind === 'paragraph' ? 'paragraphs' : 'items'})`}
      }
      const carrier = ref.caption === undefined ? undefined : captionCarrier(tree, ref.caption)
      const hint: Message = carrier
        ? {ja: `。${articleLabel(carrier.num)}（${carrier.caption}）では？`, en: `; did you mean ${articleLabel(carrier.num)}（${carrier.caption}）?`}
        : {ja: '', en: ''}
      report({
        message: {
          ja: `「${label}」は存在しません${extent?.ja ?? ''}${hint.ja}`,
          en: `${label} does not exist${extent?.en ?? ''}${hint.en}`
        },
        position: ref.position,
        clause: ref.source
      })
    }
  }
}

/** 別紙<a href=…>「機能一覧」</a> / 別紙[一覧](…): an appendix kept as a linked document of its own. */
function linked(source: string, end: number): boolean {
  return /^[ \t\u3000]*(?:<a[ \t]|\[[^\]\n]*\]\()/.test(source.slice(end, end + 200))
}

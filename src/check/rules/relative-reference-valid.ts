// relative-reference-valid: 前項, 次条, 前3項, 前各号, 同条 can be taken from where they
// stand — not 前項 in a first paragraph, 前3項 (or 前3号) with two before it, 前各号 with
// no items before it, 同条 with nothing cited before it.
import {treeIndex} from '../../parse/tree.js'
import {traceReference, type RelativeReason, type StepLevel} from '../../parse/references.js'
import type {Document} from '../../parse/types.js'
import {clauseLabel} from '../../parse/citation.js'
import {deletedArticleCited} from '../references.js'
import type {Message, Rule} from '../types.js'

const units: Record<StepLevel, Message> = {
  // Stryker disable next-line ObjectLiteral,StringLiteral: no step among appendices is relative (there is no 前別表), so no message reaches this entry
  appendix: {ja: '別表等', en: 'appendix'},
  article: {ja: '条', en: 'article'},
  paragraph: {ja: '項', en: 'paragraph'},
  item: {ja: '号', en: 'item'}
}

export const relativeReferenceValid: Rule = {
  id: 'relative-reference-valid',
  severity: 'error',
  description: {
    ja: '前項・次条・前N項・前各号・同条などの相対参照が、書かれた位置から成り立つこと',
    en: 'relative references (前項, 次条, 前N項, 前各号, 同条) can be taken from where they stand'
  },
  check({tree, references, report}) {
    for (const ref of references) {
      const {problem} = traceReference(ref, tree)
      // 第7条各号 of a deleted 第7条 is reference-not-deleted's
      if (problem?.type !== 'relative' || deletedArticleCited(ref, tree)) continue
      const where = ref.source === undefined ? '' : clauseLabel(tree, placeAt(tree, ref.source, problem.level, problem.reason))
      report({message: explain(problem.reason, ref.raw, units[problem.level], where, problem.available), position: ref.position, clause: ref.source})
    }
  }
}

/**
 * The clause a message names: for 前条 in the first article, that article (not the paragraph
 * holding the words); for 前項 / 次号, the paragraph or item; for 前各号 or a step taken
 * outside any clause of its level, the clause holding the reference.
 */
function placeAt(tree: Document, source: string, level: StepLevel, reason: RelativeReason): string {
  if (reason !== 'first' && reason !== 'last' && reason !== 'too-few') return source
  const {byId, parent} = treeIndex(tree)
  for (let node = byId.get(source); node; node = parent.get(node)) if (node.type === level) return node.id
  return source
}

function explain(reason: RelativeReason, raw: string, unit: Message, where: string, available = 0): Message {
  switch (reason) {
    case 'first':
      return {ja: `「${raw}」が指す${unit.ja}がありません（${where}は最初の${unit.ja}です）`, en: `“${raw}” points at nothing: ${where} is the first ${unit.en}`}
    case 'too-few':
      return {
        ja: `「${raw}」が指すだけの${unit.ja}がありません（${where}の前には${available}${unit.ja}しかありません）`,
        en: `“${raw}” needs more ${unit.en}s than the ${available} before ${where}`
      }
    case 'last':
      return {ja: `「${raw}」が指す${unit.ja}がありません（${where}は最後の${unit.ja}です）`, en: `“${raw}” points at nothing: ${where} is the last ${unit.en}`}
    case 'no-antecedent':
      return {ja: `「${raw}」の「同」が指す${unit.ja}が、この前に引用されていません`, en: `“${raw}” refers back to no ${unit.en} cited before it`}
    case 'no-items':
      return {ja: `「${raw}」が指す号がありません（${where}）`, en: `“${raw}” points at no items (${where})`}
    case 'outside':
      return {ja: `「${raw}」は${unit.ja}の中にないため、指す${unit.ja}がありません（${where}）`, en: `“${raw}” stands outside any ${unit.en}, so it points at nothing (${where})`}
  }
}

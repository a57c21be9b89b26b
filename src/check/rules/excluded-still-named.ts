// excluded-still-named (with --upstream): an upstream item or clause the document
// excludes (「…は適用しません」), or a whole upstream document it excludes, is still named elsewhere in the upstream text — a row of a
// price table, another item's requirement, a 第3条第2号 reference — so the exclusion
// leaves words behind that point at nothing. The lookup is the rewrite step's own.
import {toText} from '../../parse/text.js'
import {findDangling} from '../../terms/dangling.js'
import {readDocumentNames} from '../../terms/document-names.js'
import {resolvedExclusions} from '../../terms/exclusions.js'
import {clauseReferenceLabel} from '../../terms/labels.js'
import {readPrecedence} from '../../terms/precedence.js'
import type {Rule} from '../types.js'

export const excludedStillNamed: Rule = {
  id: 'excluded-still-named',
  severity: 'warning',
  needsUpstream: true,
  description: {
    ja: '適用除外とした上流の号・条項が、上流の文書の他の箇所（料金表の行、他の号、「第3条第2号」などの参照）にまだ書かれていないこと',
    en: 'an upstream item or clause the document excludes is not still named elsewhere in the upstream text (a price row, another item, a reference)'
  },
  check({tree, upstreams, report}) {
    const defined = readDocumentNames(tree)
    const precedence = readPrecedence(tree, defined)
    const collective = precedence?.upstream === undefined ? [] : precedence.ranks[precedence.upstream]
    // Exclusions that do not resolve are external-reference-resolves' to report.
    const exclusions = resolvedExclusions(tree, upstreams, {defined, collective})
    const found = findDangling(
      upstreams.map((upstream) => ({tree: upstream.tree, text: toText(upstream.tree)})),
      exclusions
    )
    for (const entry of found) {
      const exclusion = exclusions[entry.exclusion]
      const what = clauseReferenceLabel(exclusion.reference)
      const where = `${upstreams[entry.document].path}:${entry.line}:${entry.column}${entry.clause ? ` ${entry.clause}` : ''}`
      const message =
        entry.kind === 'reference'
          ? {ja: `適用除外とした ${what} を、上流の参照「${entry.text}」がまだ指しています（${where}）`, en: `the upstream reference “${entry.text}” still cites the excluded ${what} (${where})`}
          : {ja: `適用除外とした ${what} の「${entry.text}」が、上流の文書の他の箇所にまだ書かれています（${where}）`, en: `“${entry.text}”, excluded as ${what}, is still named elsewhere in the upstream text (${where})`}
      report({message, position: exclusion.statedIn?.position ?? tree.position, clause: exclusion.statedIn?.clause})
    }
  }
}

// external-reference-resolves (with --upstream): a reference into another document —
// 個別規程「第3条（利用資格）(1)」, 「第7条（…）(2) アーカイブオプション」 — finds its clause in
// the upstream document it names, with the caption and the option name it quotes. The
// lookup is the rewrite step's own, so check and rewrite never disagree about a clause.
import {toText} from '../../parse/text.js'
import {readDocumentNames} from '../../terms/document-names.js'
import {fromReference, names, resolveExclusions} from '../../terms/resolve.js'
import {referenceLabel} from '../references.js'
import type {Rule, ParsedDocument} from '../types.js'

export const externalReferenceResolves: Rule = {
  id: 'external-reference-resolves',
  severity: 'error',
  needsUpstream: true,
  description: {
    ja: '他の文書への参照（個別規程「第3条(1)」など）が --upstream の文書の条項に当たり、引用した見出し・名称が一致すること',
    en: 'a reference into another document finds its clause in the --upstream document it names, with the quoted caption and name'
  },
  check({tree, references, upstreams, report}) {
    const text = toText(tree)
    const defined = readDocumentNames(tree)
    for (const ref of references) {
      if (ref.kind !== 'external' || ref.document === undefined || !inScope(ref.document, upstreams, text)) continue
      const [result] = resolveExclusions([{reference: fromReference(ref)}], upstreams, [], defined)
      if (!result.problem) continue
      const label = `${ref.document}${referenceLabel(ref)}`
      report({
        message: {ja: `「${label}」を上流の文書で解決できません: ${result.problem.ja}`, en: `cannot resolve ${label} in the upstream documents: ${result.problem.en}`},
        position: ref.position,
        clause: ref.source
      })
    }
  }
}

/**
 * Checked only when the document named is one given (its title or file name), or a
 * collective name the document defines for them (「特定協定事業者約款」といいます);
 * 民法第90条 names none of them and stays unchecked.
 */
function inScope(document: string, upstreams: ParsedDocument[], text: string): boolean {
  return upstreams.some((upstream) => names(upstream, document)) || new RegExp(`「${document.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}」と(?:いいます|いう|総称)`).test(text)
}

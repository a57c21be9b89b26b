// reference-part-exists: the part of a provision a reference names is there — 第5条第2項ただし書
// cites a paragraph with a proviso (a sentence opening ただし), 前項後段 one of two sentences or
// more, 第3条各号列記以外の部分 an article with items. A paragraph inserted or removed moves
// 項 numbers under such references, and the part is what shows the reference now lands wrong.
// 本文 is not judged: real terms use it for a clause's main text whether or not a proviso follows
// (第32条本文 for the text above its items).
import {traceReference, type ProvisionPart} from '../../parse/references.js'
import {childNodes, treeIndex} from '../../parse/tree.js'
import {ownText} from '../../parse/text.js'
import {clauseLabel} from '../../parse/citation.js'
import type {Parent} from '../../parse/types.js'
import {splitSentences} from '../../terms/sentences.js'
import type {Message, Rule} from '../types.js'

export const referencePartExists: Rule = {
  id: 'reference-part-exists',
  severity: 'warning',
  description: {
    ja: '「ただし書」「後段」「各号列記以外の部分」などと示された部分が、参照先の条項にあること',
    en: 'the part a reference names (ただし書, 後段, 各号列記以外の部分) is there in the clause it cites'
  },
  check({tree, references, report}) {
    const {byId} = treeIndex(tree)
    for (const ref of references) {
      const kind = ref.part?.kind
      if (kind === undefined || kind === 'main') continue
      const {targets} = traceReference(ref, tree)
      // several targets (前各項ただし書) are read as one provision each; a reference citing nothing is reference-target-exists's
      const missing = targets.map((id) => byId.get(id)!).find((node) => !hasPart(node, kind))
      if (!missing) continue
      report({message: message(`「${ref.raw}${ref.part!.text}」`, kind, clauseLabel(tree, missing.id)), position: ref.position, clause: ref.source})
    }
  }
}

/** The provisions a reference to `node` may mean: an article's paragraphs, or the clause itself. */
function provisions(node: Parent): Parent[] {
  if (node.type !== 'article') return [node]
  const paragraphs = childNodes(node).filter((child) => child.type === 'paragraph')
  return paragraphs.length > 0 ? paragraphs : [node]
}

const proviso = /^(?:ただし|但し?)/

type JudgedPart = Exclude<ProvisionPart['kind'], 'main'>

function hasPart(node: Parent, kind: JudgedPart): boolean {
  // An article of several paragraphs cited whole: any of them may be the one meant.
  return provisions(node).some((provision) => {
    if (kind === 'lead') return childNodes(provision).some((child) => child.type === 'item')
    const sentences = splitSentences(ownText(provision))
    if (kind === 'proviso') return sentences.slice(1).some((sentence) => proviso.test(sentence))
    return sentences.length >= 2
  })
}

function message(cited: string, kind: JudgedPart, where: string): Message {
  switch (kind) {
    case 'proviso':
      return {
        ja: `${cited}とありますが、${where}にはただし書（「ただし、」で始まる文）がありません`,
        en: `${cited} cites a proviso, but ${where} has no sentence opening ただし`
      }
    case 'former':
    case 'latter':
      return {
        ja: `${cited}とありますが、${where}は一文だけで、前段・後段に分かれていません`,
        en: `${cited} cites one of two sentences, but ${where} has a single sentence`
      }
    case 'lead':
      return {
        ja: `${cited}とありますが、${where}には号がありません`,
        en: `${cited} cites the text leading the items, but ${where} has no items`
      }
  }
}

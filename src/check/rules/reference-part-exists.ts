// reference-part-exists: the part of a provision a reference names is there — 第5条第2項ただし書
// cites a paragraph with a proviso (a sentence opening ただし), 前項後段 one of two sentences or
// more besides a proviso, 第3条各号列記以外の部分 an article with items. A paragraph inserted or removed moves
// 項 numbers under such references, and the part is what shows the reference now lands wrong.
// 本文 is not judged: real terms use it for a clause's main text whether or not a proviso follows
// (第32条本文 for the text above its items).
import {traceReference, type ProvisionPart} from '../../parse/references.js'
import {childNodes, treeIndex} from '../../parse/tree.js'
import {leaves, ownText} from '../../parse/text.js'
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
    const {byId, parent} = treeIndex(tree)
    for (const ref of references) {
      const kind = ref.part?.kind
      if (kind === undefined || kind === 'main') continue
      const {targets} = traceReference(ref, tree)
      // several targets (前各項ただし書) are read as one provision each; a reference citing nothing is
      // reference-target-exists's, one citing a deleted article reference-not-deleted's
      const nodes = targets.map((id) => byId.get(id)!)
      if (nodes.some((node) => inDeletedArticle(node, parent))) continue
      const missing = nodes.find((node) => !hasPart(node, kind))
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
    // bullets (・, -) a plain-text article leaves in its text are items too
    if (kind === 'lead') return childNodes(provision).some((child) => child.type === 'item') || bulleted(provision)
    // a proviso set on its own line after the items is read into the last item: it counts for the provision
    if (kind === 'proviso') {
      const sentences = leaves(provision).flatMap((leaf) => (leaf.role === 'body' ? splitSentences(leaf.value) : []))
      return sentences.slice(1).some((sentence) => proviso.test(sentence))
    }
    // 本文 and ただし書 are not 前段 and 後段: two sentences besides a proviso
    return splitSentences(ownText(provision)).filter((sentence) => !proviso.test(sentence)).length >= 2
  })
}

function bulleted(node: Parent): boolean {
  const marks = node.children.filter(
    (child) => child.type === 'text' && ((child.role === 'body' && /^[ \t\u3000]*[-・●○◦▪]/.test(child.value)) || (child.role === 'layout' && /\n[ \t\u3000]*[-・●○◦▪][ \t\u3000]*$/.test(child.value)))
  )
  return marks.length >= 2
}

/** The node is, or lies in, an article marked 削除. */
function inDeletedArticle(node: Parent, parent: Map<Parent, Parent>): boolean {
  for (let at: Parent | undefined = node; at; at = parent.get(at)) if (at.type === 'article') return at.deleted === true
  return false
}

function message(cited: string, kind: JudgedPart, where: string): Message {
  switch (kind) {
    case 'proviso':
      return {
        ja: `${cited}とありますが、${where}にはただし書（「ただし」「但し」で始まる文）がありません`,
        en: `${cited} cites a proviso, but ${where} has no sentence opening ただし`
      }
    case 'former':
    case 'latter':
      return {
        ja: `${cited}とありますが、${where}は一文だけで、前段・後段に分かれていません`,
        en: `${cited} cites the first or a later sentence, but ${where} has a single sentence besides any proviso`
      }
    case 'lead':
      return {
        ja: `${cited}とありますが、${where}には号がありません`,
        en: `${cited} cites the text leading the items, but ${where} has no items`
      }
  }
}

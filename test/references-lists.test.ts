// Reading references where explanatory texts write them: lists joined with ・, a bracket
// after another document's provision, and provisions as they stood before a revision.
import {describe, expect, it} from 'vitest'
import {findReferences, type Reference} from '../src/parse/references.js'

const summary = (refs: Reference[]) => refs.map((ref) => `${ref.raw} ${ref.kind}${ref.document ? `:${ref.document}` : ''} ${ref.path.map((s) => `${s.level}${s.num ?? ''}`).join('/')}`)

describe('references in explanatory text', () => {
  it('carries the article to the next member of a list joined with ・', () => {
    expect(summary(findReferences('詳しくは第35条第2項・第4項を見ること。'))).toEqual(['第35条第2項 absolute article35/paragraph2', '第4項 absolute article35/paragraph4'])
  })
  it('reads an article opening the bracket after another document’s provision as that document’s', () => {
    expect(summary(findReferences('民法第17条第2項（第18条第3項において準用する場合を含む。）の定め'))).toEqual([
      '第17条第2項 external:民法 article17/paragraph2',
      '第18条第3項 external:民法 article18/paragraph3'
    ])
    expect(summary(findReferences('第5条第1項（第7条において準用する場合を含む。）の定め'))).toEqual(['第5条第1項 absolute article5/paragraph1', '第7条 absolute article7'])
  })
  it('takes provisions named after 改正前 in the same sentence as the former text', () => {
    expect(summary(findReferences('前回の改正前までの第24条第2項及び第6条は削った。第24条は残る。'))).toEqual([
      '第24条第2項 external:改正前 article24/paragraph2',
      '第6条 external:改正前 article6',
      '第24条 absolute article24'
    ])
  })
})

// 項 in section-numbered documents (`## 1. …` provisions without 第N条): 第N項, 本項, 前項
// and 次項 resolve as the document means them — sections where the section numbers no
// paragraphs, its paragraphs where it does — and check raises no error for them.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {realDocuments} from '../bench/real-terms.js'
import {checkDocument} from '../src/check/index.js'
import {parse} from '../src/parse/index.js'
import {collectReferences, resolveReference} from '../src/parse/references.js'
import {viewFinding} from './helpers/findings.js'

/** Each reference as `line raw → targets`. */
function resolved(text: string): string[] {
  const {tree} = parse(text)
  return collectReferences(tree).map((ref) => `${ref.position.start.line} ${ref.raw} → ${resolveReference(ref, tree).join(',')}`)
}

const club = readFileSync(new URL('fixtures/sections/club-rules.md', import.meta.url), 'utf8')

describe('a section-numbered document of our own', () => {
  it('resolves 項 to sections where the section numbers no paragraphs, to paragraphs where it does', () => {
    expect(resolved(club)).toEqual([
      '9 第3項 → art_3',
      '15 前項 → art_2__para_1',
      '15 本項 → art_2',
      '19 前項 → art_2',
      '21 第5項 → art_5',
      '21 次項 → art_4',
      '26 前項 → art_4__para_1',
      '27 第1項 → art_4__para_1',
      '27 前項 → art_4__para_2',
      '31 第9項 → '
    ])
  })
  it('check reports only the section that does not exist', async () => {
    const {tree, file} = parse(club)
    const findings = (await checkDocument(tree, file)).map(viewFinding)
    expect(findings.map((f) => `${f.position.start.line} ${f.ruleId} ${f.message}`)).toEqual(['31 reference-target-exists 「第9項」は存在しません'])
  })
  it('reads the same words in a 第N条 document as paragraphs', () => {
    const text = '第1条（会員）\n会員は登録した人とする。\n2 前項の会員は名簿に載る。\n第2条（会費）\n会費は年千円とする。\n2 第3項の場合は返さない。\n'
    expect(resolved(text)).toEqual(['3 前項 → art_1__para_1', '6 第3項 → '])
  })
})

const documents = new Map(realDocuments().map((doc) => [doc.name, doc.text]))
if (documents.size === 0) console.warn('references-sections: real-terms part skipped — ../shared/real-terms is absent')

describe.skipIf(documents.size === 0)('section-numbered documents in ../shared/real-terms', () => {
  it('hanamisskey-tos.md: 第2項 and 第4項 cite sections 2 and 4, 本項 the section it stands in', () => {
    expect(resolved(documents.get('hanamisskey-tos.md')!)).toEqual(['97 第2項 → art_2', '97 第4項 → art_4', '121 本項 → art_5'])
  })
  it('paspit-privacy-2018-07-17.md: in a section that numbers its paragraphs, 第1項（5） and 前項 are paragraphs', () => {
    expect(resolved(documents.get('paspit-privacy-2018-07-17.md')!)).toEqual([
      '33 前項 → art_4__para_1',
      '41 前項 → art_4__para_2',
      '41 第1項（5） → art_4__para_1__item_5',
      '49 前項 → art_6__para_2'
    ])
  })
})

import {expect, it} from 'vitest'
import {parse} from '../index.js'
import {collectReferences, resolveReference} from '../references.js'

it('reads 附則第N項 written in one of several 附則 as that 附則’s paragraph, and from the body as any 附則’s', () => {
  const source = [
    '## 第1条（目的）',
    '附則第3項によります。',
    '',
    '## 附則（2023年4月1日）',
    '1. この規約は、2023年4月1日から施行します。',
    '2. 附則第1項の規定にかかわらず、なお従前の例によります。',
    '',
    '## 附則（2025年4月1日）',
    '1. この改定は、2025年4月1日から施行します。',
    '2. 附則第1項の日に付与したものを除きます。',
    '3. 附則第2項のものの期限は、2025年9月30日とします。',
    ''
  ].join('\n')
  const tree = parse(source).tree
  const resolved = collectReferences(tree).map((ref) => [ref.source, ref.raw, resolveReference(ref, tree)])
  expect(resolved).toEqual([
    ['art_1__para_1', '附則第3項', ['annex_2__para_3']],
    ['annex_1__para_2', '附則第1項', ['annex_1__para_1']],
    ['annex_2__para_2', '附則第1項', ['annex_2__para_1']],
    ['annex_2__para_3', '附則第2項', ['annex_2__para_2']]
  ])
})

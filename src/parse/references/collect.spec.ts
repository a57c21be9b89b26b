import {expect, it} from 'vitest'
import {parse} from '../index.js'
import {collectReferences} from './collect.js'

const source = '第1条（目的）\n本文です。\n\n第2条（範囲）\n第1条第2項の定めによります。\n２　前項及び別表に従います。\n'

it('scans only the clause texts `only` accepts, with the same positions as a full scan', () => {
  const tree = parse(source).tree
  const all = collectReferences(tree)
  expect(all.map((r) => [r.source, r.raw, r.kind])).toEqual([
    ['art_2__para_1', '第1条第2項', 'absolute'],
    ['art_2__para_2', '前項', 'relative'],
    ['art_2__para_2', '別表', 'appendix']
  ])
  const some = collectReferences(tree, {keepTexts: false, only: (text) => text.includes('条')})
  expect(some).toEqual([all[0]])
})

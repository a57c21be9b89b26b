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

it('reads the clauses a bracket excepts right after another body of terms as that document’s, quoted or not', () => {
  const text = '第1条（適用）\n当社は、「乙 基本規約」（第2条及び第3条を除きます。）及び丙約款（第4条を除く。）を適用します。\n２　本約款（第1条を除く。）は、電磁的方法（第1条に定める方法を除く。）による場合にも適用します。\n'
  expect(collectReferences(parse(text).tree).map((r) => [r.raw, r.kind, r.document])).toEqual([
    ['第2条', 'external', '乙 基本規約'],
    ['第3条', 'external', '乙 基本規約'],
    ['第4条', 'external', '丙約款'],
    ['第1条', 'absolute', undefined],
    ['第1条', 'absolute', undefined]
  ])
})

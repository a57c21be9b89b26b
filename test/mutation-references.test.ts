// What resolve.ts does with each kind of relative and absolute reference, pinned by target
// ids and by the problem reported: 次項/次号 in a last clause, 前各項 and 前N項, 前各号 in a
// paragraph's own text, 本条/本項, 同条, a missing 項 or 号 with where it was looked for,
// 第2条(1), 別表第1 naming the one 別表, and 前条/次条 inside 附則 moving among its articles.
import {describe, expect, test} from 'vitest'
import {parse} from '../src/parse/index.js'
import {collectReferences, resolveReference, traceReference} from '../src/parse/references.js'

const lines = [
  '第1条（目的）',
  '本文です。',
  '2 前項の規定は、次項に定める。',
  '3 前各項及び前2項の場合は、次項による。',
  '第2条（範囲）',
  '当社は、次の各号に定める。',
  '(1) 次号に掲げるもの',
  '(2) 前号に掲げるもの及び次号',
  '2 前各号に掲げるもの、前3項、本条及び本項による。',
  '第3条（準用）',
  '第2条第3項、第9条、第2条第2項第5号、第1条第2項及び同条第3項、第2条(1)並びに別表第1による。',
  '',
  '附則',
  '第1条（施行）',
  'この約款は公布の日から施行する。前条による。',
  '第2条（経過措置）',
  '前条の規定及び次条による。本号による。',
  '',
  '別表（料金）',
  '| 区分 | 金額 |',
  '| --- | --- |',
  '| 一 | 百円 |'
]

/** [line, as written, citing clause, targets, problem without its step] of every reference. */
function traceAll(text: string) {
  const {tree} = parse(text)
  return collectReferences(tree).map((ref) => {
    const {targets, problem} = traceReference(ref, tree)
    const {step: _step, ...reason} = (problem ?? {}) as Record<string, unknown>
    return [ref.position.start.line, ref.raw, ref.source, targets, problem ? reason : undefined]
  })
}

describe('resolving references in one document', () => {
  test('every reference, its clause, its targets and its problem', () => {
    expect(traceAll(lines.join('\n'))).toEqual([
      [3, '前項', 'art_1__para_2', ['art_1__para_1'], undefined],
      [3, '次項', 'art_1__para_2', ['art_1__para_3'], undefined],
      [4, '前各項', 'art_1__para_3', ['art_1__para_1', 'art_1__para_2'], undefined],
      [4, '前2項', 'art_1__para_3', ['art_1__para_1', 'art_1__para_2'], undefined],
      [4, '次項', 'art_1__para_3', [], {type: 'relative', level: 'paragraph', reason: 'last'}],
      [6, '各号', 'art_2__para_1', ['art_2__para_1__item_1', 'art_2__para_1__item_2'], undefined],
      [7, '次号', 'art_2__para_1__item_1', ['art_2__para_1__item_2'], undefined],
      [8, '前号', 'art_2__para_1__item_2', ['art_2__para_1__item_1'], undefined],
      [8, '次号', 'art_2__para_1__item_2', [], {type: 'relative', level: 'item', reason: 'last'}],
      [9, '前各号', 'art_2__para_2', ['art_2__para_1__item_1', 'art_2__para_1__item_2'], undefined],
      [9, '前3項', 'art_2__para_2', [], {type: 'relative', level: 'paragraph', reason: 'too-few', available: 1}],
      [9, '本条', 'art_2__para_2', ['art_2'], undefined],
      [9, '本項', 'art_2__para_2', ['art_2__para_2'], undefined],
      [11, '第2条第3項', 'art_3__para_1', [], {type: 'missing', level: 'paragraph', num: '3', within: ['art_2']}],
      [11, '第9条', 'art_3__para_1', [], {type: 'missing', level: 'article', num: '9', within: []}],
      [11, '第2条第2項第5号', 'art_3__para_1', [], {type: 'missing', level: 'item', num: '5', within: ['art_2__para_2']}],
      [11, '第1条第2項', 'art_3__para_1', ['art_1__para_2'], undefined],
      [11, '同条第3項', 'art_3__para_1', ['art_1__para_3'], undefined],
      [11, '第2条(1)', 'art_3__para_1', ['art_2__para_1__item_1'], undefined],
      [11, '別表第1', 'art_3__para_1', ['annex_2'], undefined],
      [15, '前条', 'annex_1__art_1__para_1', [], {type: 'relative', level: 'article', reason: 'first'}],
      [17, '前条', 'annex_1__art_2__para_1', ['annex_1__art_1'], undefined],
      [17, '次条', 'annex_1__art_2__para_1', [], {type: 'relative', level: 'article', reason: 'last'}],
      [17, '本号', 'annex_1__art_2__para_1', [], {type: 'relative', level: 'item', reason: 'outside'}]
    ])
  })

  test('an external reference is never resolved here', () => {
    const doc = parse('第1条（目的）\n民法第1条による。').tree
    const [ref] = collectReferences(doc)
    expect(ref.kind).toBe('external')
    expect(traceReference(ref, doc)).toEqual({targets: [], problem: {type: 'external'}})
    expect(resolveReference(ref, doc)).toEqual([])
  })
})

describe('relative steps at the edges', () => {
  const trace = (text: string) => {
    const doc = parse(text).tree
    return collectReferences(doc).map((ref) => {
      const {targets, problem} = traceReference(ref, doc)
      return [ref.raw, targets, problem && 'reason' in problem ? problem.reason : problem?.type, problem && 'available' in problem ? problem.available : undefined]
    })
  }

  test('前項 and 前各項 in a first paragraph; 前号 and 前各号 in a first item', () => {
    expect(trace('第1条（目的）\n前項及び前各項による。\n(1) 前号及び前各号による。\n(2) 前各号による。')).toEqual([
      ['前項', [], 'first', 0],
      ['前各項', [], 'first', 0],
      ['前号', [], 'first', 0],
      ['前各号', [], 'no-items', 0],
      ['前各号', ['art_1__para_1__item_1'], undefined, undefined]
    ])
  })

  test('前条 in the first article and 次条 in the last; 次条 in the middle', () => {
    expect(trace('第1条（甲）\n前条及び次条による。\n第2条（乙）\n前条及び次条による。\n第3条（丙）\n前条及び次条による。')).toEqual([
      ['前条', [], 'first', undefined],
      ['次条', ['art_2'], undefined, undefined],
      ['前条', ['art_1'], undefined, undefined],
      ['次条', ['art_3'], undefined, undefined],
      ['前条', ['art_2'], undefined, undefined],
      ['次条', [], 'last', undefined]
    ])
  })

  test('前各項 in a third paragraph takes both before it; 前2項 in a second paragraph is too many', () => {
    expect(trace('第1条（目的）\n本文。\n2 前2項による。\n3 前各項及び前1項による。')).toEqual([
      ['前2項', [], 'too-few', 1],
      ['前各項', ['art_1__para_1', 'art_1__para_2'], undefined, undefined],
      ['前1項', ['art_1__para_2'], undefined, undefined]
    ])
  })

  test('各号 where there are none; 前号 outside any item, and 同号 standing for it; 同号 with nothing cited', () => {
    expect(trace('第1条（目的）\n各号及び前号による。同号による。')).toEqual([
      ['各号', [], 'no-items', 0],
      ['前号', [], 'outside', undefined],
      ['同号', [], 'outside', undefined]
    ])
    expect(trace('第1条（目的）\n同号による。')).toEqual([['同号', [], 'no-antecedent', undefined]])
  })

  test('a number that occurs twice resolves to both articles', () => {
    const doc = parse('第1条（甲）\n本文。\n第1条（乙）\n本文。\n第2条（丙）\n第1条による。').tree
    const ref = collectReferences(doc).find((r) => r.raw === '第1条')!
    expect(resolveReference(ref, doc)).toEqual(['art_1', 'art_1__dup_2'])
  })

  test('附則第2条 is the 附則’s article, not the main provisions’; a list member after it stays in the 附則', () => {
    const doc = parse('第1条（目的）\n本文。\n第2条（範囲）\n第2条並びに附則第2条及び第1条による。\n\n附則\n第1条（施行）\n本文。\n第2条（経過）\n本文。').tree
    expect(collectReferences(doc).map((ref) => [ref.raw, resolveReference(ref, doc)])).toEqual([
      ['第2条', ['art_2']],
      ['附則第2条', ['annex_1__art_2']],
      ['第1条', ['annex_1__art_1']]
    ])
  })

  test('別表第2 where only one 別表 stands, and 別表 without a number', () => {
    const doc = parse('第1条（目的）\n別表第2及び別表による。\n\n別表（料金）\n| a | b |\n| --- | --- |\n| 1 | 2 |').tree
    expect(collectReferences(doc).map((ref) => [ref.raw, traceReference(ref, doc).targets, traceReference(ref, doc).problem?.type])).toEqual([
      ['別表第2', [], 'missing'],
      ['別表', ['annex_1'], undefined]
    ])
  })

  test('第1条(2) where only the second paragraph has items; 同条第1項 after a reference three levels deep', () => {
    const text = ['第1条（目的）', '本文。', '2 次の各号による。', '(1) 甲', '(2) 乙', '第2条（準用）', '第1条(2)及び第1条第3項第1号による。第1条第2項第1号の規定は、同条第1項に準用する。'].join('\n')
    expect(traceAll(text)).toEqual([
      [3, '各号', 'art_1__para_2', ['art_1__para_2__item_1', 'art_1__para_2__item_2'], undefined],
      [7, '第1条(2)', 'art_2__para_1', ['art_1__para_2__item_2'], undefined],
      [7, '第1条第3項第1号', 'art_2__para_1', [], {type: 'missing', level: 'paragraph', num: '3', within: ['art_1']}],
      [7, '第1条第2項第1号', 'art_2__para_1', ['art_1__para_2__item_1'], undefined],
      [7, '同条第1項', 'art_2__para_1', ['art_1__para_1'], undefined]
    ])
  })

  test('two 別紙 told apart by the title cited with them', () => {
    const text = ['第1条（目的）', '別紙読替え表及び別紙料金表による。', '', '別紙 読替え表', '本文。', '', '別紙 料金表', '本文。'].join('\n')
    expect(traceAll(text).map((row) => [row[1], row[3]])).toEqual([
      ['別紙読替え表', ['annex_1']],
      ['別紙料金表', ['annex_2']]
    ])
  })

  test('a paragraph of a 附則 article, and 前項 inside it', () => {
    const text = ['第1条（目的）', '附則第1条第2項及び附則による。', '', '附則', '第1条（施行）', '本文。', '2 前項の場合も同様とする。'].join('\n')
    expect(traceAll(text)).toEqual([
      [2, '附則第1条第2項', 'art_1__para_1', ['annex_1__art_1__para_2'], undefined],
      [2, '附則', 'art_1__para_1', ['annex_1'], undefined],
      [7, '前項', 'annex_1__art_1__para_2', ['annex_1__art_1__para_1'], undefined]
    ])
  })
})

describe('whole clauses: 各項 and 各号 under a cited article, and steps from outside any article', () => {
  test('第2条各項; 第3条各項 with no paragraph at all (no number to name); 第1条各号 from a paragraph without items', () => {
    const text = ['第1条（目的）', '本文。', '第2条（範囲）', '第2条各項、第1条各号及び第3条各項による。', '第3条（空）'].join('\n')
    expect(traceAll(text)).toEqual([
      [4, '第2条各項', 'art_2__para_1', ['art_2__para_1'], undefined],
      [4, '第1条各号', 'art_2__para_1', [], {type: 'relative', level: 'item', reason: 'no-items', available: 0}],
      [4, '第3条各項', 'art_2__para_1', [], {type: 'missing', level: 'paragraph', within: ['art_3']}]
    ])
  })

  test('第1条各号 and 第1条(1) gather the items of every paragraph that has some; 第1条第2項各号 those of one', () => {
    const text = ['第1条（目的）', '本文。', '2 次の各号による。', '(1) 甲', '(2) 乙', '3 次の各号による。', '(1) 丙', '第2条（準用）', '第1条各号、第1条第2項各号及び第1条(1)による。'].join('\n')
    expect(traceAll(text).slice(2)).toEqual([
      [9, '第1条各号', 'art_2__para_1', ['art_1__para_2__item_1', 'art_1__para_2__item_2', 'art_1__para_3__item_1'], undefined],
      [9, '第1条第2項各号', 'art_2__para_1', ['art_1__para_2__item_1', 'art_1__para_2__item_2'], undefined],
      [9, '第1条(1)', 'art_2__para_1', ['art_1__para_2__item_1', 'art_1__para_3__item_1'], undefined]
    ])
  })

  test('前条 and 前項 before the first article, and in an appendix, stand outside', () => {
    expect(traceAll(['前条及び前項による。', '第1条（目的）', '本文。'].join('\n'))).toEqual([
      [1, '前条', 'doc', [], {type: 'relative', level: 'article', reason: 'outside'}],
      [1, '前項', 'doc', [], {type: 'relative', level: 'paragraph', reason: 'outside'}]
    ])
    const appendix = ['第1条（目的）', '本文。', '', '別表第1（料金）', '| a | b |', '| --- | --- |', '| 1 | 2 |', '', '別表第2（区分）', '前項及び次条による。'].join('\n')
    expect(traceAll(appendix)).toEqual([
      [10, '前項', 'annex_2', [], {type: 'relative', level: 'paragraph', reason: 'outside'}],
      [10, '次条', 'annex_2', [], {type: 'relative', level: 'article', reason: 'outside'}]
    ])
  })
})

describe('steps at the edges of the tree, compared strictly (no stray keys)', () => {
  test('本号 in an item is that item; 本項 from an item is its paragraph', () => {
    const text = ['第1条（目的）', '本文。', '2 次の各号による。', '(1) 本号による。', '(2) 本号及び本項による。'].join('\n')
    expect(traceAll(text).slice(1)).toStrictEqual([
      [4, '本号', 'art_1__para_2__item_1', ['art_1__para_2__item_1'], undefined],
      [5, '本号', 'art_1__para_2__item_2', ['art_1__para_2__item_2'], undefined],
      [5, '本項', 'art_1__para_2__item_2', ['art_1__para_2'], undefined]
    ])
  })

  test('前項 after two paragraphs numbered 2 skips the other version of its own number’s neighbour', () => {
    expect(traceAll(['第1条（目的）', '本文。', '2 甲。', '2 乙。', '3 前項による。'].join('\n'))).toStrictEqual([[5, '前項', 'art_1__para_3', ['art_1__para_2'], undefined]])
  })

  test('前各号 in an appendix’s own text, outside any paragraph, points at no items', () => {
    expect(traceAll(['第1条（目的）', '本文。', '', '別表第1（料金）', '前各号による。'].join('\n'))).toStrictEqual([
      [5, '前各号', 'annex_1', [], {type: 'relative', level: 'item', reason: 'no-items', available: 0}]
    ])
  })

  test('an item of an article with no paragraphs; 別表第1 where the only 別表 is numbered 2', () => {
    const text = ['第1条（目的）', '第3条(1)及び別表第1による。', '第2条 削除', '第3条（空）', '', '別表第2（料金）', '本文。'].join('\n')
    expect(traceAll(text)).toStrictEqual([
      [2, '第3条(1)', 'art_1__para_1', [], {type: 'missing', level: 'item', num: '1', within: ['art_3']}],
      [2, '別表第1', 'art_1__para_1', [], {type: 'missing', level: 'appendix', num: '1', within: []}]
    ])
  })

  test('a missing whole carries no number; a relative step too few carries how many there are', () => {
    const text = ['第1条（目的）', '本文。', '第2条（範囲）', '第3条各項による。', '2 前3項による。', '第3条（空）'].join('\n')
    expect(traceAll(text)).toStrictEqual([
      [4, '第3条各項', 'art_2__para_1', [], {type: 'missing', level: 'paragraph', within: ['art_3']}],
      [5, '前3項', 'art_2__para_2', [], {type: 'relative', level: 'paragraph', reason: 'too-few', available: 1}]
    ])
    expect(traceAll('第1条（目的）\n前条による。')).toStrictEqual([[2, '前条', 'art_1__para_1', [], {type: 'relative', level: 'article', reason: 'first'}]])
  })
})

// Alignment: the sequence aligner, and clause pairing on small documents — an inserted
// article renumbers the rest without making them "changed"; removed, moved, split and merged
// articles are reported as such; paragraphs, items and table rows pair inside articles.
import {describe, expect, test} from 'vitest'
import {align} from '../src/diff/align.js'
import {diffDocuments} from '../src/diff/compare.js'
import type {ClausePair, DiffResult} from '../src/diff/types.js'
import {splitSentences} from '../src/diff/sentences.js'
import {parse} from '../src/parse/index.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

describe('align', () => {
  const letters = (s: string) => s.split('')
  const options = {
    key: (x: string) => x.toLowerCase(),
    similarity: (a: string, b: string) => (a.toLowerCase() === b.toLowerCase() ? 1 : a[0].toLowerCase() === b[0].toLowerCase() ? 0.6 : 0),
    threshold: 0.5
  }
  const show = (rows: ReturnType<typeof align>, olds: string[], news: string[]) =>
    rows.map((r) => `${r.old === undefined ? '-' : olds[r.old]}${r.new === undefined ? '-' : news[r.new]}${r.moved ? '*' : ''}`).join(' ')

  test('identical items anchor; an insertion leaves the rest paired', () => {
    const olds = letters('abcd')
    const news = letters('abxcd')
    expect(show(align(olds, news, options), olds, news)).toBe('aa bb -x cc dd')
  })

  test('removed items stand where they were', () => {
    const olds = letters('abcd')
    const news = letters('acd')
    expect(show(align(olds, news, options), olds, news)).toBe('aa b- cc dd')
  })

  test('similar items between anchors pair in order', () => {
    const olds = ['a', 'b1', 'c1', 'd']
    const news = ['a', 'b2', 'x', 'c2', 'd']
    expect(show(align(olds, news, options), olds, news)).toBe('aa b1b2 -x c1c2 dd')
  })

  test('an item out of order pairs as a move only when moves are asked for', () => {
    const olds = letters('abcde')
    const news = letters('aecdb').map((x) => (x === 'b' ? 'B' : x))
    expect(show(align(olds, news, {...options, moveThreshold: 0.9}), olds, news)).toContain('bB*')
    expect(show(align(olds, news, options), olds, news)).not.toContain('*')
  })

  test('leftovers pair one to one when asked to', () => {
    const olds = ['p', 'q']
    const news = ['r', 's']
    expect(show(align(olds, news, {...options, pairLeftovers: true}), olds, news)).toBe('pr qs')
    expect(show(align(olds, news, options), olds, news)).toBe('p- q- -r -s')
  })
})

test('sentences split after 。 outside brackets', () => {
  const text = '当社が承諾します。（以下「契約者」といいます。）なお、通知します。ただし書'
  const located = {text, offsets: [...Array(text.length + 1).keys()].map((k) => k + 100)}
  const sentences = splitSentences(located)
  expect(sentences.map((s) => s.text)).toEqual(['当社が承諾します。', '（以下「契約者」といいます。）なお、通知します。', 'ただし書'])
  expect(sentences[1]).toMatchObject({start: 109, end: 133})
})

// ---- clause pairing on small documents ----

const articles: Record<string, string> = {
  A: '第{n}条（目的）\n\nこの約款は、当社が提供する通信サービスの利用条件を定めるものです。\n',
  B: '第{n}条（申込み）\n\n利用申込者は、当社所定の申込書を当社に提出するものとします。\n',
  C: '第{n}条（料金）\n\n契約者は、当社が定める料金を毎月末日までに支払うものとします。\n\n2 振込手数料は契約者の負担とします。\n',
  D: '第{n}条（解除）\n\n契約者は、30日前までに書面で通知することにより契約を解除することができます。\n',
  E: '第{n}条（管轄）\n\nこの約款に関する訴訟は、東京地方裁判所を専属的合意管轄裁判所とします。\n',
  N: '第{n}条（連絡先の変更）\n\n契約者は、連絡先に変更があったときは、速やかに当社に届け出るものとします。\n'
}

function document(order: string): string {
  return order
    .split('')
    .map((key, i) => articles[key].replace('{n}', String(i + 1)))
    .join('\n')
}

async function diffOf(a: string, b: string): Promise<DiffResult> {
  return diffDocuments(parse(a).tree, parse(b).tree, {tokenizer: fakeTokenizer})
}

const row = (pair: ClausePair) => `${pair.status}${pair.renumbered ? '+renumbered' : ''} ${pair.old.map((r) => r.id).join('+') || '-'} → ${pair.new.map((r) => r.id).join('+') || '-'}`

describe('articles', () => {
  test('diff(x, x) reports nothing', async () => {
    const result = await diffOf(document('ABCDE'), document('ABCDE'))
    expect(result.changes).toEqual([])
    expect(result.pairs.every((p) => p.status === 'unchanged' && p.same)).toBe(true)
  })

  test('an inserted article renumbers the following ones, which are not "changed"', async () => {
    const result = await diffOf(document('ABCDE'), document('ABNCDE'))
    expect(result.pairs.map(row)).toEqual([
      'unchanged art_1 → art_1',
      'unchanged art_2 → art_2',
      'added - → art_3',
      'unchanged+renumbered art_3 → art_4',
      'unchanged+renumbered art_4 → art_5',
      'unchanged+renumbered art_5 → art_6'
    ])
    expect(result.changes.filter((c) => c.kind !== 'renumbering').map((c) => `${c.kind}:${c.severity}:${c.label.ja}`)).toEqual(['structure:high:条の新設'])
    expect(result.changes.filter((c) => c.kind === 'renumbering').map((c) => c.label.ja)).toEqual([
      '番号の変更（第3条 → 第4条）',
      '番号の変更（第4条 → 第5条）',
      '番号の変更（第5条 → 第6条）'
    ])
  })

  test('a removed article renumbers the rest upwards', async () => {
    const result = await diffOf(document('ABCDE'), document('ABDE'))
    expect(result.pairs.map(row)).toEqual([
      'unchanged art_1 → art_1',
      'unchanged art_2 → art_2',
      'removed art_3 → -',
      'unchanged+renumbered art_4 → art_3',
      'unchanged+renumbered art_5 → art_4'
    ])
    const removed = result.changes.find((c) => c.kind === 'structure')!
    expect(removed).toMatchObject({severity: 'high', label: {ja: '条の削除'}, old: {id: 'art_3', clause: {ja: '第3条'}}})
    expect(removed.new).toBeUndefined()
  })

  test('an article moved elsewhere is a move, not a removal and an addition', async () => {
    const result = await diffOf(document('ABCDE'), document('ACDEB'))
    expect(result.pairs.map(row)).toContain('moved art_2 → art_5')
    expect(result.changes.filter((c) => c.kind === 'structure').map((c) => `${c.severity}:${c.label.ja}`)).toEqual(['medium:条の移動（第2条 → 第5条）'])
  })

  test('a paragraph moved to another article is a move, and a reference to it follows it', async () => {
    const old = '第1条（目的）\n本規約は、利用条件を定めます。\n2 当社は、利用者の私物の紛失について責任を負いません。\n\n第2条（照会）\n第1条第2項の定めは、照会にも及びます。\n\n第3条（免責）\n当社は、天災による損害について責任を負いません。\n'
    const neu = '第1条（目的）\n本規約は、利用条件を定めます。\n\n第2条（照会）\n第3条第2項の定めは、照会にも及びます。\n\n第3条（免責）\n当社は、天災による損害について責任を負いません。\n2 当社は、利用者の私物の紛失について責任を負いません。\n'
    const result = await diffOf(old, neu)
    expect(result.changes.map((c) => `${c.kind}:${c.label.ja}:${c.direction}`)).toEqual([
      'structure:項の移動（第1条第2項 → 第3条第2項）:unclear',
      'reference:参照番号の更新（条項の繰下げ・繰上げに追随）:neutral'
    ])
    expect(result.changes[0]).toMatchObject({old: {id: 'art_1__para_2'}, new: {id: 'art_3__para_2'}})
  })

  test('an article split in two, and two merged into one', async () => {
    const split = document('ABCDE').replace('第3条（料金）\n\n契約者は、当社が定める料金を毎月末日までに支払うものとします。\n\n2 振込手数料は契約者の負担とします。', '第3条（料金）\n\n契約者は、当社が定める料金を毎月末日までに支払うものとします。\n\n第4条（振込手数料）\n\n振込手数料は契約者の負担とします。')
      .replace('第4条（解除）', '第5条（解除）')
      .replace('第5条（管轄）', '第6条（管轄）')
    const result = await diffOf(document('ABCDE'), split)
    expect(result.pairs.map(row)).toContain('split art_3 → art_3+art_4')
    expect(result.changes.filter((c) => c.severity !== 'low').map((c) => c.label.ja)).toEqual(['条の分割（第3条 → 第3条・第4条）'])
    const back = await diffOf(split, document('ABCDE'))
    expect(back.pairs.map(row)).toContain('merged art_3+art_4 → art_3')
    expect(back.changes.filter((c) => c.severity !== 'low').map((c) => c.label.ja)).toEqual(['条の統合（第3条・第4条 → 第3条）'])
  })
})

describe('inside articles', () => {
  test('a paragraph added and one changed', async () => {
    const after = document('ABCDE')
      .replace('2 振込手数料は契約者の負担とします。', '2 振込手数料は当社の負担とします。\n\n3 延滞した場合は年14.6%の延滞利息を支払うものとします。')
    const result = await diffOf(document('ABCDE'), after)
    const article = result.pairs[2]
    expect(article.children.map(row)).toEqual(['unchanged art_3__para_1 → art_3__para_1', 'changed art_3__para_2 → art_3__para_2', 'added - → art_3__para_3'])
    expect(result.changes.map((c) => `${c.kind}:${c.severity}:${c.new?.id}`)).toEqual(['party:high:art_3__para_2', 'structure:high:art_3__para_3'])
  })

  test('items inserted and removed renumber the others', async () => {
    const before = '第1条（解除）\n\n当社は、次の場合に解除できます。\n\n(1) 料金を滞納したとき\n(2) 虚偽の申告をしたとき\n(3) 法令に違反したとき\n'
    const after = '第1条（解除）\n\n当社は、次の場合に解除できます。\n\n(1) 料金を滞納したとき\n(2) 法令に違反したとき\n(3) 当社の信用を毀損したとき\n'
    const result = await diffOf(before, after)
    expect(result.pairs[0].children[0].children.map(row)).toEqual([
      'unchanged art_1__para_1__item_1 → art_1__para_1__item_1',
      'removed art_1__para_1__item_2 → -',
      'unchanged+renumbered art_1__para_1__item_3 → art_1__para_1__item_2',
      'added - → art_1__para_1__item_3'
    ])
    expect(result.changes.filter((c) => c.severity !== 'low').map((c) => `${c.kind}:${c.severity}:${c.label.ja}`)).toEqual(['structure:medium:号の削除', 'structure:medium:号の新設'])
  })

  test('rows of a numbered table: the number column is the row number, not its text', async () => {
    const table = (rows: string[]) => `第1条（オプション）\n\n次のオプションがあります。\n\n\t名称\n${rows.map((r, i) => `${i + 1}\t${r}`).join('\n')}\n`
    const result = await diffOf(table(['暗号化', '監査', '保管']), table(['暗号化', '保管', '無害化']))
    const rows = result.pairs[0].children[0].children[0].children
    expect(rows.map(row)).toEqual([
      'unchanged art_1__para_1__table_1__header → art_1__para_1__table_1__header',
      'unchanged art_1__para_1__table_1__row_1 → art_1__para_1__table_1__row_1',
      'removed art_1__para_1__table_1__row_2 → -',
      'unchanged+renumbered art_1__para_1__table_1__row_3 → art_1__para_1__table_1__row_2',
      'added - → art_1__para_1__table_1__row_3'
    ])
    expect(result.changes.filter((c) => c.kind === 'numeric')).toEqual([])
  })
})

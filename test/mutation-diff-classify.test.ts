// classifyPair's findings compared whole — kind, severity, both labels, the words of each
// side — for one change of each kind, and the particle rule: a particle that only joins
// (について → に対して) is minor wording, low; one that bounds what it follows (で → まで,
// のみ) changes the meaning. weighLone weighs a lone sentence by the marks it holds.
import {describe, expect, test} from 'vitest'
import {classifyPair, weighLone} from '../src/diff/classify.js'
import type {CitationSpan} from '../src/diff/marks.js'
import {tokenDiff} from '../src/diff/tokens.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const classify = (a: string, b: string, olds?: CitationSpan[], news?: CitationSpan[]) =>
  classifyPair(a, b, tokenDiff(a, b, fakeTokenizer), olds, news).map((f) => [f.kind, f.severity, f.label.ja, f.label.en, f.oldWords, f.newWords])

describe('classifyPair, whole findings', () => {
  test.each([
    ['当社は通知します。', '当社は通知しなければなりません。', [['modality', 'high', '義務の追加', 'obligation added', [], ['なければなりません']]]],
    ['当社は解除することができます。', '当社は解除します。', [['modality', 'high', '許可・権利の削除', 'permission removed', ['ことができます'], []]]],
    ['料金は1000円とします。', '料金は2000円とします。', [['numeric', 'high', '金額の変更（1000円 → 2000円）', 'amount changed (1000円 → 2000円)', ['1000円'], ['2000円']]]],
    ['料金は月額とします。', '料金は月額1000円とします。', [['numeric', 'high', '金額の変更（1000円 追加）', 'amount changed (1000円 added)', [], ['1000円']]]],
    ['契約者は速やかに通知します。', '契約者は直ちに通知します。', [['numeric', 'high', '期限の変更（速やかに → 直ちに）', 'deadline changed (速やかに → 直ちに)', ['速やかに'], ['直ちに']]]],
    ['契約者は申し込みます。', '当社は申し込みます。', [['party', 'high', '当事者の変更（契約者は → 当社は）', 'party changed (契約者は → 当社は)', ['契約者は'], ['当社は']]]],
    ['全ての契約者に適用します。', '一部の契約者に適用します。', [['scope', 'medium', '範囲の変更（全て 削除）', 'scope changed (全て removed)', ['全て'], []]]],
    ['契約者は書面のみで通知します。', '契約者は書面で通知します。', [['scope', 'medium', '範囲の変更（のみ 削除）', 'scope changed (のみ removed)', ['のみ'], []]]],
    ['取り消すことがあります。', '取消すことがあります。', [['editorial', 'low', '表記の変更（送り仮名）', 'editorial (okurigana)', ['取り消'], ['取消']]]],
    ['当社は、通知します。', '当社は通知します。', [['editorial', 'low', '表記の変更（句読点）', 'editorial (punctuation)', ['、'], []]]],
    ['料金について定めます。', '料金に対して定めます。', [['wording', 'low', '語句の整理', 'minor wording', ['について'], ['に対して']]]],
    ['契約者は書面で通知します。', '契約者は書面まで通知します。', [['wording', 'medium', '文言の変更', 'wording changed', ['で'], ['まで']]]],
    [
      '当社は通知します。',
      '当社は直ちに通知しなければなりません。',
      [
        ['modality', 'high', '義務の追加', 'obligation added', [], ['なければなりません']],
        ['numeric', 'high', '期限の変更（直ちに 追加）', 'deadline changed (直ちに added)', [], ['直ちに']]
      ]
    ]
  ])('%s → %s', (a, b, expected) => {
    expect(classify(a, b)).toEqual(expected)
  })

  test('a citation that now points elsewhere is medium; one that followed its renumbered target is low', () => {
    const at3: CitationSpan[] = [{from: 0, to: 3, target: 'to:art_3'}]
    expect(classify('第3条に定める。', '第4条に定める。', at3, [{from: 0, to: 3, target: 'to:art_4'}])).toEqual([
      ['reference', 'medium', '参照先の変更', 'citation points elsewhere', ['第3条'], ['第4条']]
    ])
    expect(classify('第3条に定める。', '第4条に定める。', at3, at3)).toEqual([
      ['reference', 'low', '参照番号の更新（条項の繰下げ・繰上げに追随）', 'citation renumbered with its target', ['第3条'], ['第4条']]
    ])
  })

  test('the same sentence, or one that differs in spacing only, has no finding', () => {
    expect(classify('当社は通知します。', '当社は通知します。')).toEqual([])
    expect(classify('当社は 通知します。', '当社は通知します。')).toEqual([])
  })
})

describe('weighLone', () => {
  test.each([
    ['契約者は通知しなければなりません。', 'modality', 'high'],
    ['料金は1000円とします。', 'numeric', 'high'],
    ['全ての契約者に適用します。', 'scope', 'medium'],
    ['当社は通知します。', 'wording', 'medium']
  ])('%s', (text, kind, severity) => {
    expect(weighLone(text)).toEqual({kind, severity})
  })
})

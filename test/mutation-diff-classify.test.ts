// classifyPair's findings compared whole — kind, severity, both labels, the words of each
// side — for one change of each kind, and the particle rule: a particle that only joins
// (について → に対して) is minor wording, low; one that bounds what it follows (で → まで,
// のみ) changes the meaning. weighLone weighs a lone sentence by the marks it holds.
import {describe, expect, test} from 'vitest'
import {classifyPair, isFunctionWord, weighLone} from '../src/diff/classify.js'
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
    ['当社は通知します。', 'wording', 'medium'],
    ['当社は解除できません。', 'modality', 'high'],
    ['当社は通知しません。', 'wording', 'medium'],
    ['料金は1000円のみとします。', 'numeric', 'high'],
    ['契約者は書面のみで通知しません。', 'scope', 'medium']
  ])('%s', (text, kind, severity) => {
    expect(weighLone(text)).toEqual({kind, severity})
  })
})

describe('isFunctionWord, word by word', () => {
  const token = (surface: string, pos: string, detail = '*', basic = surface) => ({surface, start: 0, end: surface.length, pos, detail, basic})

  test('particles that bound or limit what they follow carry meaning; the others do not', () => {
    const bounding = ['のみ', 'だけ', 'まで', 'から', 'より', 'しか', 'ばかり', 'ほか']
    expect(bounding.filter((word) => isFunctionWord(token(word, '助詞')))).toEqual([])
    expect(['を', 'は', 'について', 'に対して'].filter((word) => isFunctionWord(token(word, '助詞')))).toEqual(['を', 'は', 'について', 'に対して'])
  })

  test('punctuation, auxiliaries and dependent nouns are light; an independent noun is not', () => {
    expect(isFunctionWord(token('、', '記号'))).toBe(true)
    expect(isFunctionWord(token('ます', '助動詞'))).toBe(true)
    expect(isFunctionWord(token('うち', '名詞', '非自立'))).toBe(true)
    expect(isFunctionWord(token('契約', '名詞', '一般'))).toBe(false)
    expect(isFunctionWord(token('通知', '名詞', 'サ変接続'))).toBe(false)
    expect(isFunctionWord(token('解除', '動詞', '自立'))).toBe(false)
  })

  test('the light words, by dictionary form or by surface', () => {
    const light = ['とき', 'こと', 'もの', 'ところ', 'ため', 'ある', 'する', 'いる', 'なる', 'れる', 'られる', 'など', '旨']
    expect(light.filter((word) => isFunctionWord(token('x', '動詞', '自立', word)))).toEqual(light)
    expect(light.filter((word) => isFunctionWord(token(word, '動詞', '自立', 'x')))).toEqual(light)
  })
})

describe('classifyPair, findings with their spans', () => {
  const find = (a: string, b: string, olds?: CitationSpan[], news?: CitationSpan[]) => classifyPair(a, b, tokenDiff(a, b, fakeTokenizer), olds, news)
  const finding = (kind: string, severity: string, ja: string, en: string, oldWords: string[], newWords: string[], oldSpans: number[][], newSpans: number[][]) =>
    ({kind, severity, label: {ja, en}, oldWords, newWords, oldSpans, newSpans})

  test('a punctuation mark removed: its span on the old side, none on the new', () => {
    expect(find('当社は、通知します。', '当社は通知します。')).toEqual([finding('editorial', 'low', '表記の変更（句読点）', 'editorial (punctuation)', ['、'], [], [[3, 4]], [])])
  })

  test('one modality replacing another', () => {
    expect(find('当社は解除できます。', '当社は解除できません。')).toEqual([
      finding('modality', 'high', '許可・権利 → 禁止', 'permission → prohibition', ['できます'], ['できません'], [[5, 9]], [[5, 10]])
    ])
  })

  test('two amounts become one: the words joined with 、', () => {
    expect(find('料金は1000円又は2000円とします。', '料金は3000円とします。')).toEqual([
      finding('numeric', 'high', '金額の変更（1000円、2000円 → 3000円）', 'amount changed (1000円、2000円 → 3000円)', ['1000円', '2000円'], ['3000円'], [[3, 8], [10, 15]], [[3, 8]])
    ])
  })

  test('parties by place: the same party with another particle is minor wording; another party in a place is a party change', () => {
    expect(find('当社が通知します。', '当社に通知します。')).toEqual([finding('wording', 'low', '語句の整理', 'minor wording', ['が'], ['に'], [[2, 3]], [[2, 3]])])
    expect(find('当社の負担とします。', '契約者の負担とします。')).toEqual([
      finding('party', 'high', '当事者の変更（当社の負担 → 契約者の負担）', 'party changed (当社の負担 → 契約者の負担)', ['当社の負担'], ['契約者の負担'], [[0, 5]], [[0, 6]])
    ])
    expect(find('契約者は当社に通知します。', '当社は契約者に通知します。')).toEqual([
      finding('party', 'high', '当事者の変更（契約者は、当社に → 当社は、契約者に）', 'party changed (契約者は、当社に → 当社は、契約者に)', ['契約者は', '当社に'], ['当社は', '契約者に'], [[0, 4], [4, 7]], [[0, 3], [3, 7]])
    ])
  })

  test('a sentence rewritten wholesale', () => {
    expect(find('甲は乙に丙を渡すことで丁を得る。', 'ABCDEFGHIJKLMN。')).toEqual([
      finding('wording', 'medium', '文の書換え', 'sentence rewritten', ['甲は乙に丙を渡すことで丁を得る。'], ['ABCDEFGHIJKLMN。'], [[0, 16]], [[0, 15]])
    ])
  })

  test('a wording change beside editorial ones: each kind named once, a change of spacing not at all', () => {
    expect(find('当社は甲を、渡し、ます。', '当社は乙を渡します。')).toEqual([
      finding('wording', 'medium', '文言の変更', 'wording changed', ['甲'], ['乙'], [[3, 4]], [[3, 4]]),
      finding('editorial', 'low', '表記の変更（句読点）', 'editorial (punctuation)', ['、', '、'], [], [[5, 6], [8, 9]], [])
    ])
    expect(find('当社は 甲を渡します。', '当社は乙を渡します。')).toEqual([finding('wording', 'medium', '文言の変更', 'wording changed', ['甲'], ['乙'], [[4, 5]], [[3, 4]])])
  })

  test('okurigana read with the text around a lone kana', () => {
    expect(find('支払いは月末とします。', '支払は月末とします。')).toEqual([finding('editorial', 'low', '表記の変更（送り仮名）', 'editorial (okurigana)', ['い'], [], [[2, 3]], [])])
  })

  test('words added right before or right after a citation leave it alone', () => {
    const at3 = (from: number): CitationSpan[] => [{from, to: from + 3, target: 'to:art_3'}]
    expect(find('第3条に定める。', '同第3条に定める。', at3(0), at3(1))).toEqual([finding('wording', 'medium', '文言の変更', 'wording changed', [], ['同'], [], [[0, 1]])])
    expect(find('第3条に定める。', '第3条Aに定める。', at3(0), at3(0))).toEqual([finding('wording', 'medium', '文言の変更', 'wording changed', [], ['A'], [], [[3, 4]])])
  })

  test('a party only added or only removed takes no place from another: wording, not a party change', () => {
    expect(find('通知します。', '当社は通知します。')).toEqual([finding('wording', 'medium', '文言の変更', 'wording changed', [], ['当社は'], [], [[0, 3]])])
    expect(find('当社は通知します。', '通知します。')).toEqual([finding('wording', 'medium', '文言の変更', 'wording changed', ['当社は'], [], [[0, 3]], [])])
  })

  test('a citation that followed its target: a digit inserted inside it, and only the citation touched', () => {
    expect(find('第3条に定める。', '第13条に定める。', [{from: 0, to: 3, target: 'to:art_3'}], [{from: 0, to: 4, target: 'to:art_3'}])).toEqual([
      finding('reference', 'low', '参照番号の更新（条項の繰下げ・繰上げに追随）', 'citation renumbered with its target', ['第3条'], ['第13条'], [[0, 3]], [[0, 4]])
    ])
    const both = (first: string): CitationSpan[] => [{from: 0, to: 3, target: first}, {from: 5, to: 8, target: 'to:art_5'}]
    expect(find('第3条及び第5条に定める。', '第4条及び第5条に定める。', both('to:art_3'), both('to:art_3'))).toEqual([
      finding('reference', 'low', '参照番号の更新（条項の繰下げ・繰上げに追随）', 'citation renumbered with its target', ['第3条'], ['第4条'], [[0, 3]], [[0, 3]])
    ])
  })
})

// Classifying the changes of a sentence pair: each kind of change, with its severity, and
// editorial differences that must never rise above low. Uses the small fake tokenizer.
import {describe, expect, test} from 'vitest'
import {classifyPair, weighLone, type ClassifiedEdit} from '../src/diff/classify.js'
import {findMarks} from '../src/diff/marks.js'
import {tokenDiff} from '../src/diff/tokens.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

const classify = (a: string, b: string): ClassifiedEdit[] => classifyPair(a, b, tokenDiff(a, b, fakeTokenizer))
const kinds = (findings: ClassifiedEdit[]) => findings.map((f) => `${f.kind}:${f.severity}`).sort()

describe('numbers, periods, deadlines, amounts, dates', () => {
  test.each([
    ['最低利用期間は1年間とします。', '最低利用期間は2年間とします。', '期間', '1年間', '2年間'],
    ['その2ヶ月前までに通知するものとします。', 'その3か月前までに通知するものとします。', '期限', '2ヶ月前', '3か月前'],
    ['最低利用期間は一年間とします。', '最低利用期間は二年間とします。', '期間', '一年間', '二年間'],
    ['最低利用期間は１年間とします。', '最低利用期間は３年間とします。', '期間', '１年間', '３年間'],
    ['手数料は1,000円とします。', '手数料は1,500円とします。', '金額', '1,000円', '1,500円'],
    ['延滞利息は年14.6%とします。', '延滞利息は年10%とします。', '割合', '14.6%', '10%'],
    ['2025年4月1日から適用します。', '2025年10月1日から適用します。', '日付', '2025年4月1日', '2025年10月1日'],
    ['提供開始日の前日までに届け出るものとします。', '提供開始日の10日前までに届け出るものとします。', '期限', '前日', '10日前']
  ])('%s → %s', (a, b, measure, before, after) => {
    const findings = classify(a, b)
    const numeric = findings.filter((f) => f.kind === 'numeric')
    expect(numeric).toHaveLength(1)
    expect(numeric[0].severity).toBe('high')
    expect(numeric[0].label.ja).toContain(measure)
    expect(numeric[0].oldWords.join('')).toContain(before)
    expect(numeric[0].newWords.join('')).toContain(after)
    expect(findings.filter((f) => f.severity !== 'low').map((f) => f.kind)).toEqual(['numeric'])
  })

  test('the same quantity written with another width, spacing or counter is not a numeric change', () => {
    expect(kinds(classify('その 2 ヶ月前までに通知します。', 'その２か月前までに通知します。'))).toEqual(['editorial:low'])
    expect(kinds(classify('起算して一年間とします。', '起算して一年間とします。'))).toEqual([])
  })

  test('article numbers are citations, not quantities', () => {
    const marks = findMarks('第10条第2項に基づき1年間とします。', [{from: 0, to: 7, target: 'to:art_10__para_2'}])
    expect(marks.map((m) => `${m.category}:${m.value}`)).toEqual(['reference:to:art_10__para_2', 'numeric:1年間'])
  })
})

describe('parties', () => {
  test('a burden moved from the customer to the company', () => {
    const findings = classify('振込手数料は契約者の負担とします。', '振込手数料は当社の負担とします。')
    expect(kinds(findings)).toEqual(['party:high'])
    expect(findings[0].label.ja).toBe('当事者の変更（契約者の負担 → 当社の負担）')
  })

  test.each([
    ['契約者は当社に対して通知するものとします。', '当社は契約者に対して通知するものとします。'],
    ['利用申込者は書面を提出するものとします。', '特定協定事業者は書面を提出するものとします。'],
    ['当社は第三者に委託することができます。', '当社は特定協定事業者に委託することができます。']
  ])('%s → %s', (a, b) => {
    expect(kinds(classify(a, b))).toEqual(['party:high'])
  })

  test('a party named without bearing anything (当社所定の) is no party change', () => {
    const findings = classify('書面により通知します。', '当社所定の書面により通知します。')
    expect(findings.map((f) => f.kind)).not.toContain('party')
  })
})

describe('modality', () => {
  test.each([
    ['申込みを取り消すことはできません。', '申込みを取り消すことができます。', '禁止 → 許可・権利'],
    ['申込みを取り消すことは出来ません。', '申込みを取り消すことができます。', '禁止 → 許可・権利'],
    ['当社は報告するものとします。', '当社は報告するよう努めます。', '義務 → 努力義務'],
    ['当社はその責に任じません。', '当社はその損害を賠償するものとします。', '免責 → 義務'],
    ['契約者は解除することができます。', '契約者は解除してはならない。', '許可・権利 → 禁止'],
    ['当社は承諾します。', '当社は承諾しません。', '否定の追加'],
    ['当社は通知します。', '当社は通知するものとします。', '義務の追加']
  ])('%s → %s', (a, b, label) => {
    const findings = classify(a, b)
    const modality = findings.filter((f) => f.kind === 'modality')
    expect(modality).toHaveLength(1)
    expect(modality[0]).toMatchObject({severity: 'high', label: {ja: label}})
  })

  test.each([
    ['当社は、利用を制限できるものとします。', '当社は、一切の責任を負うことなく、利用を制限できるものとします。'],
    ['当社は、損害を賠償します。', '当社は、損害について責任を負いかねます。'],
    ['当社は、損害を賠償します。', '当社は、損害について責任を負うものではありません。']
  ])('a disclaimer (%s → %s) is an exemption, not a duty added', (a, b) => {
    const marks = findMarks(b).filter((m) => m.category === 'modality')
    expect(marks.map((m) => m.value)).toContain('exemption')
    expect(marks.map((m) => m.value)).not.toContain('obligation')
    expect(classify(a, b).some((f) => f.kind === 'modality' && f.label.ja.includes('免責'))).toBe(true)
  })

  test.each([
    ['当社は、損害を賠償する責任を負わないものとします。', ['exemption'], []],
    ['当社は、損害を賠償する責任を一切負わないものとします。', ['exemption'], ['一切']],
    ['当社は、いかなる責任も負わないものとします。', ['exemption'], []]
  ])('責任を（一切）負わないものとします (%s) is one exemption, its 一切 still a scope word', (text, modalities, scope) => {
    expect(findMarks(text).filter((m) => m.category === 'modality').map((m) => m.value)).toEqual(modalities)
    expect(findMarks(text).filter((m) => m.category === 'scope').map((m) => m.value)).toEqual(scope)
  })

  test('the same modality written 出来ません / できません is editorial', () => {
    expect(kinds(classify('取り消すことは出来ません。', '取り消すことはできません。'))).toEqual(['editorial:low'])
  })

  test.each([
    ['当社は、やむを得ない事由がある場合、営業時間を変更できます。', ['permission']],
    ['理由を問わず、当社は通知します。', []],
    ['前条の規定にかかわらず、当社は通知します。', []],
    ['契約者は、少なくとも30日前までに通知するものとします。', ['obligation']]
  ])('a negative in form only (%s) is no negation', (text, modalities) => {
    expect(findMarks(text as string).filter((m) => m.category === 'modality').map((m) => m.value)).toEqual(modalities)
  })

  test('少なくとも stays a scope word', () => {
    expect(findMarks('契約者は、少なくとも30日前までに通知するものとします。').filter((m) => m.category === 'scope').map((m) => m.value)).toEqual(['少なくとも'])
  })

  test('an exception formula (この限りではありません) is scope, not a negation', () => {
    const marks = findMarks('ただし、当社の故意による場合は、この限りではありません。')
    expect(marks.filter((m) => m.category === 'modality')).toEqual([])
    expect(marks.filter((m) => m.category === 'scope').map((m) => m.value)).toEqual(['ただし', 'この限りでない'])
  })
})

describe('scope', () => {
  test.each([
    ['一切の損害を賠償するものとします。', '損害を賠償するものとします。', '一切 削除'],
    ['契約者に通知します。', '契約者にのみ通知します。', 'のみ 追加'],
    ['前日までに取り消すことができます。', '前日までに限り取り消すことができます。', '限り 追加'],
    ['すべての損害を賠償します。', '損害を賠償します。', 'すべて 削除'],
    ['全ての業務を委託します。', '業務を委託します。', '全て 削除'],
    ['次の場合を除き、解除できます。', '次の場合、解除できます。', 'を除き 削除']
  ])('%s → %s', (a, b, label) => {
    const findings = classify(a, b)
    expect(findings.filter((f) => f.severity !== 'low').map((f) => `${f.kind}:${f.severity}`)).toEqual(['scope:medium'])
    expect(findings.find((f) => f.kind === 'scope')!.label.ja).toContain(label)
  })
})

describe('citations', () => {
  test('a citation that follows its renumbered target is low; one that points elsewhere is medium', () => {
    const a = '第10条に基づき解除した場合'
    const b = '第11条に基づき解除した場合'
    const diff = tokenDiff(a, b, fakeTokenizer)
    const followed = classifyPair(a, b, diff, [{from: 0, to: 4, target: 'to:art_11'}], [{from: 0, to: 4, target: 'to:art_11'}])
    expect(kinds(followed)).toEqual(['reference:low'])
    const elsewhere = classifyPair(a, b, diff, [{from: 0, to: 4, target: 'to:art_11'}], [{from: 0, to: 4, target: 'to:art_12'}])
    expect(kinds(elsewhere)).toEqual(['reference:medium'])
    // 条ズレ: the text stayed, the article it meant moved on.
    const stale = classifyPair(a + '。', a + 'とします。', tokenDiff(a + '。', a + 'とします。', fakeTokenizer), [{from: 0, to: 4, target: 'to:art_11'}], [{from: 0, to: 4, target: 'to:art_10'}])
    expect(stale.find((f) => f.kind === 'reference')?.severity).toBe('medium')
  })
})

describe('editorial differences stay low', () => {
  test.each([
    ['その2ヶ月前までに', 'その2か月前までに', '表記の変更（ヶ・か）'],
    ['その2ケ月前までに', 'その2カ月前までに', '表記の変更（ヶ・か）'],
    ['破産の申し立てを受けたとき', '破産の申立てを受けたとき', '表記の変更（送り仮名）'],
    ['料金の支払いを怠ったとき', '料金の支払を怠ったとき', '表記の変更（送り仮名）'],
    ['申込みの取消しを求めるとき', '申込みの取り消しを求めるとき', '表記の変更（送り仮名）'],
    ['当社又は第三者が行う', '当社または第三者が行う', '表記の変更（かな・漢字）'],
    ['当社及び第三者が行う', '当社および第三者が行う', '表記の変更（かな・漢字）'],
    ['ＵＳＥＮ ＧＡＴＥ ０２ を提供します', 'USEN GATE 02 を提供します', '表記の変更（全角・半角）'],
    ['関係していると判明したとき', '関係していると判明したとき。', '表記の変更（句読点）']
  ])('%s → %s', (a, b, label) => {
    const findings = classify(a, b)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({kind: 'editorial', severity: 'low', label: {ja: label}})
  })

  test('spacing alone is no change at all', () => {
    expect(classify('翌月 1 日から起算して 1 年間', '翌月1日から起算して1年間')).toEqual([])
  })

  test('editorial edits inside a substantive change do not raise other findings', () => {
    const findings = classify('銀行振込手数料等支払いに関する費用は契約者の負担とします。', '銀行振込手数料等支払に関する費用は当社の負担とします。')
    expect(kinds(findings)).toEqual(['editorial:low', 'party:high'])
  })

  test('a repaired broken line that only drops particles and light words is low wording', () => {
    const findings = classify('支払を怠るおそれがあるとき。あると当社が判断したとき。', '支払を怠るおそれがあると当社が判断したとき。')
    expect(kinds(findings)).toEqual(['wording:low'])
  })
})

test('other content words changed are a medium change of wording', () => {
  const findings = classify('相応な期間を定めて催告し、解除することができます。', '相応な期間を定めて通知し、解除することができます。')
  expect(kinds(findings)).toEqual(['wording:medium'])
  expect(findings[0]).toMatchObject({oldWords: ['催告'], newWords: ['通知']})
})

test('a pair that differs wholesale is rewritten, and still classified by its marks', () => {
  const a = '本サービスの料金は毎月末日に締め切ります。'
  const b = '契約者は、請求書の到着後速やかに支払うものとします。'
  const diff = tokenDiff(a, b, fakeTokenizer)
  expect(diff.rewritten).toBe(true)
  expect(diff.hunks).toHaveLength(1)
  const findings = classifyPair(a, b, diff)
  expect(findings.map((f) => f.kind)).toContain('modality')
})

test('a lone sentence weighs by what it holds', () => {
  expect(weighLone('契約者は届け出るものとします。')).toEqual({kind: 'modality', severity: 'high'})
  expect(weighLone('料金は月額1,000円です。')).toEqual({kind: 'numeric', severity: 'high'})
  expect(weighLone('ただし、故意による場合は、この限りではありません。')).toEqual({kind: 'scope', severity: 'medium'})
  expect(weighLone('電話による連絡がとれないとき')).toEqual({kind: 'wording', severity: 'medium'})
})

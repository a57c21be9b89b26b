// The reference rules' messages, word for word, in both languages: each of the broken
// fixture's fifteen findings, and every reason relative-reference-valid gives (first,
// too-few, last, no-antecedent, no-items, outside) at every level, with the extents and
// hints reference-target-exists adds.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {checkDocument} from '../src/check/index.js'
import {viewFinding} from './helpers/findings.js'
import {parse} from '../src/parse/index.js'

const check = async (text: string, lang: 'ja' | 'en' = 'ja', only?: string) => {
  const {tree, file} = parse(text, {lang})
  const findings = (await checkDocument(tree, file, {lang})).map(viewFinding)
  return findings.filter((f) => only === undefined || f.ruleId === only).map((f) => [f.position.start.line, f.severity, f.ruleId, f.message, f.clause])
}

describe('test/fixtures/check/broken.md, each finding whole', () => {
  const text = readFileSync(new URL('fixtures/check/broken.md', import.meta.url), 'utf8')

  test('in Japanese', async () => {
    expect(await check(text)).toEqual([
      [45, 'warning', 'defined-term', '「反社会的勢力」が定義（第20条第1項）より前で使われています', 'art_6__para_3__item_6'],
      [55, 'error', 'reference-target-exists', '「第6条第5項」は存在しません（第6条は第4項まで）', 'art_7__para_2'],
      [59, 'error', 'relative-reference-valid', '「前項」が指す項がありません（第8条は最初の項です）', 'art_8__para_1'],
      [63, 'error', 'reference-target-exists', '「別表第2」は存在しません', 'art_9__para_1'],
      [67, 'error', 'reference-caption-matches', '第19条の見出しは「業務委託」です。第19条ではなく第20条（反社会的勢力の排除に対する表明保証）では？', 'art_10__para_1'],
      [75, 'error', 'relative-reference-valid', '「前3項」が指すだけの項がありません（第11条第2項の前には1項しかありません）', 'art_11__para_2'],
      [99, 'error', 'numbering-sequential', '項の番号が飛んでいます（2の次に4）', undefined],
      [114, 'warning', 'term-variant', '「サンドボツクスオプション」は「サンドボックスオプション」（別紙 第2表など計2箇所）の表記ゆれではありませんか', 'art_13__para_1__table_1__row_9'],
      [116, 'error', 'numbering-sequential', '表の行の番号が飛んでいます（10の次に12）', 'art_13__para_1__table_1__row_11'],
      [123, 'error', 'reference-target-exists', '「第12条第2項第9号」は存在しません（第12条第2項は第8号まで）', 'art_14__para_2'],
      [127, 'error', 'reference-target-exists', '「第23条」は存在しません。第21条（合意管轄）では？', 'art_15__para_1'],
      [135, 'warning', 'defined-term', '「契約者」は第6条第2項ですでに定義されています', 'art_17__para_1'],
      [159, 'error', 'numbering-sequential', '号の番号が飛んでいます（4の次に6）', undefined],
      [165, 'error', 'numbering-sequential', '条の番号「第21条」が重複しています', undefined],
      [167, 'error', 'relative-reference-valid', '「次条」が指す条がありません（第21条は最後の条です）', 'art_21__dup_2__para_1']
    ])
  })

  test('the reference rules in English', async () => {
    const english = (await check(text, 'en')).filter((f) => /^re/.test(f[2] as string)).map((f) => f[3])
    expect(english).toEqual([
      '第6条第5項 does not exist (第6条 ends at paragraph 4)',
      '“前項” points at nothing: 第8条 is the first paragraph',
      '別表第2 does not exist',
      'the caption of 第19条 is “業務委託”; did you mean 第20条（反社会的勢力の排除に対する表明保証） rather than 第19条?',
      '“前3項” needs more paragraphs than the 1 before 第11条第2項',
      '第12条第2項第9号 does not exist (第12条第2項 ends at item 8)',
      '第23条 does not exist; did you mean 第21条（合意管轄）?',
      '“次条” points at nothing: 第21条 is the last article'
    ])
  })
})

describe('relative-reference-valid, every reason', () => {
  const doc = [
    '第1条（目的）',
    '前条による。',
    '2 前各項及び前3項による。',
    '(1) 前号による。',
    '(2) 次号による。',
    '第2条（範囲）',
    '前各号による。本号による。',
    '2 次項による。'
  ].join('\n')

  test('in Japanese', async () => {
    expect((await check(doc, 'ja', 'relative-reference-valid')).map((f) => [f[0], f[3], f[4]])).toEqual([
      [2, '「前条」が指す条がありません（第1条は最初の条です）', 'art_1__para_1'],
      [3, '「前3項」が指すだけの項がありません（第1条第2項の前には1項しかありません）', 'art_1__para_2'],
      [4, '「前号」が指す号がありません（第1条第2項第1号は最初の号です）', 'art_1__para_2__item_1'],
      [5, '「次号」が指す号がありません（第1条第2項第2号は最後の号です）', 'art_1__para_2__item_2'],
      [7, '「前各号」が指す号がありません（第2条第1項）', 'art_2__para_1'],
      [7, '「本号」は号の中にないため、指す号がありません（第2条第1項）', 'art_2__para_1'],
      [8, '「次項」が指す項がありません（第2条第2項は最後の項です）', 'art_2__para_2']
    ])
  })

  test('in English, and 同 with nothing cited before', async () => {
    expect((await check(doc, 'en', 'relative-reference-valid')).map((f) => f[3])).toEqual([
      '“前条” points at nothing: 第1条 is the first article',
      '“前3項” needs more paragraphs than the 1 before 第1条第2項',
      '“前号” points at nothing: 第1条第2項第1号 is the first item',
      '“次号” points at nothing: 第1条第2項第2号 is the last item',
      '“前各号” points at no items (第2条第1項)',
      '“本号” stands outside any item, so it points at nothing (第2条第1項)',
      '“次項” points at nothing: 第2条第2項 is the last paragraph'
    ])
    expect(await check('第1条（目的）\n同条による。', 'en', 'relative-reference-valid')).toEqual([
      [2, 'error', 'relative-reference-valid', '“同条” refers back to no article cited before it', 'art_1__para_1']
    ])
    expect(await check('第1条（目的）\n同項による。', 'ja', 'relative-reference-valid')).toEqual([
      [2, 'error', 'relative-reference-valid', '「同項」の「同」が指す項が、この前に引用されていません', 'art_1__para_1']
    ])
  })

  test('a step from inside an item names the article or paragraph it was taken in, not the item', async () => {
    const doc = ['第1条（目的）', '本文。', '2 次の各号による。', '(1) 次条、前3項、次項及び前条による。', '(2) 同条による。'].join('\n')
    expect(await check(doc, 'ja', 'relative-reference-valid')).toEqual([
      [4, 'error', 'relative-reference-valid', '「次条」が指す条がありません（第1条は最後の条です）', 'art_1__para_2__item_1'],
      [4, 'error', 'relative-reference-valid', '「前3項」が指すだけの項がありません（第1条第2項の前には1項しかありません）', 'art_1__para_2__item_1'],
      [4, 'error', 'relative-reference-valid', '「次項」が指す項がありません（第1条第2項は最後の項です）', 'art_1__para_2__item_1'],
      [4, 'error', 'relative-reference-valid', '「前条」が指す条がありません（第1条は最初の条です）', 'art_1__para_2__item_1'],
      // 同条 takes the place 前条 cited, and with it its problem
      [5, 'error', 'relative-reference-valid', '「同条」が指す条がありません（第1条は最初の条です）', 'art_1__para_2__item_2']
    ])
  })

  test('external references and references that resolve are left alone', async () => {
    expect(await check('第1条（目的）\n本文。\n2 前項及び民法第1条による。', 'ja', 'relative-reference-valid')).toEqual([])
  })
})

describe('reference-target-exists, extents and hints', () => {
  test('a missing paragraph, item, article and appendix', async () => {
    const doc = ['第1条（目的）', '本文。', '第2条（範囲）', '第1条第2項、第1条第1項第1号、第3条（目的外）、第3条（範囲）及び別記第1による。', '2 第1項第4号による。'].join('\n')
    expect((await check(doc, 'ja', 'reference-target-exists')).map((f) => f[3])).toEqual([
      '「第1条第2項」は存在しません（第1条は第1項まで）',
      '「第1条第1項第1号」は存在しません（第1条に号はありません）',
      '「第3条」は存在しません',
      '「第3条」は存在しません。第2条（範囲）では？',
      '「別記第1」は存在しません',
      '「第1項第4号」は存在しません（第2条第1項に号はありません）'
    ])
    expect((await check(doc, 'en', 'reference-target-exists')).map((f) => f[3])).toEqual([
      '第1条第2項 does not exist (第1条 ends at paragraph 1)',
      '第1条第1項第1号 does not exist (第1条 has no items)',
      '第3条 does not exist',
      '第3条 does not exist; did you mean 第2条（範囲）?',
      '別記第1 does not exist',
      '第1項第4号 does not exist (第2条第1項 has no items)'
    ])
  })

  test('what exists, what is external and a caption that names another article are not this rule’s', async () => {
    const doc = ['第1条（目的）', '本文。', '第2条（範囲）', '第1条（範囲）、第1条第1項及び民法第99条による。'].join('\n')
    expect(await check(doc, 'ja', 'reference-target-exists')).toEqual([])
    expect((await check(doc, 'ja', 'reference-caption-matches')).map((f) => f[3])).toEqual(['第1条の見出しは「目的」です。第1条ではなく第2条（範囲）では？'])
  })
})

describe('reference-target-exists, where no extent or no finding is given', () => {
  test('an appendix kept as a linked document of its own is not missing; one only named, or linked further on, is', async () => {
    const doc = [
      '第1条（目的）',
      '別紙<a href="list.html">「機能一覧」</a>による。',
      '2 別紙　[一覧](x.md)による。',
      '3 別紙<abbr>一覧</abbr>による。',
      '4 別紙の説明は[こちら](x.md)による。'
    ].join('\n')
    expect(await check(doc, 'ja', 'reference-target-exists')).toEqual([
      [4, 'error', 'reference-target-exists', '「別紙」は存在しません', 'art_1__para_3'],
      [5, 'error', 'reference-target-exists', '「別紙」は存在しません', 'art_1__para_4']
    ])
    expect((await check(doc, 'en', 'reference-target-exists')).map((f) => f[3])).toEqual(['別紙 does not exist', '別紙 does not exist'])
  })

  test('a paragraph of an article with no paragraphs at all', async () => {
    const doc = ['第1条（目的）', '第2条第2項及び第3条第1項による。', '第2条 甲とする。', '第3条（範囲）'].join('\n')
    expect((await check(doc, 'ja', 'reference-target-exists')).map((f) => f[3])).toEqual([
      '「第2条第2項」は存在しません（第2条は第1項まで）',
      '「第3条第1項」は存在しません（第3条に項はありません）'
    ])
    expect((await check(doc, 'en', 'reference-target-exists')).map((f) => f[3])).toEqual([
      '第2条第2項 does not exist (第2条 ends at paragraph 1)',
      '第3条第1項 does not exist (第3条 has no paragraphs)'
    ])
  })

  test('a paragraph of an article whose number occurs twice: no single article to measure', async () => {
    const doc = ['第1条（目的）', '本文。', '第1条（重複）', '第1条第3項による。'].join('\n')
    expect(await check(doc, 'ja', 'reference-target-exists')).toEqual([[4, 'error', 'reference-target-exists', '「第1条第3項」は存在しません', 'art_1__dup_2__para_1']])
  })

  test('an article missing from 附則 is named without an extent; a paragraph missing from one is measured', async () => {
    const doc = ['第1条（目的）', '本文。', '附則', '第1条 附則第6条及び附則第1条第2項による。'].join('\n')
    expect(await check(doc, 'ja', 'reference-target-exists')).toEqual([
      [4, 'error', 'reference-target-exists', '「附則第6条」は存在しません', 'annex_1__art_1__para_1'],
      [4, 'error', 'reference-target-exists', '「附則第1条第2項」は存在しません（附則第1条は第1項まで）', 'annex_1__art_1__para_1']
    ])
    expect((await check(doc, 'en', 'reference-target-exists')).map((f) => f[3])).toEqual(['附則第6条 does not exist', '附則第1条第2項 does not exist (附則第1条 ends at paragraph 1)'])
  })
})

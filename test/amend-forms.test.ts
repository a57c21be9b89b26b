// Each customary form of a 改め文 (../shared/kaisei-bun.md), on small documents written for
// these tests: the sentences expected are written out by hand and compared one by one, and
// each amendment is applied back to the old text, which must then equal the new one.
import {describe, expect, it} from 'vitest'
import {amendDocuments, amendmentText, checkAmendment} from '../src/amend/index.js'
import {parse} from '../src/parse/index.js'
import {renderAmendmentJson, renderAmendmentMarkdown} from '../src/amend/output.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

// A statute-style 規程 in kanji numerals.
const rules = `会員規程

（目的）
第一条　この規程は、会員の資格及び会費について定める。
（会費）
第二条　会員は、毎年四月末日までに一年間の会費を納める。
２　会費の額は、理事会が定める。
（届出）
第三条　会員は、住所を変更したときは、二箇月前までに書面で届け出なければならない。
（退会）
第四条　会員は、次の各号のいずれかに該当するときは、退会する。
一　本人が退会を申し出たとき。
二　会費を二年間納めなかったとき。
三　死亡したとき。
（除名）
第五条　理事会は、会員が次の各号のいずれかに該当するときは、除名することができる。
一　規程に違反したとき。
二　会の名誉を傷つけたとき。
２　前項の除名は、総会に報告する。
３　除名された者は、再び入会することができない。
（免責）
第六条　会は、天災地変、戦争その他の不可抗力による損害について、一切の責任を負わない。
（改正）
第七条　この規程の改正は、総会の議決による。
`

// A 約款 numbered in Arabic digits, with a table in an appendix.
const terms = `# 貸出サービス利用約款

第1条 (目的)

この約款は、当社の貸出サービスの利用条件を定めます。

第2条 (貸出期間)

貸出期間は、1年間とします。

2 利用者は、貸出期間の満了の1か月前までに申し出ることにより、貸出期間を延長できます。

別表 貸出品目

| 品目 | 料金 |
|---|---|
| 机 | 500円 |
| 椅子 | 300円 |
| 書棚 | 800円 |
`

async function amend(old: string, neu: string) {
  const result = await amendDocuments(parse(old).tree, parse(neu).tree, {tokenizer: fakeTokenizer})
  const text = amendmentText(result.sentences)
  // The proof, once more from the outside: the text applied to the old version gives the new one.
  expect(checkAmendment(parse(old).tree, text, parse(neu).tree)).toEqual([])
  return text.trimEnd().split('\n')
}

const edit = (text: string, ...pairs: Array<[string, string]>) =>
  pairs.reduce((out, [from, to]) => {
    expect(out).toContain(from)
    return out.replace(from, to)
  }, text)

describe('改め文: words inside a clause', () => {
  it('replaces a number with its counter: 「一年間」を「二年間」に改める', async () => {
    expect(await amend(rules, edit(rules, ['一年間の会費', '二年間の会費']))).toEqual(['第二条第一項中「一年間」を「二年間」に改める。'])
  })

  it('writes several replacements in one place in one sentence', async () => {
    expect(await amend(rules, edit(rules, ['二箇月前までに書面で', '三箇月前までに書面又は電磁的方法で']))).toEqual([
      '第三条中「二箇月前」を「三箇月前」に、「書面」を「書面又は電磁的方法」に改める。'
    ])
  })

  it('inserts after the words before: の下に…を加える', async () => {
    expect(await amend(rules, edit(rules, ['天災地変、戦争', '天災地変、感染症の流行、戦争']))).toEqual(['第六条中「天災地変、」の下に「感染症の流行、」を加える。'])
  })

  it('inserts at the start of a sentence before the words after it: の上に…を加える', async () => {
    expect(await amend(rules, edit(rules, ['第七条　この規程の改正', '第七条　会則及びこの規程の改正']))).toEqual(['第七条中「この」の上に「会則及び」を加える。'])
  })

  it('deletes words: 「一切の」を削る', async () => {
    expect(await amend(rules, edit(rules, ['について、一切の責任', 'について、責任']))).toEqual(['第六条中「一切の」を削る。'])
  })

  it('edits an item named through its one-paragraph article: 第四条第二号中', async () => {
    expect(await amend(rules, edit(rules, ['一　本人が退会', '一　本人が書面で退会']))).toEqual(['第四条第一号中「本人が」の下に「書面で」を加える。'])
  })

  it('mixes the verbs of one place in document order: 改め、…削る', async () => {
    expect(await amend(rules, edit(rules, ['二箇月前までに書面で', '三箇月前までに']))).toEqual(['第三条中「二箇月前」を「三箇月前」に改め、「書面で」を削る。'])
  })

  it('writes numbers in Arabic digits for a 約款 numbered so', async () => {
    expect(await amend(terms, edit(terms, ['1年間とします', '2年間とします']))).toEqual(['第2条第1項中「1年間」を「2年間」に改める。'])
  })

  it('writes kanji numerals for an Arabic-numbered 約款 when asked', async () => {
    const result = await amendDocuments(parse(terms).tree, parse(edit(terms, ['1年間とします', '2年間とします'])).tree, {tokenizer: fakeTokenizer, numerals: 'kanji'})
    expect(amendmentText(result.sentences).trimEnd().split('\n')).toEqual(['第二条第一項中「1年間」を「2年間」に改める。'])
  })
})

describe('改め文: captions', () => {
  it('edits words of a caption: 見出し中', async () => {
    expect(await amend(rules, edit(rules, ['（届出）', '（変更の届出）']))).toEqual(['第三条の見出し中「届出」の上に「変更の」を加える。'])
  })

  it('replaces a caption wholly: 見出しを「（…）」に改める', async () => {
    expect(await amend(rules, edit(rules, ['（免責）', '（責任の制限）']))).toEqual(['第六条の見出しを「（責任の制限）」に改める。'])
  })

  it('removes a caption and gives one: 見出しを削る / 見出しとして…を付する', async () => {
    const without = edit(rules, ['（改正）\n', ''])
    expect(await amend(rules, without)).toEqual(['第七条の見出しを削る。'])
    expect(await amend(without, rules)).toEqual(['第七条に見出しとして「（改正）」を付する。'])
  })
})

describe('改め文: whole clauses', () => {
  it('rewrites a paragraph changed beyond a few edits: 第五条第三項を次のように改める', async () => {
    expect(await amend(rules, edit(rules, ['３　除名された者は、再び入会することができない。', '３　除名の効力は、総会の承認の日から生ずる。']))).toEqual([
      '第五条第三項を次のように改める。',
      '　３　除名の効力は、総会の承認の日から生ずる。'
    ])
  })

  it('rewrites an article whose every paragraph changed: 第一条を次のように改める', async () => {
    expect(await amend(rules, edit(rules, ['（目的）\n第一条　この規程は、会員の資格及び会費について定める。', '（趣旨）\n第一条　会の運営に必要な事項は、この規程の定めるところによる。']))).toEqual([
      '第一条を次のように改める。',
      '　（趣旨）',
      '　第一条　会の運営に必要な事項は、この規程の定めるところによる。'
    ])
  })

  it('adds a paragraph at the end: 第二条に次の一項を加える', async () => {
    expect(await amend(rules, edit(rules, ['２　会費の額は、理事会が定める。\n', '２　会費の額は、理事会が定める。\n３　納めた会費は、返還しない。\n']))).toEqual([
      '第二条に次の一項を加える。',
      '　３　納めた会費は、返還しない。'
    ])
  })

  it('adds an item at the end: 第四条に次の一号を加える', async () => {
    expect(await amend(rules, edit(rules, ['三　死亡したとき。\n', '三　死亡したとき。\n四　会が解散したとき。\n']))).toEqual(['第四条に次の一号を加える。', '　四　会が解散したとき。'])
  })

  it('deletes an item at the end: 第四条第三号を削る', async () => {
    expect(await amend(rules, edit(rules, ['三　死亡したとき。\n', '']))).toEqual(['第四条第三号を削る。'])
  })
})

describe('改め文: renumbering, written from the end backwards', () => {
  it('adds an article between two, moving the later ones down: 繰り下げ', async () => {
    const added = edit(
      rules,
      ['（退会）\n第四条', '（会員証）\n第四条　会員には、会員証を交付する。\n（退会）\n第五条'],
      ['（除名）\n第五条', '（除名）\n第六条'],
      ['（免責）\n第六条', '（免責）\n第七条'],
      ['（改正）\n第七条', '（改正）\n第八条']
    )
    expect(await amend(rules, added)).toEqual([
      '第七条を第八条とし、第四条から第六条までを一条ずつ繰り下げ、第三条の次に次の一条を加える。',
      '　（会員証）',
      '　第四条　会員には、会員証を交付する。'
    ])
  })

  it('deletes an article, moving the later ones up: 繰り上げ, two named with 及び', async () => {
    const removed = edit(
      rules,
      ['（退会）\n第四条　会員は、次の各号のいずれかに該当するときは、退会する。\n一　本人が退会を申し出たとき。\n二　会費を二年間納めなかったとき。\n三　死亡したとき。\n', ''],
      ['第五条', '第四条'],
      ['第六条', '第五条'],
      ['第七条', '第六条']
    )
    expect(await amend(rules, removed)).toEqual(['第四条を削り、第五条を第四条とし、第六条及び第七条を一条ずつ繰り上げる。'])
  })

  it('inserts an item, renumbering the next: 第五条第一項中第二号を第三号とし、第一号の次に次の一号を加える', async () => {
    expect(await amend(rules, edit(rules, ['一　規程に違反したとき。\n二　会の名誉', '一　規程に違反したとき。\n二　会費を滞納したとき。\n三　会の名誉']))).toEqual([
      '第五条第一項中第二号を第三号とし、第一号の次に次の一号を加える。',
      '　二　会費を滞納したとき。'
    ])
  })

  it('inserts a paragraph, renumbering the next: 第五条第三項を同条第四項とし、同条第二項の次に次の一項を加える', async () => {
    expect(await amend(rules, edit(rules, ['２　前項の除名は、総会に報告する。\n３　', '２　前項の除名は、総会に報告する。\n３　除名の理由は、本人に通知する。\n４　']))).toEqual([
      '第五条第三項を同条第四項とし、同条第二項の次に次の一項を加える。',
      '　３　除名の理由は、本人に通知する。'
    ])
  })

  it('amends the references that followed a renumbered article', async () => {
    const cited = edit(rules, ['第七条　この規程の改正は、総会の議決による。', '第七条　この規程の改正は、総会の議決による。ただし、第六条の改正には理事会の同意を要する。'])
    const moved = edit(cited, ['（除名）\n第五条　理事会は、会員が次の各号のいずれかに該当するときは、除名することができる。\n一　規程に違反したとき。\n二　会の名誉を傷つけたとき。\n２　前項の除名は、総会に報告する。\n３　除名された者は、再び入会することができない。\n', ''], ['第六条　会は', '第五条　会は'], ['第七条　この', '第六条　この'], ['第六条の改正', '第五条の改正'])
    expect(await amend(cited, moved)).toEqual(['第七条中「第六条」を「第五条」に改める。', '第五条を削り、第六条を第五条とし、第七条を第六条とする。'])
  })
})

describe('改め文: tables', () => {
  it('deletes and adds table rows by the words of their first cell: 「…」の項', async () => {
    expect(await amend(terms, edit(terms, ['| 椅子 | 300円 |\n', ''], ['| 書棚 | 800円 |\n', '| 書棚 | 800円 |\n| 照明 | 200円 |\n']))).toEqual([
      '別表の表中「椅子」の項を削る。',
      '別表の表中「書棚」の項の次に次のように加える。',
      '　|照明|200円|'
    ])
  })

  it('edits the words of a row: 「机」の項中「500円」を「600円」に改める', async () => {
    expect(await amend(terms, edit(terms, ['| 机 | 500円 |', '| 机 | 600円 |']))).toEqual(['別表の表中「机」の項中「500円」を「600円」に改める。'])
  })
})

describe('改め文: the Markdown and JSON forms', () => {
  it('applies the Markdown form as it applies the text', async () => {
    const neu = edit(rules, ['三　死亡したとき。\n', '三　死亡したとき。\n四　会が解散したとき。\n'], ['一年間の会費', '二年間の会費'])
    const result = await amendDocuments(parse(rules).tree, parse(neu).tree, {tokenizer: fakeTokenizer})
    const md = renderAmendmentMarkdown(result)
    expect(md).toBe('# 改め文\n\n第二条第一項中「一年間」を「二年間」に改める。\n\n第四条に次の一号を加える。\n\n> 　四　会が解散したとき。\n')
    expect(checkAmendment(parse(rules).tree, md, parse(neu).tree)).toEqual([])
    expect(JSON.parse(renderAmendmentJson(result, {old: 'a.txt', new: 'b.txt'}))).toEqual({
      old: 'a.txt',
      new: 'b.txt',
      numerals: 'kanji',
      sentences: [
        {text: '第二条第一項中「一年間」を「二年間」に改める。', touches: ['art_2__para_1']},
        {text: '第四条に次の一号を加える。', block: ['四　会が解散したとき。'], touches: ['art_4__para_1__item_4']}
      ]
    })
  })
})

describe('改め文: versions that differ only in layout need none', () => {
  it('writes nothing for the same text re-typeset', async () => {
    const typeset = rules.replace(/　/g, ' ').replace(/、/g, '、 ')
    expect(await amend(rules, typeset)).toEqual([''])
  })
})

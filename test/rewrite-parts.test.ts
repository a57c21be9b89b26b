// The smaller pieces of the rewrite step on their own: the compact view it reads through,
// nearest-text search, --exclude references, the precedence sentence, and document pairing.
import {describe, expect, it} from 'vitest'
import {compactUnit, compactWithMap} from '../src/parse/normalize.js'
import {parse} from '../src/parse/index.js'
import {buildEffective, compileMatcher, namesDocument, nearestText, readingSentences, rewriteText} from '../src/rewrite/index.js'
import {parseExcludeOption} from '../src/cli/exclude-option.js'
import {readPrecedence, selfName} from '../src/terms/precedence.js'
import {readDocumentNames} from '../src/terms/document-names.js'
import {readExclusions} from '../src/terms/exclusions.js'
import {pointFinder} from '../src/parse/lines.js'
import {readFileSync} from 'node:fs'
import {renderEffectiveMarkdown, renderReportMarkdown} from '../src/render/effective-md.js'

describe('the compact view', () => {
  it('drops every kind of space but keeps newlines', () => {
    expect(compactWithMap('Ａ\u2002B\u3000C\tD\u00a0E\nF').text).toBe('ABCDE\nF')
    expect(compactUnit(0x3000)).toBe('')
    expect(compactUnit(0x0a)).toBe('\n')
  })

  it('joins a half-width kana and its voiced mark into one unit, mapped to the kana', () => {
    const {text, map} = compactWithMap('料金 ﾍﾞｰｼｯｸﾌﾟﾗﾝ')
    expect(text).toBe('料金ベーシックプラン')
    expect(Array.from(map)).toEqual([0, 1, 3, 5, 6, 7, 8, 9, 11, 12, 13])
  })

  it('matches a 読替え row written in full-width kana against the half-width text, voiced marks included', () => {
    const matcher = compileMatcher([{index: 1, row: 1, upstream: 'ベーシックプラン', effective: '甲ベーシック'}])
    const {output, replacements} = rewriteText(matcher, '| ﾍﾞｰｼｯｸﾌﾟﾗﾝ | 1,100円 |\nﾍﾍﾞｰｼｯｸﾌﾟﾗ')
    expect(output).toBe('| 甲ベーシック | 1,100円 |\nﾍﾍﾞｰｼｯｸﾌﾟﾗ')
    expect(replacements.map((r) => [r.start, r.end])).toEqual([[2, 12]])
  })

  it('maps each unit of an expansion back to its one source character', () => {
    const {text, map} = compactWithMap('a㍿b')
    expect(text).toBe('a株式会社b')
    expect(Array.from(map)).toEqual([0, 1, 1, 1, 1, 2, 3])
  })
})

describe('nearest text', () => {
  it('finds the tightest substring with the smallest edit distance', () => {
    const text = '甲は、暗号化オプション及び暗号化プラスオプションを提供します。'
    expect(nearestText('暗号可オプション', text)).toMatchObject({text: '暗号化オプション', distance: 1, start: 3, end: 11})
    expect(nearestText('暗号化 プラス オプション', text)).toMatchObject({text: '暗号化プラスオプション', distance: 0})
  })

  it('gives the source spelling, spaces and widths included', () => {
    expect(nearestText('ABCサービス', '前 ＡＢＣ サービス 後')).toMatchObject({text: 'ＡＢＣ サービス', distance: 0})
    expect(nearestText('abc', '')).toBeUndefined()
  })
})

describe('--exclude references', () => {
  it('reads citations, with or without quotes, and clause ids', () => {
    expect(parseExcludeOption('個別規程第7条(4)')).toMatchObject({document: '個別規程', article: '7', item: 4})
    expect(parseExcludeOption('個別規程「第7条（オプション）(2) 甲オプション」')).toMatchObject({document: '個別規程', article: '7', caption: 'オプション', item: 2, name: '甲オプション'})
    expect(parseExcludeOption('第５条第２項')).toMatchObject({article: '5', paragraph: 2, item: undefined})
    expect(parseExcludeOption('kumo-backup:art_5__para_1__item_6')).toMatchObject({document: 'kumo-backup', article: '5', paragraph: 1, item: 6})
    expect(parseExcludeOption('art_6-2')).toMatchObject({article: '6-2', paragraph: undefined})
  })

  it('reads anything else as a whole document: a name or title, or a file name with :doc', () => {
    expect(parseExcludeOption('甲SLA')).toEqual({raw: '甲SLA', document: '甲SLA', article: ''})
    expect(parseExcludeOption('アオバ光 オプション規程')).toEqual({raw: 'アオバ光 オプション規程', document: 'アオバ光 オプション規程', article: ''})
    expect(parseExcludeOption('aoba-option:doc')).toEqual({raw: 'aoba-option:doc', document: 'aoba-option', article: ''})
  })

  it('refuses what is not a clause', () => {
    expect(() => parseExcludeOption('第九十九')).toThrow(/条項の指定としても文書の指定としても読めません/)
    expect(() => parseExcludeOption(' ')).toThrow(/条項の指定としても文書の指定としても読めません/)
  })
})

describe('the precedence sentence', () => {
  const doc = (sentence: string) => parse(`甲サービス規約\n\n第1条（適用関係）\n\n${sentence}\n`).tree

  it('reads ranks in order; ・ joins names of one rank', () => {
    const precedence = readPrecedence(doc('「見積書」・「申込書」、「本規約」及び「提携先約款」の順に優先して適用します。'))
    expect(precedence).toMatchObject({ranks: [['見積書', '申込書'], ['本規約'], ['提携先約款']], reseller: 1, upstream: 2, statedIn: {clause: 'art_1__para_1'}})
  })

  it('reads none when the document states none, and then overrides nothing', () => {
    const reseller = doc('本サービスの条件は、提携先約款によります。')
    expect(readPrecedence(reseller)).toBeUndefined()
    const upstream = parse('提携先約款\n\n第1条（適用関係）\n\n提携先の定めです。\n').tree
    expect(buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}]).overrides).toEqual([])
  })

  it('reads a conflict rule worded with 齟齬 or 不一致, quotes 『』 included', () => {
    expect(readPrecedence(doc('本規約と提携先約款との間に齟齬がある場合には、本規約の定めが優先する。'), [])).toBeUndefined()
    const names = readDocumentNames(doc('当社は、『提携先約款』（以下「提携先約款」という。）を適用します。'))
    expect(readPrecedence(doc('本規約と提携先約款との間に齟齬がある場合には、本規約の定めが優先する。'), names)).toMatchObject({ranks: [['本規約'], ['提携先約款']]})
    expect(readPrecedence(doc('本規約と『提携先約款』の定めに不一致があるときは、本規約が優先して適用されます。'))).toMatchObject({ranks: [['本規約'], ['提携先約款']]})
    expect(readPrecedence(doc('本規約と提携先約款の定めが異なる読み方をされることがあります。'))).toBeUndefined()
  })

  it('reads the winner written 優先します, を優先して適用, の内容を優先, and a reseller calling itself 本条件', () => {
    const names = readDocumentNames(doc('当社は、「甲基本規約」（以下「原約款」という。）を適用します。'))
    for (const sentence of [
      '本規約の定めと原約款の定めが異なる場合は、本規約の定めを優先して適用します。',
      '本規約と原約款との間に齟齬がある場合は、本規約が優先します。',
      '本規約と原約款の内容が異なるときは、本規約の内容を優先します。'
    ]) {
      expect(readPrecedence(doc(sentence), names)).toMatchObject({ranks: [['本規約'], ['原約款']], reseller: 0, upstream: 1})
    }
    const own = readPrecedence(doc('本条件と原約款に齟齬がある場合は、本条件が優先して適用されます。'), names)
    expect(own).toMatchObject({ranks: [['本条件'], ['原約款']], reseller: 0})
    expect(selfName(own)).toBe('本条件')
  })

  it('names the reseller’s own terms as its text does when it states no precedence', () => {
    const tree = doc('本規約は、乙サービスの利用条件を定めます。本規約に同意した方が利用できます。')
    expect(readPrecedence(tree)).toBeUndefined()
    expect(selfName(undefined, tree)).toBe('本規約')
    expect(selfName(undefined, doc('乙サービスの利用条件を定めます。'))).toBe('本約款')
  })

  it('reads what applies where the reseller says nothing, in several wordings', () => {
    const names = readDocumentNames(doc('当社は、「提携先約款」（以下「提携先約款」という。）を適用します。'))
    for (const sentence of [
      '本規約に定めのない事項は、提携先約款の定めるところによります。',
      '本規約に定めがない場合は、提携先約款を適用します。',
      '本規約に規定のないものについては、提携先約款に従うものとします。',
      '提携先約款は、本規約に定めのない範囲で適用されます。'
    ]) {
      expect(readPrecedence(doc(sentence), names)).toMatchObject({ranks: [['本規約'], ['提携先約款']], reseller: 0, upstream: 1})
    }
    expect(readPrecedence(doc('本規約に定めのない事項は、当社が別に定めます。'), names)).toBeUndefined()
  })

  it('overrides nothing when the upstream terms rank first', () => {
    const reseller = doc('「提携先約款」、「本規約」の順に優先して適用します。')
    const upstream = parse('提携先約款\n\n第1条（適用関係）\n\n提携先の定めです。\n').tree
    expect(buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}]).overrides).toEqual([])
  })
})

describe('pairing documents of a corpus', () => {
  it('pairs a reseller with the upstream documents whose title words it names', () => {
    const reseller = parse('甲規約\n\n第1条（適用）\n\n「ＡＢＣ クラウド 共通規約」及び「個別規約 ABC保管」を適用します。\n').tree
    const named = parse('ABCクラウド 共通規約\n\n第1条（適用）\n\n本文。\n').tree
    const other = parse('XYZ 共通規約\n\n第1条（適用）\n\n本文。\n').tree
    expect(namesDocument(reseller, named)).toBe(true)
    expect(namesDocument(reseller, other)).toBe(false)
  })
})

describe('pointFinder', () => {
  it('counts lines over LF, CRLF and CR', () => {
    const place = pointFinder('ab\r\ncd\ref\ngh')
    expect(place(0)).toEqual({line: 1, column: 1, offset: 0})
    expect(place(5)).toEqual({line: 2, column: 2, offset: 5})
    expect(place(7)).toEqual({line: 3, column: 1, offset: 7})
    expect(place(11)).toEqual({line: 4, column: 2, offset: 11})
  })
})

describe('the report on a small pair', () => {
  const reseller = parse(
    '甲規約\n\n第1条（適用の順位）\n\n「本規約」、「乙約款」の順に優先して適用します。\n\n別表 読替表\n\n読替え前\t読替え後\n乙データサービス\t甲データサービス\n乙データ\t甲データ\n監査オプション\t甲 監査オプション\n乙ポータル\t甲ポータル\n'
  ).tree
  const upstream = parse('乙約款\n\n第1条（定義）\n\n乙データサービスと乙データと甲監査オプションと監査オプション、甲データサービス。\n').tree
  const {report} = buildEffective({tree: reseller, path: 'r.md'}, [{tree: upstream, path: 'u.md'}])
  const row = (upstreamName: string) => report.rows.find((r) => r.row.upstream === upstreamName)!

  it('counts replacements, right sides already in place, and names read as part of a longer one', () => {
    expect(report.rows.map((r) => [r.row.upstream, r.count, r.kept])).toEqual([
      ['乙データサービス', 1, 1],
      ['乙データ', 1, 0],
      ['監査オプション', 1, 1],
      ['乙ポータル', 0, 0]
    ])
    expect(row('乙データ').shadowedBy).toEqual([{row: 1, count: 1}])
    expect(row('乙データ').locations).toEqual([{document: 0, clause: 'art_1__para_1', line: 5, column: 10}])
  })

  it('lists static overlaps: a left side inside another, a left side inside a right side', () => {
    expect(report.overlaps).toEqual([
      {rows: [1, 2], kind: 'left-contains'},
      {rows: [3, 3], kind: 'right-contains'}
    ])
  })

  it('suggests nothing for a name with nothing near it', () => {
    expect(row('乙ポータル').nearest).toBeUndefined()
  })
})

describe('nearest text within a limit', () => {
  it('finds the same text as without one, and nothing when every candidate lies beyond it', () => {
    const text = '前置き。甲は、暗号化オプション及び暗号化プラスオプションを提供します。'.repeat(3)
    for (const name of ['暗号可オプション', '暗号化 プラス オプション', '暗号化プラスオプシヨン', '復号オプション']) {
      const free = nearestText(name, text)!
      const limited = nearestText(name, text, free.distance)
      expect(limited).toEqual(free)
      if (free.distance > 0) expect(nearestText(name, text, free.distance - 1)).toBeUndefined()
    }
  })
})

describe('names the reseller defines for the upstream terms', () => {
  const names = (sentence: string) => readDocumentNames(parse(`甲サービス規約\n\n第1条（適用）\n\n${sentence}\n`).tree).map(({name, titles}) => ({name, titles}))

  it('reads titles in 『』 as in 「」, and これらを／両規程を before 総称して', () => {
    expect(names('当社は、『乙基本約款』及び『乙オプション規程』（以下これらを総称して「提供元約款」という。）を適用する。')).toEqual([{name: '提供元約款', titles: ['乙基本約款', '乙オプション規程']}])
    expect(names('当社は、「乙基本約款」及び「乙オプション規程」（以下、両規程をあわせて『乙約款』といいます。）を適用します。')).toEqual([{name: '乙約款', titles: ['乙基本約款', '乙オプション規程']}])
    expect(names('当社は、『乙基本約款』（以下「基本約款」という。）を適用する。')).toEqual([{name: '基本約款', titles: ['乙基本約款']}])
  })

  it('does not read a definition of something that is not terms', () => {
    expect(names('契約者が指定する機器（以下これを「指定機器」という。）を接続する。')).toEqual([])
  })
})

describe('exclusion sentences', () => {
  const excluded = (sentence: string) => readExclusions(parse(`甲サービス規約\n\n第1条（適用除外）\n\n${sentence}\n`).tree).map((exclusion) => [exclusion.reference.article, exclusion.reference.item, exclusion.range])

  it('reads 準用しない, 適用されない and 適用はありません as 適用しません', () => {
    expect(excluded('乙約款第3条の規定は、本サービスには準用しない。')).toEqual([['3', undefined, undefined]])
    expect(excluded('乙約款第4条第2号の規定は、適用されないものとします。')).toEqual([['4', 2, undefined]])
    expect(excluded('乙約款第5条の規定の適用はありません。')).toEqual([['5', undefined, undefined]])
    expect(excluded('乙約款第6条の規定は、本サービスに適用されず、当社の定めによる。')).toEqual([['6', undefined, undefined]])
    expect(excluded('乙約款第5条の規定を準用します。')).toEqual([])
  })

  it('reads the clauses a list names after 次に掲げる規定は、適用しない, taking the document from the lead', () => {
    const list = (...items: string[]) =>
      readExclusions(parse(['甲サービス規約', '', '第1条（適用除外）', '', '乙約款のうち、次に掲げる規定は、本サービスには適用しない。', ...items, ''].join('\n')).tree).map((exclusion) => [
        exclusion.reference.document,
        exclusion.reference.article,
        exclusion.reference.item,
        exclusion.statedIn?.label
      ])
    expect(list('(1) 乙約款第三条第二号（録音オプション）', '(2) 第八条')).toEqual([
      ['乙約款', '3', 2, '第1条第1号'],
      ['乙約款', '8', undefined, '第1条第2号']
    ])
    const kept = readExclusions(parse(['甲サービス規約', '', '第1条（定義）', '', '次に掲げる規定は、本サービスに適用する。', '(1) 乙約款第三条', ''].join('\n')).tree)
    expect(kept).toEqual([])
  })

  it('reads clauses excepted with 除き from the upstream terms, and nothing from 場合を除き or the reseller’s own clauses', () => {
    expect(excluded('当社は、乙約款（第3条及び第5条を除きます。）を適用します。')).toEqual([
      ['3', undefined, undefined],
      ['5', undefined, undefined]
    ])
    expect(excluded('乙約款第4条第2号の規定を除き、乙約款を適用します。')).toEqual([['4', 2, undefined]])
    expect(excluded('乙約款第5条に定める場合を除き、当社は通知します。')).toEqual([])
    expect(excluded('本約款（第3条を除く。）は、契約者に適用します。')).toEqual([])
    // the title in quotes, with a space in it: still the bracket's owner, and the references are that document's
    const quoted = readExclusions(parse('甲サービス規約\n\n第1条（適用）\n\n当社は、「乙 基本規約」（第2条及び第3条を除きます。）を適用します。\n').tree)
    expect(quoted.map((exclusion) => [exclusion.reference.document, exclusion.reference.article])).toEqual([
      ['乙 基本規約', '2'],
      ['乙 基本規約', '3']
    ])
  })

  it('reads 同号 / 同項 after another document’s clause as that clause', () => {
    expect(
      excluded('当社は、乙約款第1条(2)に定めるオプションを提供しません。これに伴い、同号の規定は適用しません。')
    ).toEqual([['1', 2, undefined]])
    const paragraph = readExclusions(parse('甲サービス規約\n\n第1条（適用除外）\n\n当社は、乙約款第3条第2項の申込みを受け付けません。同項の規定は、本サービスには適用しません。\n').tree)
    expect(paragraph.map((exclusion) => [exclusion.reference.raw, exclusion.reference.document, exclusion.reference.article, exclusion.reference.paragraph])).toEqual([['同項', '乙約款', '3', 2]])
  })

  it('marks the two ends of a range', () => {
    expect(excluded('乙約款第3条から第5条までの規定は、適用しない。')).toEqual([
      ['3', undefined, 'from'],
      ['5', undefined, 'to']
    ])
    expect(excluded('乙約款第3条及び第5条の規定は、適用しない。')).toEqual([
      ['3', undefined, undefined],
      ['5', undefined, undefined]
    ])
  })
})

describe('読替え sentences in other words', () => {
  const rows = (...lines: string[]) => readingSentences(parse(['甲サービス規約', '', '第1条（読替え）', '', ...lines, ''].join('\n')).tree).map((row) => [row.upstream, row.effective, row.sentence?.label])

  it('reads 「A」を「B」と（に）読み替える and 「A」は「B」と読み替える', () => {
    expect(rows('乙約款の「乙社」を「甲社」と、「乙窓口」を「甲窓口」に読み替えて適用します。')).toEqual([
      ['乙社', '甲社', '第1条'],
      ['乙窓口', '甲窓口', '第1条']
    ])
    expect(rows('乙約款中の「会員」は「利用者」と読み替えるものとする。')).toEqual([['会員', '利用者', '第1条']])
  })

  it('reads the items of a list announced by 次のとおり読み替える, with or without a verb', () => {
    expect(rows('乙約款の適用にあたっては、次のとおり読み替えるものとします。', '(1) 「乙社」->「甲社」')).toEqual([['乙社', '甲社', '第1条第1号']])
    expect(rows('乙約款の適用にあたっては、次のとおり読み替えるものとします。', '(1) 「乙社」→「甲社」', '(2) 「乙窓口」：「甲窓口」', '(3) 「会員」を「利用者」と読み替える。')).toEqual([
      ['乙社', '甲社', '第1条第1号'],
      ['乙窓口', '甲窓口', '第1条第2号'],
      ['会員', '利用者', '第1条第3号']
    ])
  })

  it('reads a 別紙 読替表 written as a list of 「A」→「B」 entries', () => {
    const tree = parse(['甲サービス規約', '', '第1条（適用）', '', '乙約款を別紙の読替表のとおり読み替えて適用する。', '', '別紙　読替表', '', '1. 「乙社」→「甲社」', '2. 「乙窓口」を「甲窓口」', ''].join('\n')).tree
    expect(readingSentences(tree).map((row) => [row.upstream, row.effective])).toEqual([
      ['乙社', '甲社'],
      ['乙窓口', '甲窓口']
    ])
  })

  it('reads nothing from quotes that are not a 読替え', () => {
    expect(rows('「乙社」は「甲社」の子会社です。', '「会員」を「利用者」と呼ぶことがあります。')).toEqual([])
    expect(rows('次の事項を定めます。', '(1) 「乙社」→「甲社」')).toEqual([])
  })
})

describe('overrides by subject in other words', () => {
  const upstream = {tree: parse('乙約款\n\n第1条（目的）\n\n目的です。\n\n第2条（利用期間）\n\n利用期間は一年とします。\n').tree, path: 'u.md'}
  const overridden = (sentence: string) =>
    buildEffective({tree: parse(`甲サービス規約\n\n第1条（適用）\n\n当社は、「乙約款」（以下「乙約款」という。）を適用します。\n\n第2条（期間）\n\n${sentence}\n`).tree, path: 'r.md'}, [upstream]).overrides.map(
      (override) => [override.article, override.by.article, override.basis]
    )

  it('reads 乙約款第2条に代えて and 乙約款第2条の規定に優先して as 乙約款第2条の規定にかかわらず', () => {
    expect(overridden('乙約款第2条の規定にかかわらず、利用期間は二年とします。')).toEqual([['art_2', 'art_2', 'subject']])
    expect(overridden('乙約款第2条に代えて、利用期間は二年とします。')).toEqual([['art_2', 'art_2', 'subject']])
    expect(overridden('乙約款第2条の規定に優先して、利用期間は二年とします。')).toEqual([['art_2', 'art_2', 'subject']])
    expect(overridden('乙約款第2条の規定により、利用期間は一年とします。')).toEqual([])
  })
})

describe('a whole document excluded', () => {
  // The wakaba pair, with a paragraph that takes the option rules out of force and names one more document.
  const corpus = (path: string) => readFileSync(new URL(`../corpus/${path}`, import.meta.url), 'utf8')
  const resellerText = corpus('wakaba-hikari/2026-04-01.md').replace(
    /^2 オプション規程第４条.*$/m,
    (line) => `${line}\n3 アオバ光 オプション規程は、本サービスには適用しない。また、『アオバ光 防犯規程』は、本サービスには適用しない。`
  )
  const upstreams = ['aoba-kihon.md', 'aoba-option.md'].map((name) => ({tree: parse(corpus(`upstream-aoba/${name}`)).tree, path: name}))
  const effective = buildEffective({tree: parse(resellerText).tree, path: 'wakaba.md'}, upstreams)
  const whole = effective.exclusions.filter((exclusion) => exclusion.whole)

  it('targets the root of the document given, and keeps the one not given without a target', () => {
    expect(resellerText).toContain('3 アオバ光 オプション規程は')
    expect(whole.map((exclusion) => [exclusion.reference.raw, exclusion.target?.document, exclusion.target?.clause, exclusion.statedIn?.label])).toEqual([
      ['アオバ光 オプション規程', 1, 'doc', '第3条第3項'],
      ['アオバ光 防犯規程', undefined, undefined, '第3条第3項']
    ])
    // the clause exclusions of 第3条第1項 and 第2項 are read as before
    expect(effective.exclusions.filter((exclusion) => !exclusion.whole)).toHaveLength(6)
  })

  it('strikes every line of the excluded document, labels its first, and leaves the other document in force', () => {
    const markdown = renderEffectiveMarkdown(effective, {lang: 'ja'})
    const [kihon, option] = markdown.split(/^## \d\. /m).slice(1)
    const lines = (part: string) => part.split(/\n---\n/)[0].split('\n').slice(1).filter((line) => line.trim() !== '' && !line.startsWith('>'))
    expect(lines(option).length).toBeGreaterThan(10)
    expect(lines(option).every((line) => /~~.+~~/.test(line))).toBe(true)
    expect(lines(option)[0]).toMatch(/\*\*（適用除外：本規約第3条第3項）\*\*$/)
    expect(lines(kihon).filter((line) => line.includes('本規約第3条第3項'))).toEqual([])
    // the heading's source line says it before the struck text begins
    expect(option.split('\n').find((line) => line.startsWith('> '))).toBe('> 原文：aoba-option.md（2023-10-01版）　文書全体が適用除外です（本規約第3条第3項）')
    expect(kihon.split('\n').find((line) => line.startsWith('> '))).toBe('> 原文：aoba-kihon.md（2023-10-01版）')
  })

  it('reports both, and the place in the other document that still names the excluded one', () => {
    const report = renderReportMarkdown(effective, {lang: 'ja'})
    expect(report).toContain('- アオバ光 オプション規程（本規約第3条第3項）→ aoba-option.md（文書全体）')
    expect(report).toContain('- アオバ光 防犯規程（本規約第3条第3項）→ --upstream にない文書（読み替える対象外）')
    expect(effective.report.dangling.map((entry) => [entry.document, entry.text, entry.clause, entry.line])).toEqual([[0, 'オプション規程', 'art_1__para_1', 11]])
    expect(renderReportMarkdown(effective, {lang: 'en'})).toContain("- アオバ光 オプション規程（reseller's 第3条第3項）→ aoba-option.md (the whole document)")
  })
})

describe('the order of precedence with a name for each upstream document', () => {
  it('lists under each rank the documents its name stands for', () => {
    const reseller = parse(
      '第1条（適用）\n当社は、「甲基本規約」（以下「基本規約」という。）及び「丙オプション規程」（以下「オプション規程」という。）を、別表により読み替えて適用します。\n2 「本規約」、「基本規約」、「オプション規程」の順に優先して適用します。\n\n別表\n\n| 読替え前 | 読替え後 |\n| --- | --- |\n| 目的 | ねらい |\n'
    ).tree
    const upstreams = ['甲基本規約', '丙オプション規程'].map((title, index) => ({tree: parse(`${title}\n\n第1条（目的）\n目的です。\n`).tree, path: `u${index}.md`}))
    const effective = buildEffective({tree: reseller, path: 'r.md'}, upstreams)
    expect(effective.precedenceDocuments).toEqual([[], [0], [1]])
    expect(renderEffectiveMarkdown(effective, {lang: 'ja'})).toContain('1. 「本規約」：r.md\n2. 「基本規約」：甲基本規約\n3. 「オプション規程」：丙オプション規程\n')
  })
})

describe('articles sharing a caption without a precedence statement', () => {
  it('are not marked as overridden, and a warning says why', () => {
    const upstream = {tree: parse('甲基本規約\n\n第1条（目的）\n目的です。\n\n第2条（期間）\n契約期間は12か月とします。\n').tree, path: 'kihon.md'}
    const reseller = parse('第1条（適用）\n乙社は、「甲基本規約」（以下「原約款」という。）を、別表により読み替えて適用します。\n\n第2条（期間）\n本規約の契約期間は1か月とします。\n\n別表\n\n| 読替え前 | 読替え後 |\n| --- | --- |\n| 目的 | ねらい |\n').tree
    const effective = buildEffective({tree: reseller, path: 'r.md'}, [upstream])
    expect(effective.overrides).toEqual([])
    expect(effective.report.warnings.map((warning) => warning.ja)).toEqual(['r.md は本規約と上流の約款の優先順位を定めていないため、同じ見出しの条（第2条（期間） / kihon.md 第2条）のどちらが優先するかは示していません'])
    const ranked = parse('第1条（適用）\n乙社は、「甲基本規約」（以下「原約款」という。）を、別表により読み替えて適用します。\n2 本規約と原約款が抵触するときは、本規約が優先して適用されます。\n\n第2条（期間）\n本規約の契約期間は1か月とします。\n\n別表\n\n| 読替え前 | 読替え後 |\n| --- | --- |\n| 目的 | ねらい |\n').tree
    const overridden = buildEffective({tree: ranked, path: 'r.md'}, [upstream])
    expect(overridden.overrides.map((override) => [override.article, override.by.article])).toEqual([['art_2', 'art_2']])
    expect(overridden.report.warnings).toEqual([])
  })
})

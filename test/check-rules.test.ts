import {available} from './helpers/requires.js'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkDocument, rules, type Upstream} from '../src/check/index.js'
import {viewFinding, type FindingView as Finding} from './helpers/findings.js'
import {parse} from '../src/parse/index.js'

const corpus = (path: string) => new URL(`../corpus/${path}`, import.meta.url)
const seedText = readFileSync(corpus('usen-gate02-secure-mx/2024-10-30.md'), 'utf8')
const lawsDir = new URL('../../shared/egov-laws/', import.meta.url)

function upstream(path: string, text = readFileSync(corpus(path), 'utf8')): Upstream {
  return {path, tree: parse(text).tree}
}

async function check(text: string, options: Parameters<typeof checkDocument>[2] = {}): Promise<Finding[]> {
  const {tree, file} = parse(text, {lang: options.lang})
  return (await checkDocument(tree, file, options)).map(viewFinding)
}

/** [line, rule] of each finding, in order. */
const places = (findings: Finding[]) => findings.map((f) => [f.position.start.line, f.ruleId])

describe('the rules', () => {
  it('each has a stable id, a default severity and a description in both languages', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'reference-target-exists',
      'reference-caption-matches',
      'relative-reference-valid',
      'numbering-sequential',
      'defined-term',
      'term-variant',
      'external-reference-resolves',
      'reading-table-source-found',
      'excluded-still-named'
    ])
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)+$/)
      expect(['error', 'warning']).toContain(rule.severity)
      expect(rule.description.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      expect(rule.description.en).toMatch(/^[\x20-\x7e\u3000-\u9fff（）「」]+$/)
    }
  })
})

describe('the seed', () => {
  it('has no errors, the two term variants and the use of 反社会的勢力 before its definition', async () => {
    const findings = await check(seedText)
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(findings.map((f) => [f.position.start.line, f.position.start.column, f.severity, f.ruleId, f.message])).toEqual([
      [48, 15, 'warning', 'defined-term', '「反社会的勢力」が定義（第19条第1項）より前で使われています'],
      [103, 10, 'warning', 'term-variant', '「アドバンスドアーカイブオプション」は「アドバンストアーカイブオプション」（別紙 第2表など計2箇所）の表記ゆれではありませんか'],
      [107, 10, 'warning', 'term-variant', '「メーリングリストオプション」は「メールリングリストオプション」（別紙 第2表など計2箇所）の表記ゆれではありませんか']
    ])
    // The warning stands on the word in 第6条第3項(6).
    const used = findings[0].position
    expect(seedText.slice(used.start.offset, used.end.offset)).toBe('反社会的勢力')
    expect(findings[0].clause).toBe('art_6__para_3__item_6')
  })

  it('speaks English with lang en', async () => {
    const findings = await check(seedText, {lang: 'en'})
    expect(findings.map((f) => f.message)).toEqual([
      '“反社会的勢力” is used before its definition in 第19条第1項',
      '“アドバンスドアーカイブオプション” may be a variant spelling of “アドバンストアーカイブオプション” (別紙 第2表, 2 occurrences)',
      '“メーリングリストオプション” may be a variant spelling of “メールリングリストオプション” (別紙 第2表, 2 occurrences)'
    ])
  })

  it('with the upstream stand-ins: 第4条第2項 resolves in the 個別規程, and the 読替え row メールリングリストオプション is not found', async () => {
    const upstreams = [upstream('upstream/iij-secure-mx.md'), upstream('upstream/iij-general.md')]
    const findings = await check(seedText, {upstreams})
    expect(findings.filter((f) => f.ruleId === 'external-reference-resolves')).toEqual([])
    const rows = findings.filter((f) => f.ruleId === 'reading-table-source-found')
    expect(rows).toHaveLength(1)
    expect(rows[0].position.start.line).toBe(199)
    expect(rows[0].severity).toBe('warning')
    expect(rows[0].message).toBe(
      '読替え表の第2表 6行目の「メールリングリストオプション」は上流の文書に見つかりません。最も近い表記は「メーリングリストオプション」（upstream/iij-secure-mx.md、1字違い）'
    )
  })

  it('checks 第4条第2項 against the 個別規程 for real: a moved item or a renamed option is reported', async () => {
    const original = readFileSync(corpus('upstream/iij-secure-mx.md'), 'utf8')
    // Item (2) of 第7条 renamed, and 第3条 losing its caption match.
    const changed = original.replace('(2) アーカイブオプション', '(2) 長期保存オプション').replace('第3条（利用資格）', '第3条（利用の条件）')
    expect(changed).not.toBe(original)
    const findings = await check(seedText, {upstreams: [upstream('upstream/iij-secure-mx.md', changed)]})
    const external = findings.filter((f) => f.ruleId === 'external-reference-resolves')
    expect(external.map((f) => [f.position.start.line, f.position.start.column])).toEqual([
      [23, 22],
      [23, 40]
    ])
    expect(external[0].message).toContain('利用資格')
    expect(external[1].message).toContain('アーカイブオプション')
  })

  it('leaves references to documents no upstream names unchecked (民法第90条)', async () => {
    const text = seedText.replace('銀行振込手数料等支払いに関する費用は', '民法第90条に反しない限り、銀行振込手数料等支払いに関する費用は')
    const findings = await check(text, {upstreams: [upstream('upstream/iij-secure-mx.md')]})
    expect(findings.filter((f) => f.ruleId === 'external-reference-resolves')).toEqual([])
  })
})

describe('test/fixtures/check/broken.md: a later version broken on purpose', () => {
  const text = readFileSync(new URL('fixtures/check/broken.md', import.meta.url), 'utf8')
  const lines = text.split('\n')

  it('reports every defect once, at its line, and nothing else', async () => {
    const findings = await check(text)
    expect(places(findings)).toEqual([
      [45, 'defined-term'], // 反社会的勢力 used in 第6条第3項(6), defined in 第20条
      [55, 'reference-target-exists'], // 第6条第5項: 第6条 has four paragraphs
      [59, 'relative-reference-valid'], // 前項 in the only paragraph of 第8条
      [63, 'reference-target-exists'], // 別表第2: there is no 別表
      [67, 'reference-caption-matches'], // 条ズレ: 第19条（反社会的勢力…） is now 第20条 after the inserted 第9条
      [75, 'relative-reference-valid'], // 前3項 in a second paragraph
      [99, 'numbering-sequential'], // 第12条: paragraph 3 deleted, 4 follows 2
      [114, 'term-variant'], // サンドボツクス against サンドボックス in 別紙
      [116, 'numbering-sequential'], // 第13条 table: row 12 follows 10
      [123, 'reference-target-exists'], // 第12条第2項第9号: eight items
      [127, 'reference-target-exists'], // 第23条（合意管轄）: no such article
      [135, 'defined-term'], // 「契約者」 defined again in 第17条
      [159, 'numbering-sequential'], // 第20条第2項: item (5) missing
      [165, 'numbering-sequential'], // 第21条 twice
      [167, 'relative-reference-valid'] // 次条 in the last article
    ])
    // Each finding stands on what it names.
    const at = (f: Finding) => text.slice(f.position.start.offset, f.position.end.offset)
    expect(findings.filter((f) => f.ruleId.startsWith('reference') || f.ruleId.startsWith('relative')).map(at)).toEqual([
      '第6条第5項',
      '前項',
      '別表第2',
      '第 19 条（反社会的勢力の排除に対する表明保証）第 2 項',
      '前3項',
      '第12条第2項第9号',
      '第 23 条（合意管轄）',
      '次条'
    ])
    expect(lines[164]).toBe('第21条 （合意管轄）')
  })

  it('names the article a renumbered reference meant', async () => {
    const findings = await check(text)
    const messages = Object.fromEntries(findings.map((f) => [`${f.position.start.line}`, f.message]))
    expect(messages['67']).toBe('第19条の見出しは「業務委託」です。第19条ではなく第20条（反社会的勢力の排除に対する表明保証）では？')
    expect(messages['127']).toBe('「第23条」は存在しません。第21条（合意管轄）では？')
    expect(messages['55']).toBe('「第6条第5項」は存在しません（第6条は第4項まで）')
    expect(messages['75']).toBe('「前3項」が指すだけの項がありません（第11条第2項の前には1項しかありません）')
    expect(messages['116']).toBe('表の行の番号が飛んでいます（10の次に12）')
  })

  it('--rule turns a rule off or changes its severity', async () => {
    const findings = await check(text, {rules: {'numbering-sequential': 'off', 'term-variant': 'error', 'defined-term': 'warning'}})
    expect(findings.some((f) => f.ruleId === 'numbering-sequential')).toBe(false)
    expect(findings.find((f) => f.ruleId === 'term-variant')?.severity).toBe('error')
    const definedTerms = findings.filter((f) => f.ruleId === 'defined-term')
    expect(definedTerms.length).toBeGreaterThan(0)
    expect(definedTerms.filter((f) => f.severity !== 'warning')).toEqual([])
  })
})

describe('reference rules on small documents', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('前各号 without items before it, 同条 with nothing cited, 前号 in a paragraph', async () => {
    const findings = await check(
      doc('第1条（目的）', '同条の規定により定める。', '2 前号に定める。', '(1) 前各号に掲げるもののほか、次号による。', '(2) 前号のほか、前各号に掲げるもの')
    )
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([
      [2, 'relative-reference-valid', '「同条」の「同」が指す条が、この前に引用されていません'],
      [3, 'relative-reference-valid', '「前号」は号の中にないため、指す号がありません（第1条第2項）'],
      [4, 'relative-reference-valid', '「前各号」が指す号がありません（第1条第2項第1号）']
    ])
  })

  it('a caption quoted with no article of that caption anywhere', async () => {
    const findings = await check(doc('第1条（目的）', 'この約款は定める。', '第2条（定義）', '第1条（適用範囲）に定めるとおりとする。'))
    expect(findings.map((f) => f.message)).toEqual(['第1条の見出しは「目的」です（参照では「適用範囲」）'])
  })

  it('an external reference is never judged against the document itself', async () => {
    const findings = await check(doc('第1条（目的）', '民法第90条及び個別規程「第7条（オプション）(9)」は適用しません。'))
    expect(findings).toEqual([])
  })
})

describe('defined-term', () => {
  const doc = (...lines: string[]) => lines.join('\n')

  it('leaves a definition scoped to one article (以下この条において) out', async () => {
    const findings = await check(
      doc('第1条（甲）', '申込者（以下この条において「甲」という。）は、甲の名で申し込む。', '第2条（乙）', '承諾者（以下この条において「甲」という。）は、甲の名で承諾する。')
    )
    expect(findings).toEqual([])
  })

  it('a use that cites the definition, or that is part of the name defined, is no use before it', async () => {
    const findings = await check(
      doc('第1条（目的）', '石炭鉱業年金基金は、第2条に規定する基金とする。', '第2条（定義）', '石炭鉱業年金基金（以下「基金」という。）を設立する。')
    )
    expect(findings).toEqual([])
  })

  it('a one-character term is not searched for inside other words', async () => {
    const findings = await check(doc('第1条（目的）', 'この方法による。', '第2条（定義）', '土地収用法（以下「法」という。）の規定による。'))
    expect(findings).toEqual([])
  })

  it('a term inside a longer word is no use of it', async () => {
    const findings = await check(doc('第1条（料金）', '専用使用料及び使用料金は別に定める。', '第2条（定義）', '月々の対価（以下「使用料」という。）を支払う。'))
    expect(findings).toEqual([])
  })

  it('a sentence that points to the defining article by its caption uses the term with its definition in view', async () => {
    const findings = await check(doc('第1条（目的）', '第2条（出品条件）に従って定めた出品条件による。', '第2条（出品条件）', '出品の決まり（以下「出品条件」という。）を定める。'))
    expect(findings).toEqual([])
  })

  it('the (ア) and (イ) versions of one article may each define the term', async () => {
    const findings = await check(doc('（ア）書面の場合', '（帳簿）', '第5条 帳簿（以下「帳簿等」という。）を備える。', '（イ）電磁的記録の場合', '（帳簿）', '第5条 帳簿及び記録（以下「帳簿等」という。）を備える。'))
    expect(findings).toEqual([])
  })

  it('a term defined twice, reported at the second definition', async () => {
    const findings = await check(doc('第1条（目的）', '申込者（以下「甲」といいます。）は申し込む。', '第2条（定義）', '承諾者（以下「甲」といいます。）は承諾する。'))
    expect(findings.map((f) => [f.position.start.line, f.position.start.column, f.message])).toEqual([[4, 8, '「甲」は第1条ですでに定義されています']])
  })
})

describe('term-variant', () => {
  const doc = (names: string[]) => ['第1条（目的）', ...names.map((name, i) => `${i === 0 ? '' : `${i + 1} `}当社は${name}を提供します。`)].join('\n')

  it.each([
    ['voicing', 'アドバンストアーカイブ', 'アドバンスドアーカイブ'],
    ['small kana', 'サンドボックスオプション', 'サンドボツクスオプション'],
    ['long vowel', 'セキュリティーサーバ', 'セキュリティサーバ'],
    ['doubled row', 'メーリングリスト', 'メールリングリスト']
  ])('finds %s variants', async (_kind, usual, odd) => {
    const findings = await check(doc([usual, usual, odd]))
    expect(findings.map((f) => [f.ruleId, f.position.start.line])).toEqual([['term-variant', 4]])
    expect(findings[0].message).toContain(`「${odd}」は「${usual}」`)
  })

  it.each([
    ['short names', ['プラン', 'プラント']],
    ['a different first kana', ['ハードディスク', 'カードディスク']],
    ['kana that do not sound alike', ['メールサーバー', 'メモリサーバー']],
    ['a syllable added at the end', ['オプションサービス', 'オプションサービスト']],
    ['two kana apart', ['アーカイブオプション', 'アーカイバオプソン']]
  ])('leaves %s alone', async (_kind, names) => {
    expect(await check(doc(names))).toEqual([])
  })
})

describe('numbering-sequential', () => {
  it('takes over the parser’s numbering diagnostics rather than judging twice', async () => {
    const text = ['第1条（目的）', '本文', '第3条（定義）', '本文', '第3条（範囲）', '本文'].join('\n')
    const {tree, file} = parse(text)
    const fromParser = file.messages.filter((m) => m.ruleId?.startsWith('numbering-')).map((m) => [m.line, m.reason])
    const findings = (await checkDocument(tree, file)).map(viewFinding)
    expect(findings.map((f) => [f.position.start.line, f.message])).toEqual(fromParser)
    expect(fromParser).toHaveLength(2)
  })

  it('chapters are numbered too: 第5章 followed by 第7章 is a gap', async () => {
    const text = ['第5章 管理', '第1条（甲）', '本文。', '第7章 雑則', '第2条（乙）', '本文。'].join('\n')
    expect((await check(text)).map((f) => [f.position.start.line, f.ruleId, f.message])).toEqual([[4, 'numbering-sequential', '章の番号が飛んでいます（第5章の次に第7章）']])
    expect((await check(text, {lang: 'en'}))[0].message).toBe('Chapter numbering skips: Chapter 7 follows Chapter 5')
  })

  it('an article number that cannot be read is a numbering error too', async () => {
    const findings = await check(['第1条（甲）', '本文。', '第一9条（乙）', '本文。'].join('\n'))
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.severity])).toEqual([[3, 'numbering-sequential', 'error']])
  })

  it('table rows that start at 1 and skip, repeat or step back', async () => {
    const rows = ['1\t甲', '2\t乙', '2\t丙', '4\t丁', '3\t戊'].join('\n')
    const findings = await check(['第1条（品目）', '品目は次のとおりとします。', '', '\t名称', rows].join('\n'))
    expect(findings.map((f) => [f.position.start.line, f.message])).toEqual([
      [7, '表の行の番号「2」が重複しています'],
      [8, '表の行の番号が飛んでいます（2の次に4）'],
      [9, '表の行の番号が順序どおりではありません（4の次に3）']
    ])
  })
})

describe.skipIf(!available(lawsDir, 'the e-Gov statutes (../shared/egov-laws)'))('statutes in ../shared/egov-laws', () => {
  it('checks every law without failing, and finds only what the statutes really leave out or cite early', async () => {
    const found: Record<string, string[]> = {}
    let laws = 0
    for (const name of readdirSync(lawsDir).filter((f) => f.endsWith('.txt')).sort()) {
      const result = await check(readFileSync(join(lawsDir.pathname, name), 'utf8'))
      if (result.length > 0) found[name.slice(0, name.indexOf('_'))] = result.map((f) => `${f.position.start.line} ${f.ruleId} ${f.message}`)
      laws++
    }
    expect(laws).toBe(25)
    // The texts omit their 別表 and most 附則; a few terms are used in a 目的 or 定義 article
    // before the article that defines them; 補正予算（第1号） is a budget's number, not an item.
    expect(found).toEqual({
      '326AC0100000252': [
        '13 reference-target-exists 「別表」は存在しません',
        '261 relative-reference-valid 「各号」が指す号がありません（第32条第2項）',
        '307 reference-caption-matches 第30条の13の見出しは「廃棄」です（参照では「覚醒剤原料の廃棄」）'
      ],
      '328AC0000000156': ['3 defined-term 「長期給付」が定義（第4条の2第1項）より前で使われています'],
      // 農業信用基金協会 and 製造施設地区 are other words, not early uses of 信用基金 or 製造施設.
      '336AC0000000204': ['382 defined-term 「譲受者」が定義（第59条第4項）より前で使われています'],
      '408AC0000000039': ['123 defined-term 「センター」が定義（第21条第2項）より前で使われています', '147 reference-target-exists 「附則第6条第1項」は存在しません'],
      '411AC0000000060': ['19 reference-target-exists 「別表第1」は存在しません', '20 reference-target-exists 「別表第2」は存在しません']
    })
  })
})

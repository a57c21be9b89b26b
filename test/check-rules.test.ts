import {available} from './helpers/requires.js'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/check/index.js'
import {check, places, seedText} from './helpers/check.js'
import type {FindingView as Finding} from './helpers/findings.js'

// Every rule together over whole documents; each rule's own tests are in src/check/rules/<id>.spec.ts.
const lawsDir = new URL('../../shared/egov-laws/', import.meta.url)

describe('the rules', () => {
  it('each has a stable id, a default severity and a description in both languages', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'reference-target-exists',
      'reference-caption-matches',
      'relative-reference-valid',
      'reference-range-order',
      'reference-part-exists',
      'reference-not-deleted',
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

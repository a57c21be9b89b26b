import {describe, expect, it} from 'vitest'
import {parse} from '../../parse/index.js'
import {excludedStillNamed} from './excluded-still-named.js'
import {collectReferences} from '../../parse/references.js'
import {clauseOf, findingsOf, positionOf, reporter} from '../findings.js'
import type {Lang} from '../types.js'

const upstreamText = [
  '乙サービス約款',
  '',
  '第1条（オプション）',
  '',
  '当社は、次のオプションを提供します。',
  '',
  '(1) 保管オプション　データを保管するもの',
  '',
  '(2) 転送オプション　データを転送するもの',
  '',
  '2 第1条第2号のオプションは、保管オプションと併せて申し込むものとします。',
  '',
  '第2条（料金）',
  '',
  '品目\t月額',
  '転送オプション\t百円',
  '長期転送オプション\t二百円',
  ''
].join('\n')

/** The rule run alone over a reseller document: its findings as [message, line, clause]. */
const findings = async (resellerText: string, lang: Lang = 'ja') => {
  const {tree, file} = parse(resellerText)
  const context = {tree, file, lang, references: collectReferences(tree), upstreams: [{path: 'otsu.md', tree: parse(upstreamText).tree}]}
  await excludedStillNamed.check({...context, report: reporter(context, excludedStillNamed.id)})
  return findingsOf(file).map((finding) => ({message: finding.reason, line: positionOf(finding).start.line, clause: clauseOf(finding)}))
}

describe('excluded-still-named', () => {
  it('reports the excluded item named in a price row and cited by number, at the exclusion', async () => {
    const reseller = '甲規約\n\n第1条（適用）\n\n「乙サービス約款」（以下「乙約款」といいます。）を適用します。\n\n第2条（適用除外）\n\n乙約款第1条第2号の規定は、適用しません。\n'
    const reports = await findings(reseller)
    expect(reports.map((r) => [r.message, r.line, r.clause])).toEqual([
      ['適用除外とした 乙約款 第1条(2) を、上流の参照「第1条第2号」がまだ指しています（otsu.md:11:3 art_1__para_2）', 9, 'art_2__para_1'],
      ['適用除外とした 乙約款 第1条(2) の「転送オプション」が、上流の文書の他の箇所にまだ書かれています（otsu.md:16:1 art_2__para_1__table_1__row_2）', 9, 'art_2__para_1']
    ])
    expect((await findings(reseller, 'en'))[1].message).toBe('“転送オプション”, excluded as 乙約款 第1条(2), is still named elsewhere in the upstream text (otsu.md:16:1 art_2__para_1__table_1__row_2)')
  })

  it('says nothing when the excluded item is named nowhere else', async () => {
    const reseller = '甲規約\n\n第1条（適用）\n\n「乙サービス約款」（以下「乙約款」といいます。）を適用します。\n\n第2条（適用除外）\n\n乙約款第1条第1号の規定は、適用しません。\n'
    const reports = await findings(reseller)
    // 保管オプション is still named in 第1条第2項: that one is reported, and only that.
    expect(reports.map((r) => r.message)).toEqual(['適用除外とした 乙約款 第1条(1) の「保管オプション」が、上流の文書の他の箇所にまだ書かれています（otsu.md:11:17 art_1__para_2）'])
    const none = await findings(reseller.replace('第1条第1号', '第2条'))
    expect(none).toEqual([])
  })

  it('reports a whole upstream document the reseller excludes that another upstream document still names', async () => {
    const option = {path: 'hei.md', tree: parse('丙オプション規程\n\n第1条（目的）\n\nこの規程は、乙サービスのオプションに適用します。\n').tree}
    const otsu = {path: 'otsu.md', tree: parse(`${upstreamText}\n第3条（細目）\n\nオプションの細目は、丙オプション規程に定めます。\n`).tree}
    const reseller = '甲規約\n\n第1条（適用）\n\n「乙サービス約款」及び「丙オプション規程」を適用します。\n\n2 丙オプション規程は、本サービスには適用しません。\n'
    const {tree, file} = parse(reseller)
    const context = {tree, file, lang: 'ja' as const, references: collectReferences(tree), upstreams: [otsu, option]}
    await excludedStillNamed.check({...context, report: reporter(context, excludedStillNamed.id)})
    expect(findingsOf(file).map((finding) => [finding.reason, positionOf(finding).start.line, clauseOf(finding)])).toEqual([
      ['適用除外とした 丙オプション規程 の「丙オプション規程」が、上流の文書の他の箇所にまだ書かれています（otsu.md:21:11 art_3__para_1）', 7, 'art_1__para_2']
    ])
  })
})

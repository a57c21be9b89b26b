import {describe, expect, it} from 'vitest'
import {check, seedText, upstream} from '../../../test/helpers/check.js'
import {parse} from '../../parse/index.js'

describe('reading-table-source-found', () => {
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

  it('warns as much about a 読替え sentence or list entry that occurs nowhere upstream, at its clause', async () => {
    const reseller = [
      '甲サービス規約',
      '',
      '第1条（適用）',
      '',
      '当社は、「乙基本約款」（以下「乙約款」という。）を次のとおり読み替えて適用します。',
      '',
      '(1) 「乙株式会社」→「甲株式会社」',
      '(2) 「ベーシックプラン」→「甲ベーシック」',
      '',
      '第2条（読替え）',
      '',
      '乙約款中「スタンダードプラン」とあるのは「甲スタンダード」と読み替えます。',
      ''
    ].join('\n')
    const upstreamText = '乙基本約款\n\n第1条（提供者）\n\n本サービスは、乙株式会社が提供します。\n\n第2条（プラン）\n\nプランは、スタンダードコースとします。\n'
    const findings = await check(reseller, {upstreams: [{path: 'otsu.md', tree: parse(upstreamText).tree}]})
    const rows = findings.filter((f) => f.ruleId === 'reading-table-source-found')
    expect(rows.map((f) => [f.position.start.line, f.message])).toEqual([
      [8, '第1条第2号の読替え文 1番目の「ベーシックプラン」は上流の文書に見つかりません。最も近い表記は「第2条（プラン」（otsu.md、5字違い）'],
      [12, '第2条の読替え文 1番目の「スタンダードプラン」は上流の文書に見つかりません。最も近い表記は「スタンダード」（otsu.md、3字違い）']
    ])
  })
})

import {describe, expect, it} from 'vitest'
import {check, seedText, upstream} from '../../../test/helpers/check.js'

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
})

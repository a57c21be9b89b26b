import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

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

import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-not-deleted', () => {
  const doc = (...lines: string[]) => lines.join('\n')
  const deleted = async (...lines: string[]) =>
    (await check(doc(...lines))).filter((f) => f.ruleId === 'reference-not-deleted' || f.ruleId === 'reference-target-exists').map((f) => [f.ruleId, f.message])

  it('reports a reference to an article marked 削除, alone or in a run, and nothing else of them', async () => {
    expect(await deleted('第1条（適用）', 'この約款を適用します。', '第2条　削除', '第3条から第4条まで　削除', '第5条（終了）', '第2条、第3条又は第4条の規定により終了します。第1条を準用します。', '')).toEqual([
      ['reference-not-deleted', '「第2条」は削除された条です'],
      ['reference-not-deleted', '「第3条」は削除された条です（第3条から第4条まで　削除）'],
      ['reference-not-deleted', '「第4条」は削除された条です（第3条から第4条まで　削除）']
    ])
  })

  it('reads 削除 written as a caption, in a Markdown heading or with a full stop, and a paragraph of a deleted article', async () => {
    for (const head of ['第2条（削除）', '## 第2条　削除', '**第2条　削除**', '第2条　削除。']) {
      expect(await deleted('第1条（適用）', '適用します。', head, '第3条（終了）', '第2条の規定は適用しません。', '')).toEqual([['reference-not-deleted', '「第2条」は削除された条です']])
    }
    expect(await deleted('第1条（適用）', '適用します。', '第2条から第4条まで　削除', '第5条（終了）', '第3条第1項及び第4条第2項によります。', '')).toEqual([
      ['reference-not-deleted', '「第3条第1項」は削除された条です（第2条から第4条まで　削除）'],
      ['reference-not-deleted', '「第4条第2項」は削除された条です（第2条から第4条まで　削除）']
    ])
  })

  it('reports 第2条各号 of a deleted 第2条 here, not as a relative reference with no items', async () => {
    const findings = (await check(doc('第1条（適用）', '適用します。', '第2条　削除', '第3条（終了）', '第2条各号に掲げる場合は終了します。', ''))).map((f) => [f.ruleId, f.message])
    expect(findings).toEqual([['reference-not-deleted', '「第2条各号」は削除された条です']])
  })

  it('leaves 旧第2条 in a 附則, which cites the text before the revision, alone', async () => {
    expect(await deleted('第1条（適用）', '適用します。', '第2条　削除', '附則', '1 この規約は、2025年4月1日から施行する。', '2 施行前の申込みには、旧第2条の規定を適用する。', '')).toEqual([])
  })

  it('still reports an article missing past the run', async () => {
    expect(await deleted('第1条（適用）', '適用します。', '第2条から第4条まで　削除', '第5条（終了）', '第7条により終了します。', '')).toEqual([['reference-target-exists', '「第7条」は存在しません']])
  })
})

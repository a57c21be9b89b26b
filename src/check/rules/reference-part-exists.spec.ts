import {describe, expect, it} from 'vitest'
import {check} from '../../../test/helpers/check.js'

describe('reference-part-exists', () => {
  const doc = (...lines: string[]) => lines.join('\n')
  const source = doc(
    '第1条（料金）',
    '契約者は、料金を支払うものとします。ただし、当社が別に定める場合はこの限りではありません。',
    '2 料金は月末に締めます。この場合において、端数は切り捨てます。',
    '3 料金は次の方法で支払います。',
    '(1) 口座振替',
    '(2) クレジットカード',
    '',
    '第2条（届出）',
    '契約者は、住所を変更したときは届け出るものとします。',
    ''
  )
  const part = async (...lines: string[]) =>
    (await check(doc(source, ...lines))).filter((f) => f.ruleId === 'reference-part-exists').map((f) => [f.position.start.line, f.position.start.column, f.message])

  it('says nothing where the part is there: a proviso, a second sentence, items', async () => {
    expect(await part('第3条（準用）', '第1条第1項ただし書、同条第2項後段及び第1条第3項各号列記以外の部分の規定は、第1条第1項本文の場合に準用します。', '')).toEqual([])
  })

  it('reports a proviso, a 後段 and a 各号列記以外の部分 the cited clause does not have', async () => {
    expect(await part('第3条（準用）', '第1条第2項ただし書の場合は、第2条後段を準用します。', '2 第2条各号列記以外の部分によります。', '')).toEqual([
      [12, 1, '「第1条第2項ただし書」とありますが、第1条第2項にはただし書（「ただし」「但し」で始まる文）がありません'],
      [12, 16, '「第2条後段」とありますが、第2条は一文だけで、前段・後段に分かれていません'],
      [13, 3, '「第2条各号列記以外の部分」とありますが、第2条には号がありません']
    ])
  })

  it('reads a relative reference from where it stands (前項ただし書 in 第1条第3項 is 第1条第2項)', async () => {
    const source2 = doc('第1条（料金）', '料金を支払います。ただし、免除することがあります。', '2 料金は月末に締めます。', '3 前項ただし書の場合も同様です。', '')
    const findings = (await check(source2)).filter((f) => f.ruleId === 'reference-part-exists')
    expect(findings.map((f) => f.message)).toEqual(['「前項ただし書」とありますが、第1条第2項にはただし書（「ただし」「但し」で始まる文）がありません'])
  })

  it('counts a proviso set on its own line after the items, and bullets as items', async () => {
    expect(await part('第3条（準用）', '利用者は、次の書類を出します。', '(1) 申込書', '(2) 本人確認書類', 'ただし、当社が認めるときは省略できます。', '2 前項ただし書の場合は通知します。', '')).toEqual([])
    expect(await part('第3条（禁止）', '利用者は、次に掲げる行為をしてはなりません。', '- 他人になりすます行為', '- 虚偽の情報を登録する行為', '2　前項各号列記以外の部分に違反した者は退会します。', '')).toEqual([])
  })

  it('reads 但し書き and 但し書, and takes 本文 with its ただし書 for no 前段・後段', async () => {
    expect((await part('第3条（準用）', '第2条但し書き及び第1条第2項後段を準用します。', '2 第1条第1項後段によります。', '')).map(([, , message]) => message)).toEqual([
      '「第2条但し書き」とありますが、第2条にはただし書（「ただし」「但し」で始まる文）がありません',
      '「第1条第1項後段」とありますが、第1条第1項は一文だけで、前段・後段に分かれていません'
    ])
  })

  it('does not judge 本文, which real terms use for a clause\'s main text with or without a proviso', async () => {
    expect(await part('第3条（準用）', '第2条本文及び第1条第3項本文を準用します。', '')).toEqual([])
  })

  it('does not judge a reference whose clause is missing (reference-target-exists reports it)', async () => {
    expect(await part('第3条（準用）', '第9条ただし書を準用します。', '')).toEqual([])
  })
})

import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import {check, corpus, seedText, upstream} from '../../../test/helpers/check.js'
import {parse} from '../../parse/index.js'

describe('external-reference-resolves', () => {
  const doc = (...lines: string[]) => lines.join('\n')

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

  it('an external reference is never judged against the document itself', async () => {
    const findings = await check(doc('第1条（目的）', '民法第90条及び個別規程「第7条（オプション）(9)」は適用しません。'))
    expect(findings).toEqual([])
  })

  it('reads 同号 after another document’s clause as that clause, and the clauses a bracket excepts after ただし as that document’s', async () => {
    const option = {path: 'option.md', tree: parse('オプション規程\n\n第1条（種類）\n次のとおりとします。\n(1) 甲\n(2) 乙\n').tree}
    const reseller = doc(
      '第1条（適用）',
      '当社は、「オプション規程」（ただし、第1条第1号を除きます。）を適用します。',
      '2 当社は、オプション規程第1条(2)に定めるオプションを提供しません。これに伴い、同号の規定は適用しません。',
      ''
    )
    expect(await check(reseller, {upstreams: [option]})).toEqual([])
    const findings = await check(reseller.replace('第1条(2)', '第1条(3)'), {upstreams: [option]})
    expect(findings.map((f) => [f.position.start.line, f.ruleId])).toEqual([
      [3, 'external-reference-resolves'],
      [3, 'external-reference-resolves']
    ])
  })
})

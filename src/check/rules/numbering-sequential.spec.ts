import {describe, expect, it} from 'vitest'
import {parse} from '../../parse/index.js'
import {checkDocument} from '../index.js'
import {check} from '../../../test/helpers/check.js'
import {viewFinding} from '../../../test/helpers/findings.js'

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

  it('an item that fits no sequence ((1) then (3)), which the parser read as text, is a numbering error too', async () => {
    const findings = await check(['第1条（業務）', '当社は、次の業務を行います。', '(1) 受付', '(3) 案内', ''].join('\n'))
    expect(findings.map((f) => [f.position.start.line, f.ruleId, f.severity, f.message])).toEqual([
      [4, 'numbering-sequential', 'error', '番号付きの行をどの階層にも位置付けられず、直前の条項の本文として読みました']
    ])
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

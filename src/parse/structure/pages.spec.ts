import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import {splitLines} from '../lines.js'
import {alternativeLabels, markRunningHeads} from './pages.js'

const read = (text: string) => {
  const lines = splitLines(text)
  return {lines, shapes: lines.map((l) => classifyLine(l.text))}
}

describe('PDF pages', () => {
  it('takes a line repeated beside the page numbers for a running header', () => {
    const page = (n: number) => `本文の行です。\n 団地の規則（例） \n - ${n} - \n`
    const {lines, shapes} = read(page(1) + page(2) + page(3) + '団地の規則（例）について定める。\n')
    markRunningHeads(lines, shapes)
    expect(shapes.map((s) => s.kind)).toEqual(['body', 'furniture', 'furniture', 'body', 'furniture', 'furniture', 'body', 'furniture', 'furniture', 'body'])
  })
  it('needs two page breaks: one is not enough', () => {
    const {lines, shapes} = read('本文。\n 表題 \n - 1 - \n本文。\n 別の行 \n - 2 - \n')
    markRunningHeads(lines, shapes)
    expect(shapes.map((s) => s.kind)).toEqual(['body', 'body', 'furniture', 'body', 'body', 'furniture'])
  })
  it('takes a header seen at two page breaks of a short PDF, and keeps the first line as the title', () => {
    const {lines, shapes} = read('ＡＢＣ約款\n第1条　本文。\nＡＢＣ約款\n- 2 -\n第2条　本文。\nＡＢＣ約款\n- 3 -\n')
    markRunningHeads(lines, shapes)
    expect(shapes.map((s) => s.kind)).toEqual(['body', 'article', 'furniture', 'furniture', 'article', 'furniture', 'furniture'])
  })
  it('takes a header parted from the page number by a blank line', () => {
    const {lines, shapes} = read('ほしぞら約款\n第1条（適用）\n本文。\n\n- 1 -\n\nほしぞら約款\n第2条（変更）\n本文。\n\n- 2 -\n\nほしぞら約款\n第3条（料金）\n')
    markRunningHeads(lines, shapes)
    expect(lines.filter((line) => line.text === 'ほしぞら約款').map((line) => shapes[line.index].kind)).toEqual(['body', 'furniture', 'furniture'])
  })
  it('reads labels of alternative versions', () => {
    const {lines, shapes} = read('〔※ペットを飼う場合〕\n（ア）飼育を認める場合\n（甲の用途）\n第5条 甲とする。\n（イ）次のとおり\n（ア）乙\n 代理人を置く場合 \n２ 乙とする。\n')
    expect([...alternativeLabels(lines, shapes)]).toEqual([0, 1, 6])
  })
})

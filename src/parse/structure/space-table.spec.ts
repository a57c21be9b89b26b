import {describe, expect, it} from 'vitest'
import {parse} from '../index.js'
import {toText} from '../text.js'
import {spaceCells} from './space-table.js'

const cellTexts = (text: string) => spaceCells(text, 0)?.map(({start, end}) => text.slice(start, end))

describe('spaceCells', () => {
  it('parts a line at gaps of two full-width or four half-width spaces', () => {
    expect(cellTexts('乙社の表記　　　　甲社の表記')).toEqual(['乙社の表記', '甲社の表記'])
    expect(cellTexts('月額料金    1,000円    税込')).toEqual(['月額料金', '1,000円', '税込'])
    expect(cellTexts('乙社　 甲社')).toBeUndefined()
    expect(cellTexts('第1条　本約款は、乙社の約款を読み替えて適用します。')).toBeUndefined()
  })
})

describe('a table laid out with spaces', () => {
  const source = ['甲規約', '', '別紙　読替表', '乙の表記　　　　甲の表記', '乙社　　　　　　甲社', '乙窓口　　　　　甲窓口', '', '以上のとおりとします。  ただし書はありません。', ''].join('\n')
  const {tree} = parse(source)

  it('becomes a table when two or more lines in a row have the same columns', () => {
    const appendix = tree.children.find((node) => node.type === 'appendix')!
    const table = appendix.children.find((node) => node.type === 'table')
    expect(table).toMatchObject({header: ['乙の表記', '甲の表記'], rows: [['乙社', '甲社'], ['乙窓口', '甲窓口']]})
    expect(toText(tree)).toBe(source)
  })

  it('leaves one line with a gap as text', () => {
    const appendix = tree.children.find((node) => node.type === 'appendix')!
    expect(appendix.children.filter((node) => node.type === 'table')).toHaveLength(1)
    expect(JSON.stringify(appendix)).toContain('以上のとおりとします。  ただし書はありません。')
  })

  it('is not a table when the column counts differ', () => {
    const mixed = parse(['甲規約', '', '別紙', '乙社　　　　甲社', '月額　　　　千円　　　　税込', ''].join('\n')).tree
    expect(JSON.stringify(mixed)).not.toContain('"type":"table"')
  })
})

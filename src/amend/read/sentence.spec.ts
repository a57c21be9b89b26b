import {describe, expect, it} from 'vitest'
import {readSentence, splitParts} from './sentence.js'

const none = () => []

describe('reading a sentence', () => {
  it('splits at the 、 outside quotes only', () => {
    expect(splitParts('第一条中「甲、乙」を「丙」に、「丁」を「戊」に改める')).toEqual(['第一条中「甲、乙」を「丙」に', '「丁」を「戊」に改める'])
  })

  it('reads word edits, nested quotes kept', () => {
    expect(readSentence('第四条中「「本約款」及び」を「「本約款」および」に改め、「一切の」を削る。', none)).toEqual([
      {
        op: 'edit',
        place: {article: '4'},
        edits: [
          {op: 'replace', from: '「本約款」及び', to: '「本約款」および'},
          {op: 'delete', from: '一切の'}
        ]
      }
    ])
  })

  it('reads a renumbering chain in order', () => {
    expect(readSentence('第十八条を削り、第十九条を第十八条とし、第二十条から第二十二条までを一条ずつ繰り上げる。', none).map((o) => o.op)).toEqual(['delete', 'renumber', 'shift'])
    expect(readSentence('第六条及び第七条を二条ずつ繰り下げる。', none)).toEqual([{op: 'shift', place: {article: '6'}, to: {article: '7'}, by: 2, down: true}])
  })

  it('reads table rows by the words of their first cell', () => {
    expect(readSentence('別表の表中「机」の項を削る。', none)).toEqual([{op: 'delete', place: {appendix: '別表', table: 0}, row: '机'}])
  })
})

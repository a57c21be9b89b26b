import {describe, expect, it} from 'vitest'
import {structureSentences} from './structure.js'

describe('structure sentences', () => {
  it('deletes, then moves up from the front: 第十八条を削り、第十九条を第十八条とし、第二十条から第二十二条までを一条ずつ繰り上げる', () => {
    expect(structureSentences({kind: 'article', parent: '', deleted: ['18'], renumbered: [['19', '18'], ['20', '19'], ['21', '20'], ['22', '21']], added: []}, 'kanji')).toEqual([
      '第十八条を削り、第十九条を第十八条とし、第二十条から第二十二条までを一条ずつ繰り上げる。'
    ])
  })

  it('moves down from the back, then adds: 第二十一条を第二十二条とし、第十三条から第二十条までを一条ずつ繰り下げ、第十二条の次に次の一条を加える', () => {
    const renumbered = Array.from({length: 9}, (_, k) => [String(13 + k), String(14 + k)] as [string, string])
    expect(structureSentences({kind: 'article', parent: '', deleted: [], renumbered, added: [{after: '12', atEnd: false, count: 1}]}, 'kanji')).toEqual([
      '第二十一条を第二十二条とし、第十三条から第二十条までを一条ずつ繰り下げ、第十二条の次に次の一条を加える。'
    ])
  })

  it('names items after their paragraph once: 第十一条第二項中第八号を第九号とし、第七号の次に次の一号を加える', () => {
    expect(structureSentences({kind: 'item', parent: '第十一条第二項', deleted: [], renumbered: [['8', '9']], added: [{after: '7', atEnd: false, count: 1}]}, 'kanji')).toEqual([
      '第十一条第二項中第八号を第九号とし、第七号の次に次の一号を加える。'
    ])
  })

  it('cites a paragraph with 同条: 第五条第三項を同条第四項とし、同条第二項の次に次の一項を加える', () => {
    expect(structureSentences({kind: 'paragraph', parent: '第五条', deleted: [], renumbered: [['3', '4']], added: [{after: '2', atEnd: false, count: 1}]}, 'kanji')).toEqual([
      '第五条第三項を同条第四項とし、同条第二項の次に次の一項を加える。'
    ])
  })

  it('adds at the end of a container and before the first clause; Arabic numerals for an Arabic document', () => {
    expect(structureSentences({kind: 'paragraph', parent: '第11条', deleted: [], renumbered: [], added: [{after: '2', atEnd: true, count: 2}]}, 'arabic')).toEqual(['第11条に次の2項を加える。'])
    expect(structureSentences({kind: 'article', parent: '', deleted: [], renumbered: [['1', '2']], added: [{before: '2', atEnd: false, count: 1}]}, 'kanji')).toEqual([
      '第一条を第二条とし、第二条の前に次の一条を加える。'
    ])
  })

  it('writes one sentence per run of additions, each followed by its block', () => {
    expect(structureSentences({kind: 'item', parent: '第四条', parentIsArticle: true, deleted: [], renumbered: [['2', '3']], added: [{after: '1', atEnd: false, count: 1}, {after: '3', atEnd: true, count: 1}]}, 'kanji')).toEqual([
      '第四条中第二号を第三号とし、第一号の次に次の一号を加える。',
      '第四条に次の一号を加える。'
    ])
  })
})

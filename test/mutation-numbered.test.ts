// Every marker numbered.ts reads, compared whole (series, number, branch, marker and body
// spans): （一）, 1), a., (vii), (x) read both as roman and as latin, ア and イ in both kana
// orders, circled and parenthesised digits; and what it does not take for a marker.
import {describe, expect, test} from 'vitest'
import {numbered} from '../src/parse/classify/numbered.js'

type Row = [string, number, unknown[]?, [number, number]?, [number, number]?]

const rows: Row[] = [
    ['（一） 当社は', 0, [{series:'paren-kanji',num:1}], [0, 3], [4, 7]],
    ['(十二)当社', 0, [{series:'paren-kanji',num:12}], [0, 4], [4, 6]],
    ['1) 当社', 0, [{series:'halfparen',num:1}], [0, 2], [3, 5]],
    ['１）当社', 0, [{series:'halfparen',num:1}], [0, 2], [2, 4]],
    ['a. text', 0, [{series:'latin',num:1}], [0, 2], [3, 7]],
    ['b.text', 0, undefined],
    ['(vii) text', 0, [{series:'roman',num:7}], [0, 5], [6, 10]],
    ['(ix)', 0, [{series:'roman',num:9}], [0, 4], undefined],
    ['(x) text', 0, [{series:'roman',num:10},{series:'latin',num:24}], [0, 3], [4, 8]],
    ['(iv) 本文', 0, [{series:'roman',num:4}], [0, 4], [5, 7]],
    ['(c) 本文', 0, [{series:'latin',num:3}], [0, 3], [4, 6]],
    ['（ｂ）本文', 0, [{series:'latin',num:2}], [0, 3], [3, 5]],
    ['(ア) 本文', 0, [{series:'paren-iroha',num:36},{series:'paren-aiueo',num:1}], [0, 3], [4, 6]],
    ['(イ)本文', 0, [{series:'paren-iroha',num:1},{series:'paren-aiueo',num:2}], [0, 3], [3, 5]],
    ['⑴ 本文', 0, [{series:'paren',num:1}], [0, 1], [2, 4]],
    ['⒇ 本文', 0, [{series:'paren',num:20}], [0, 1], [2, 4]],
    ['⑳ 本文', 0, [{series:'circled',num:20}], [0, 1], [2, 4]],
    ['㉑ 本文', 0, [{series:'circled',num:21}], [0, 1], [2, 4]],
    ['㊿ 本文', 0, [{series:'circled',num:50}], [0, 1], [2, 4]],
    ['2 当社は', 0, [{series:'digit',num:2}], [0, 1], [2, 5]],
    ['２　前項', 0, [{series:'digit',num:2}], [0, 1], [2, 4]],
    ['12. 本文', 0, [{series:'dot',num:12}], [0, 3], [4, 6]],
    ['1.5倍', 0, undefined],
    ['1.本文', 0, [{series:'dot',num:1}], [0, 2], [2, 4]],
    ['一の二　号', 0, [{series:'kanji',num:1,branch:2}], [0, 3], [4, 5]],
    ['百　号', 0, [{series:'kanji',num:100}], [0, 1], [2, 3]],
    ['イ　本文', 0, [{series:'iroha',num:1},{series:'aiueo',num:2}], [0, 1], [2, 4]],
    ['ン　本文', 0, [{series:'aiueo',num:46}], [0, 1], [2, 4]],
    ['ヲ　本文', 0, [{series:'iroha',num:12},{series:'aiueo',num:45}], [0, 1], [2, 4]],
    ['z. text', 0, [{series:'latin',num:26}], [0, 2], [3, 7]],
    ['(1 ) 本文', 0, [{series:'paren',num:1}], [0, 4], [5, 7]],
    ['（ １２ ）本文', 0, [{series:'paren',num:12}], [0, 6], [6, 8]],
    ['1234 本文', 0, undefined],
    ['(一二三四) x', 0, undefined],
    ['ア', 0, undefined],
    ['2', 0, undefined],
    ['2 ', 0, undefined],
    ['  (1) 本文 ', 2, [{series:'paren',num:1}], [2, 5], [6, 8]],
    ['(v)', 0, [{series:'roman',num:5},{series:'latin',num:22}], [0, 3], undefined],
    ['(vi)', 0, [{series:'roman',num:6}], [0, 4], undefined],
    ['(viii)', 0, [{series:'roman',num:8}], [0, 6], undefined],
    ['(xi)', 0, undefined],
    ['a) x', 0, undefined],
    ['当社は', 0, undefined],
    ['(1)', 0, [{series:'paren',num:1}], [0, 3], undefined],
    ['第1条', 0, undefined],
    // the spaces after a marker, however many, are not part of it
    ['2　　当社', 0, [{series:'digit',num:2}], [0, 1], [3, 5]],
    ['三 \t 号', 0, [{series:'kanji',num:3}], [0, 1], [4, 5]],
    // a voiced or small kana is in neither order, so it is no marker
    ['イ　　本文', 0, [{series:'iroha',num:1},{series:'aiueo',num:2}], [0, 1], [3, 5]],
    // a marker only opens the line: one after another character is not read
    ['a(1)', 0, undefined],
    ['a⑶', 0, undefined],
    ['a(一)', 0, undefined],
    ['a(ii)', 0, undefined],
    ['a(b)', 0, undefined],
    ['a(ア)', 0, undefined],
    ['a①', 0, undefined],
    ['a1. 本文', 0, undefined],
    ['a一　本文', 0, undefined],
    ['aイ　本文', 0, undefined],
    ['ab. text', 0, undefined],
    ['12) 本文', 0, [{series:'halfparen',num:12}], [0, 3], [4, 6]],
    ['12 本文', 0, [{series:'digit',num:12}], [0, 2], [3, 5]],
    ['一の十二　号', 0, [{series:'kanji',num:1,branch:12}], [0, 4], [5, 6]],
    ['(ii) 本文', 0, [{series:'roman',num:2}], [0, 4], [5, 7]],
    ['（iii）本文', 0, [{series:'roman',num:3}], [0, 5], [5, 7]],
    ['ガ　本文', 0, undefined],
    ['ヰ　本文', 0, [{series:'iroha',num:25}], [0, 1], [2, 4]],
    ['(ッ) 本文', 0, undefined]
]

describe('numbered markers, whole', () => {
  test.each(rows)('%j from %i', (line, at, candidates, marker, body) => {
    const shape = numbered(line, at)
    if (candidates === undefined) {
      expect(shape).toBeUndefined()
      return
    }
    expect(shape).toEqual({
      kind: 'numbered',
      candidates,
      marker: {start: marker![0], end: marker![1]},
      body: body === undefined ? undefined : {start: body[0], end: body[1]},
      contentStart: at
    })
  })
})

import {describe, expect, test} from 'vitest'
import {bigrams, containment, dice, gramDice, grams, union} from './similarity.js'

// The packed bigrams must give exactly the coefficients of the string sets they replace.
const texts = ['', 'a', 'ab', 'aa', 'aaa', '当社', '当社は、当社の', '契約者は料金を支払う', '契約者は料金を支払わない', '\u0000a', 'a\u0000', '\u{20bb7}野家', 'ｱｲｳ', '第1条第2項']

describe('packed bigrams', () => {
  test('one sorted entry per distinct bigram, a one-character text as itself', () => {
    expect(grams('当社は当社')).toHaveLength(bigrams('当社は当社').size)
    expect([...grams('abab')]).toEqual(['ab'.charCodeAt(0) * 65536 + 98, 98 * 65536 + 97])
    expect([...grams('a')]).toEqual([2 ** 32 + 97])
    expect(grams('')).toHaveLength(0)
  })

  test('dice, containment and union agree with the string sets for every pair of texts', () => {
    for (const a of texts) {
      for (const b of texts) {
        expect(gramDice(grams(a), grams(b))).toBe(dice(bigrams(a), bigrams(b)))
        const shared = [...bigrams(a)].filter((g) => bigrams(b).has(g)).length
        expect(containment(grams(a), grams(b))).toBe(bigrams(a).size === 0 ? 0 : shared / bigrams(a).size)
        expect(union([grams(a), grams(b)])).toHaveLength(new Set([...bigrams(a), ...bigrams(b)]).size)
      }
    }
  })

  test('a short set against a long one (binary search) counts the same as a merge', () => {
    const long = '料金表に定める料金を毎月末日までに支払うものとします。'.repeat(40) + '利用者'
    expect(gramDice(grams('利用者'), grams(long))).toBe(dice(bigrams('利用者'), bigrams(long)))
    expect(containment(grams('利用者'), grams(long))).toBe(1)
    expect(containment(grams('解約金'), grams(long))).toBe(0)
  })
})

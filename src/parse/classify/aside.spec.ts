import {describe, expect, it} from 'vitest'
import {asideLine} from './aside.js'

describe('asideLine', () => {
  it.each(['> 要点をまとめると', '<!-- 改定日 -->', '<div align="right">', '</div>', '<br>'])('reads %s as an aside', (line) => {
    expect(asideLine(line)).toEqual({kind: 'aside', contentStart: 0})
  })
  it('leaves clause text alone', () => {
    expect(asideLine('当社は<a>を除き')).toBeUndefined()
    expect(asideLine('1 > 2 のとき')).toBeUndefined()
  })
})

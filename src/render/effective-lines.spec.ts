import {describe, expect, it} from 'vitest'
import {isSpaceCode} from './effective-lines.js'

describe('isSpaceCode', () => {
  it('tells every UTF-16 unit as /\\s/ does', () => {
    const differ: number[] = []
    for (let code = 0; code < 0x10000; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })
})

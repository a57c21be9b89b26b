import {describe, expect, test} from 'vitest'
import {placeOfLine, placeOfOffset} from './place.js'

const pdf = {
  lines: [
    {offset: 0, page: 1, x: 50, y: 100},
    {offset: 6, page: 1, x: 50, y: 120},
    {offset: 10, page: 2, x: 60, y: 90}
  ]
}

describe('places', () => {
  test('a line and an offset map back to the page and point where their line begins', () => {
    expect(placeOfLine(pdf, 3)).toEqual({page: 2, x: 60, y: 90})
    expect(placeOfLine(pdf, 4)).toBeUndefined()
    expect(placeOfOffset(pdf, 0)).toEqual({page: 1, x: 50, y: 100})
    expect(placeOfOffset(pdf, 9)).toEqual({page: 1, x: 50, y: 120})
    expect(placeOfOffset(pdf, 10)).toEqual({page: 2, x: 60, y: 90})
    expect(placeOfOffset(pdf, 500)).toEqual({page: 2, x: 60, y: 90})
  })
})

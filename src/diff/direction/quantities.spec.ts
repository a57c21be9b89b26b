import {describe, expect, it} from 'vitest'
import {compared, quantityOf} from './quantities.js'

describe('quantityOf', () => {
  it('reads periods into days, whatever the width, counter or numerals', () => {
    expect(quantityOf('2 ヶ月前')).toEqual({measure: 'time', value: 60, way: 'before'})
    expect(quantityOf('３か月前')).toEqual({measure: 'time', value: 90, way: 'before'})
    expect(quantityOf('一年間')).toEqual({measure: 'time', value: 365, way: 'within'})
    expect(quantityOf('前日')).toEqual({measure: 'time', value: 1, way: 'before'})
    expect(quantityOf('14日以内')).toEqual({measure: 'time', value: 14, way: 'within'})
  })
  it('reads amounts and rates', () => {
    expect(quantityOf('1,500円')).toEqual({measure: 'amount', value: 1500, way: 'within'})
    expect(quantityOf('5万円')).toEqual({measure: 'amount', value: 50000, way: 'within'})
    expect(quantityOf('14.6%')).toEqual({measure: 'rate', value: 14.6, way: 'within'})
  })
  it('does not read a date', () => {
    expect(quantityOf('2025年4月1日')).toBeUndefined()
    expect(quantityOf('十二月')).toBeUndefined()
  })
  it('reads a statute’s month without か, and the month a payment falls in', () => {
    expect(quantityOf('一月前')).toEqual({measure: 'time', value: 30, way: 'before'})
    expect(quantityOf('三月以内')).toEqual({measure: 'time', value: 90, way: 'within'})
    expect(quantityOf('当月')).toEqual({measure: 'time', value: 0, way: 'within'})
    expect(compared(['翌月'], ['当月'])).toEqual({old: {measure: 'time', value: 30, way: 'within'}, new: {measure: 'time', value: 0, way: 'within'}})
  })
})

describe('compared', () => {
  it('pairs one quantity per side of the same measure', () => {
    expect(compared(['2 ヶ月前'], ['3か月前'])).toEqual({old: {measure: 'time', value: 60, way: 'before'}, new: {measure: 'time', value: 90, way: 'before'}})
    expect(compared([], ['前日'])).toEqual({old: undefined, new: {measure: 'time', value: 1, way: 'before'}})
    expect(compared(['1年間'], ['100円'])).toBeUndefined()
  })
})

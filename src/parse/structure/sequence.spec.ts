import {describe, expect, it} from 'vitest'
import {numberStep} from './sequence.js'

describe('numberStep', () => {
  it('accepts the next number and branch numbers after their main number', () => {
    expect(numberStep('1', '2')).toBeUndefined()
    expect(numberStep('2', '2-2')).toBeUndefined()
    expect(numberStep('2-2', '3')).toBeUndefined()
  })
  it('names a gap, a repeat and a step back', () => {
    expect(numberStep('5', '7')).toBe('numbering-gap')
    expect(numberStep('5', '5')).toBe('numbering-duplicate')
    expect(numberStep('5', '3')).toBe('numbering-order')
  })
  it('says nothing when either number could not be read', () => {
    expect(numberStep(undefined, '3')).toBeUndefined()
    expect(numberStep('3', undefined)).toBeUndefined()
  })
})

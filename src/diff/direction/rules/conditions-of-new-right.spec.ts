import {describe, expect, it} from 'vitest'
import {situation} from '../../../../test/helpers/situation.js'
import {conditionsOfNewRight} from './conditions-of-new-right.js'

const grant = situation('modality', ['ことはできません'], ['ことができます']).change

describe('conditionsOfNewRight', () => {
  it('a deadline or limit added with a right granted in the same sentence is neutral', () => {
    expect(conditionsOfNewRight.judge(situation('numeric', [], ['前日'], {siblings: [grant]}))?.direction).toBe('neutral')
    expect(conditionsOfNewRight.judge(situation('scope', [], ['に限り'], {siblings: [grant]}))?.direction).toBe('neutral')
  })
  it('without a grant beside it, or when it changes an existing limit, it passes', () => {
    expect(conditionsOfNewRight.judge(situation('numeric', [], ['前日']))).toBeUndefined()
    expect(conditionsOfNewRight.judge(situation('numeric', ['3日前'], ['前日'], {siblings: [grant]}))).toBeUndefined()
  })
})

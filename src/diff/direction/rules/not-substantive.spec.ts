import {describe, expect, it} from 'vitest'
import type {Unjudged} from '../types.js'
import {notSubstantive} from './not-substantive.js'

const change = (kind: Unjudged['kind'], severity: Unjudged['severity'], en = ''): Unjudged => ({kind, severity, label: {ja: '', en}})

describe('notSubstantive', () => {
  it('calls editorial, renumbering, followed citations, particles and captions neutral', () => {
    for (const c of [change('editorial', 'low'), change('renumbering', 'low'), change('reference', 'low'), change('wording', 'low'), change('wording', 'medium', 'caption changed')]) {
      expect(notSubstantive.judge({change: c, siblings: []})?.direction).toBe('neutral')
    }
  })
  it('leaves substantive changes to the other rules', () => {
    for (const c of [change('reference', 'medium'), change('wording', 'medium'), change('modality', 'high'), change('structure', 'medium')]) {
      expect(notSubstantive.judge({change: c, siblings: []})).toBeUndefined()
    }
  })
})

import {describe, expect, it} from 'vitest'
import {citesFormerText} from './former.js'

const at = (text: string, reference: string) => citesFormerText(text, text.indexOf(reference))

describe('citesFormerText', () => {
  it('reads a reference after 改正前 in the same sentence as the former text', () => {
    expect(at('令和元年の会則改正前までの第8条第2項は、会費を定めていた。', '第8条')).toBe(true)
    expect(at('旧規定の第3号は削った。', '第3号')).toBe(true)
  })
  it('leaves a reference in the next sentence, or after 改正後 / 現行, to the current text', () => {
    expect(at('改正前は会費を定めていなかった。第8条第2項で定める。', '第8条')).toBe(false)
    expect(at('改正前の第5条は、改正後の第6条となった。', '第6条')).toBe(false)
    expect(at('第8条第2項は会費を定める。', '第8条')).toBe(false)
  })
})

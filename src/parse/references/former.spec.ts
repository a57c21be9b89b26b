import {describe, expect, it} from 'vitest'
import {citesFormerText} from './former.js'

const at = (text: string, reference: string) => citesFormerText(text, text.indexOf(reference))

describe('citesFormerText', () => {
  it('reads a reference bound to 改正前 or 旧規定 as the former text', () => {
    expect(at('令和元年の会則改正前までの第8条第2項は、会費を定めていた。', '第8条')).toBe(true)
    expect(at('前回の改正前までは、第3号に期間を定めていた。', '第3号')).toBe(true)
    expect(at('旧規定の第3号は削った。', '第3号')).toBe(true)
  })
  it('leaves references the words do not bind to the former text to the current one', () => {
    expect(at('規約の改正前に締結した契約には、第5条を適用する。', '第5条')).toBe(false)
    expect(at('改正前は会費を定めていなかった。第8条第2項で定める。', '第8条')).toBe(false)
    expect(at('改正前の第5条は、改正後の第6条となった。', '第6条')).toBe(false)
    expect(at('第8条第2項は会費を定める。', '第8条')).toBe(false)
  })
})

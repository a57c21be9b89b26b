import {describe, expect, it} from 'vitest'
import {visible} from './visible.js'

describe('visible', () => {
  it('shows ESC, OSC, C1 and other controls as escapes; keeps tab, line feed and Japanese text', () => {
    expect(visible('第1条\u001b[2J\u001b]0;title\u0007本文\tX\n')).toBe('第1条\\x1b[2J\\x1b]0;title\\x07本文\tX\n')
    expect(visible('a\rb\u0000c\u007fd\u009be')).toBe('a\\rb\\x00c\\x7fd\\x9be')
  })

  it('shows bidi overrides, which would reorder the text on screen', () => {
    expect(visible('第\u202e1条\u2066')).toBe('第\\u202e1条\\u2066')
  })

  it("keeps yakkan's own colours only when asked, and never a document's other sequences", () => {
    expect(visible('\u001b[31mエラー\u001b[0m')).toBe('\\x1b[31mエラー\\x1b[0m')
    expect(visible('\u001b[31mエラー\u001b[0m \u001b[2J', {colour: true})).toBe('\u001b[31mエラー\u001b[0m \\x1b[2J')
  })
})

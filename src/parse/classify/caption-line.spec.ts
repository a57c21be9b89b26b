import {describe, expect, it} from 'vitest'
import {captionLine} from './caption-line.js'

describe('captionLine', () => {
  it('reads a bracketed line as a caption', () => {
    expect(captionLine('（目的）', 0)).toMatchObject({caption: {start: 0, end: 4}})
    expect(captionLine('  （立入検査、収去及び質問）', 2)).toMatchObject({caption: {start: 2}})
  })
  it('is not a caption when the brackets hold a sentence or more follows', () => {
    expect(captionLine('（この場合において、当社は通知します。）', 0)).toBeUndefined()
    expect(captionLine('（目的）この約款は', 0)).toBeUndefined()
  })
})

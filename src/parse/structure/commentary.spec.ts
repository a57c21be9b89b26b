import {describe, expect, it} from 'vitest'
import {isHeading} from '../classify/article-head.js'
import {classifyLine} from '../classify/index.js'
import {splitLines} from '../lines.js'
import {markCommentary} from './commentary.js'

function kinds(text: string): string[] {
  const lines = splitLines(text)
  const markdown = lines.some((line) => isHeading(line.text))
  const shapes = lines.map((line) => classifyLine(line.text, markdown))
  markCommentary(lines, shapes)
  return shapes.map((shape) => (shape.kind === 'appendix' ? `appendix:${shape.appendixKind}` : shape.kind))
}

describe('markCommentary', () => {
  it('opens a commentary part at a title followed by a 関係 heading; nothing after it is a provision', () => {
    const text = ['第1条 本規約は、サービスの条件を定める。', '', '利用規約コメント', '', '第1条関係', '① 本条は目的を定める。', '第2条 例として掲げる条文', '別表第1関係', '附則'].join('\n')
    expect(kinds(text)).toEqual(['article', 'blank', 'appendix:コメント', 'blank', 'body', 'body', 'body', 'body', 'body'])
  })
  it('leaves a line ending in 解説 without a 関係 heading after it as the other rules read it', () => {
    expect(kinds(['用語の解説', '第2条 本規約は、'].join('\n'))).toEqual(['body', 'article'])
    expect(kinds(['## 用語の解説', '', '第2条 本規約は、'].join('\n'))).toEqual(['heading', 'blank', 'article'])
  })
  it('reads Markdown headings by their content', () => {
    expect(kinds(['# 約款', '', '## 約款の解説', '', '### 全般関係', '1. 趣旨'].join('\n'))).toEqual(['heading', 'blank', 'appendix:コメント', 'blank', 'body', 'body'])
  })
})

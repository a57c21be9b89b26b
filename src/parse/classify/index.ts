// The line classifier: each rule reads one shape; the first that matches wins.
import {appendixHead} from './appendix-head.js'
import {articleHead} from './article-head.js'
import {captionLine} from './caption-line.js'
import {divisionHead} from './division-head.js'
import {furniture} from './furniture.js'
import {numbered} from './numbered.js'
import {contentStart} from './prefix.js'
import type {Shape} from './shape.js'
import {tableRow} from './table-row.js'
import {tableTitle} from './table-title.js'

export type {Candidate, Series, Shape, Span} from './shape.js'

const rules = [furniture, articleHead, divisionHead, appendixHead, tableTitle, tableRow, captionLine, numbered]

export function classifyLine(text: string): Shape {
  if (/^[ \t\u3000\ufeff]*$/.test(text)) return {kind: 'blank'}
  const start = contentStart(text)
  for (const rule of rules) {
    const shape = rule(text, start)
    if (shape) return shape
  }
  return {kind: 'body', contentStart: start}
}

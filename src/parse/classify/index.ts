// The line classifier: each rule reads one shape; the first that matches wins.
import {appendixHead} from './appendix-head.js'
import {asideLine} from './aside.js'
import {articleHead} from './article-head.js'
import {captionLine} from './caption-line.js'
import {divisionHead} from './division-head.js'
import {furniture} from './furniture.js'
import {boldHeading, headingProvision} from './heading-provision.js'
import {listArticle} from './list-article.js'
import {numbered} from './numbered.js'
import {contentStart} from './prefix.js'
import type {Shape} from './shape.js'
import {tableRow} from './table-row.js'
import {tableTitle} from './table-title.js'

export type {Candidate, Series, Shape, Span} from './shape.js'

// leading tabs, then a list marker or plain text, with no tab inside the text
const indentedList = /^[ \t]*(?:(?:[0-9０-９]{1,3}[.)．]|[-*+])[ \t]+)?[^\t]*$/

const rules = [furniture, articleHead, divisionHead, appendixHead, headingProvision, listArticle, tableTitle, tableRow, captionLine, boldHeading, numbered]

/**
 * What one line looks like. In a Markdown document (`markdown`), tabs that only indent a
 * line or follow a list marker make a nested list, not a table.
 */
// One object for every blank line (shapes are never changed, only replaced): a large document
// has tens of thousands of them, and each would live until the tree is built.
const blank: Shape = Object.freeze({kind: 'blank'})

export function classifyLine(text: string, markdown = false): Shape {
  if (/^[ \t\u3000\ufeff]*$/.test(text)) return blank
  const aside = asideLine(text)
  if (aside) return aside
  const start = contentStart(text)
  for (const rule of rules) {
    if (markdown && rule === tableRow && text.includes('\t') && indentedList.test(text.trimEnd())) continue
    const shape = rule(text, start)
    if (shape) return shape
  }
  return {kind: 'body', contentStart: start}
}

// Sub-items (号の細分): whether the first marker of a new series (イ, （１）, ア) after an open
// item opens that item's sub-items or runs beside it as further entries of the same list
// (一 イ ロ 二 イ …, written level with the items). The layout decides where it shows the
// nesting; in flat text, the words of the item and of the new line do.
import type {Span} from '../classify/index.js'
import {ownText} from '../text.js'
import type {Item, Subitem} from '../types.js'

/** The numbered line being decided: its text, where its marker stands, its body. */
export interface NumberedLine {
  text: string
  marker: Span
  body?: Span
}

/** Sub-items hang from a clause that introduces them (次に掲げる…), or from a bare term being defined. */
export function introducesList(node: Item | Subitem): boolean {
  const own = ownText(node)
  return /次|以下|左|掲げる|下記|とおり|[:：]$/.test(own) || own.trim().length <= 8
}

/**
 * - an item that introduces a list (次に掲げる…, a bare term) takes what follows as its sub-items;
 * - a layout that indents (Lawtext, nested lists) shows it: deeper than the item is under it,
 *   level with an indented item is beside it;
 * - in flat text, an item that names something without ending a sentence (一　申請者の氏名及び住所)
 *   followed by a line that does not end one either (イ　個人にあつては…) is split into parts;
 *   sentences after it (イ　…点火すること。) are provisions of their own beside the item.
 */
export function opensSubitems(open: Item | Subitem, next: NumberedLine | undefined): boolean {
  if (introducesList(open)) return true
  if (!next) return false
  const openColumn = markerColumn(open)
  if (next.marker.start !== openColumn || openColumn > 0) return next.marker.start > openColumn
  const body = next.body ? next.text.slice(next.body.start, next.body.end) : ''
  return !sentenceEnd.test(ownText(open).trimEnd()) && !sentenceEnd.test(body.trimEnd())
}

const sentenceEnd = /[。．]$/

/** Where an item's marker stands in its line (the width of the layout before it). */
function markerColumn(node: Item | Subitem): number {
  for (const child of node.children) if (child.type === 'text' && child.role === 'num') return child.position.start.column - 1
  return 0
}

// ○○規約コメント / 逐条解説: the title of a commentary part, and 第N条関係 / 全般関係 / 別表第1関係,
// the headings inside it that point back at the provision they comment on.
import type {Shape} from './shape.js'

const title = /^[^。、\t]{0,50}(?:コメント|解説)$/
const num = '[0-9０-９一二三四五六七八九十百]+'
const provision = `(?:第[ \\t\\u3000]*${num}[ \\t\\u3000]*[条項号](?:の[ \\t\\u3000]*${num})*|別[表記紙][ \\t\\u3000]*(?:第[ \\t\\u3000]*${num})?|附[ \\t\\u3000]*則|様式(?:第${num}号?)?)`
const reference = new RegExp(`^(?:${provision}[ \\t\\u3000]*)*(?:全般|総論)?[ \\t\\u3000]*関係$`)

/** A title line ending in コメント or 解説: a commentary part, once the heading after it is a 関係 heading. */
export function commentaryHead(text: string, contentStart: number): Shape | undefined {
  const content = text.slice(contentStart).trimEnd()
  if (!title.test(content)) return undefined
  return {kind: 'appendix', appendixKind: 'コメント', head: {start: contentStart, end: contentStart}, title: {start: contentStart, end: contentStart + content.length}, contentStart}
}

/** 第12条関係, 第19条の2関係, 全般関係, 附則全般関係, 別表第1関係: a heading naming what it comments on. */
export function isReferenceHeading(content: string): boolean {
  const trimmed = content.trim()
  return trimmed !== '関係' && reference.test(trimmed)
}

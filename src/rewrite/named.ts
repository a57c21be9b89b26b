// Which upstream documents a reseller's terms name: every word of the upstream's title
// (split at spaces) occurs in the reseller's text, compared on the compact view. Used to
// pair the documents of a corpus without a manifest.
import {compact} from '../parse/normalize.js'
import {toText} from '../parse/text.js'
import type {Document} from '../parse/types.js'

export function namesDocument(reseller: Document, upstream: Document): boolean {
  const words = (upstream.meta.title ?? '').split(/[\s\u3000]+/).map(compact).filter((word) => word !== '')
  if (words.length === 0) return false
  const text = compact(toText(reseller))
  return words.every((word) => text.includes(word))
}

// The diff as JSON: both versions, the summary, every classified change and the aligned
// clause pairs with their sentence pairs and token edits. Positions are the documents'
// (line and column 1-based, offsets 0-based in UTF-16 units). Timings are left out, so the
// same inputs always give the same output. The text is made pair by pair and change by
// change — what JSON.stringify would print, indent included — so that a large diff is
// written out without its whole JSON (many times the documents' size) in memory.
import type {DiffResult} from '../diff/types.js'
import {chunked} from './chunks.js'

const indent = '  '

export function renderDiffJson(result: DiffResult): string {
  return [...diffJsonChunks(result)].join('')
}

/** The JSON text of a diff in chunks of about `chunk` characters, for a writer that streams them (small enough to be young garbage, not large objects kept until the next full collection). */
export function* diffJsonChunks(result: DiffResult, chunk = 1 << 14): Generator<string> {
  const {stats: _stats, ...stable} = result
  yield* chunked(withNewline(pieces({format: 'yakkan-diff', formatVersion: 1, ...stable}, '', 2)), chunk)
}

function* withNewline(text: Iterable<string>): Generator<string> {
  yield* text
  yield '\n'
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol'

/** The JSON of a value at `margin`, opened `levels` deep (the document and its lists); what lies below is one piece. */
function* pieces(value: unknown, margin: string, levels: number): Generator<string> {
  if (levels === 0 || typeof value !== 'object' || value === null) {
    yield (JSON.stringify(value, null, indent) ?? 'null').replaceAll('\n', '\n' + margin)
    return
  }
  const inner = '\n' + margin + indent
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? '[' + inner : ',' + inner
      yield* pieces(omitted(value[i]) ? null : value[i], margin + indent, levels - 1)
    }
    yield value.length === 0 ? '[]' : '\n' + margin + ']'
    return
  }
  let first = true
  for (const [key, field] of Object.entries(value)) {
    if (omitted(field)) continue
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `
    first = false
    yield* pieces(field, margin + indent, levels - 1)
  }
  yield first ? '{}' : '\n' + margin + '}'
}

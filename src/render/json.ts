// The clause tree as JSON: every field and position kept; back-pointers (`parent`) and
// anything else that would make a cycle left out, so the output is always serialisable.
// The text is made piece by piece (what JSON.stringify would print, indent included), so a
// large tree is written out without holding a copy of it and its whole JSON in memory.
import type {Node} from '../parse/types.js'
import {chunked} from './chunks.js'

export interface JsonOptions {
  indent?: number
}

export function renderJson(tree: Node, options: JsonOptions = {}): string {
  return [...jsonPieces(tree, options)].join('')
}

/** The JSON text of a tree in chunks of about `chunk` characters, for a writer that streams them. */
export function* jsonChunks(tree: Node, options: JsonOptions & {chunk?: number} = {}): Generator<string> {
  yield* chunked(jsonPieces(tree, options), options.chunk ?? 1 << 20)
}

/** The JSON text of a tree, in pieces, followed by a newline. */
export function* jsonPieces(tree: Node, options: JsonOptions = {}): Generator<string> {
  const indent = ' '.repeat(options.indent ?? 2)
  yield* pieces(tree, new Set(), '', indent)
  yield '\n'
}

/** A plain-data copy of a tree. */
export function toJson(tree: Node): unknown {
  return copy(tree, new Set())
}

/** What a field holds once copied: undefined when it is left out (a function, a back-pointer, a cycle). */
function kept(key: string | undefined, value: unknown, ancestors: Set<object>): boolean {
  if (key === 'parent' || typeof value === 'function' || value === undefined || typeof value === 'symbol') return false
  return typeof value !== 'object' || value === null || !ancestors.has(value)
}

function* pieces(value: unknown, ancestors: Set<object>, margin: string, indent: string): Generator<string> {
  if (typeof value !== 'object' || value === null) {
    yield JSON.stringify(value) ?? 'null'
    return
  }
  // A value that holds no clauses (a text leaf, a position, the meta) is small: one piece.
  if (!Array.isArray(value) && !Array.isArray((value as {children?: unknown}).children)) {
    const text = JSON.stringify(copy(value, ancestors), null, indent)
    yield indent === '' ? text : text.replaceAll('\n', '\n' + margin)
    return
  }
  ancestors.add(value)
  // without an indent, JSON.stringify puts no line breaks and no space after the colon
  const inner = indent === '' ? '' : '\n' + margin + indent
  const close = indent === '' ? '' : '\n' + margin
  const colon = indent === '' ? ':' : ': '
  if (Array.isArray(value)) {
    if (value.length === 0) yield '[]'
    else {
      for (let i = 0; i < value.length; i++) {
        yield i === 0 ? `[${inner}` : `,${inner}`
        if (kept(undefined, value[i], ancestors)) yield* pieces(value[i], ancestors, margin + indent, indent)
        else yield 'null'
      }
      yield `${close}]`
    }
  } else {
    let first = true
    for (const [key, field] of Object.entries(value)) {
      if (!kept(key, field, ancestors)) continue
      yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`
      first = false
      yield* pieces(field, ancestors, margin + indent, indent)
    }
    yield first ? '{}' : `${close}}`
  }
  ancestors.delete(value)
}

// Only ancestors count as cycles: a position object shared by two nodes is copied twice.
function copy(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (ancestors.has(value)) return undefined
  ancestors.add(value)
  let result: unknown
  if (Array.isArray(value)) {
    result = value.map((item) => copy(item, ancestors) ?? null)
  } else {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(value)) {
      if (key === 'parent' || typeof field === 'function') continue
      const copied = copy(field, ancestors)
      if (copied !== undefined) out[key] = copied
    }
    result = out
  }
  ancestors.delete(value)
  return result
}

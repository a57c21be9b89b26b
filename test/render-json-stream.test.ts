// The JSON renderer writes the tree piece by piece: the text is exactly what JSON.stringify
// prints for the plain copy of the tree, whatever the indent, and a streaming writer gets it
// whole, in order, in chunks of the size asked for.
import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {parse} from '../src/parse/index.js'
import {jsonChunks, jsonPieces, renderJson, toJson} from '../src/render/json.js'
import type {Node} from '../src/parse/types.js'

const seed = readFileSync(new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url), 'utf8')

describe('JSON written in pieces', () => {
  const {tree} = parse(seed)

  test.each([0, 2, 4])('indent %i: the same text as JSON.stringify of the copy', (indent) => {
    expect(renderJson(tree, {indent})).toBe(JSON.stringify(toJson(tree), null, indent) + '\n')
  })

  test('cycles, back-pointers, functions and undefined fields are left out as the copy leaves them out', () => {
    const at = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}
    const leaf: Record<string, unknown> = {type: 'text', value: 'x\u0000"\\', role: 'body', position: at, gone: undefined, run: () => 1}
    const root: Record<string, unknown> = {type: 'document', children: [leaf, () => 2, undefined, Number.NaN], position: at, empty: [], none: {}}
    leaf.parent = root
    leaf.self = leaf
    expect(renderJson(root as unknown as Node)).toBe(JSON.stringify(toJson(root as unknown as Node), null, 2) + '\n')
    expect(JSON.parse(renderJson(root as unknown as Node)).children).toEqual([
      {type: 'text', value: 'x\u0000"\\', role: 'body', position: at},
      null,
      null,
      null
    ])
  })

  test('a tree of many clauses comes out in many small pieces, none holding the whole', () => {
    const big = parse(Array.from({length: 300}, (_, k) => `第${k + 1}条（見出し）\n本文${k}です。\n`).join('\n')).tree
    const text = renderJson(big)
    const sizes = [...jsonPieces(big)].map((piece) => piece.length)
    expect(Math.max(...sizes)).toBeLessThan(1000)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(text.length)
  })

  test('chunked for a streaming writer: every chunk, in order, none much over the chunk size', () => {
    const chunks = [...jsonChunks(tree, {chunk: 4096})]
    expect(chunks.join('')).toBe(renderJson(tree))
    expect(chunks.length).toBeGreaterThan(10)
    expect(Math.max(...chunks.slice(0, -1).map((c) => c.length))).toBeLessThan(4096 + 1000)
    expect(Math.min(...chunks.slice(0, -1).map((c) => c.length))).toBeGreaterThanOrEqual(4096)
  })
})

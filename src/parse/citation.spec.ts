import {describe, expect, it} from 'vitest'
import {clauseLabel} from './citation.js'
import {parse} from './index.js'

const tree = parse('前文の一文です。\n\n第1章　総則\n\n第2章の2　特則\n\n第1条（目的）\n本文です。\n２　前項の本文です。\n一　号の本文\n').tree

describe('clauseLabel', () => {
  it('names clauses in citation form', () => {
    expect(clauseLabel(tree, 'art_1__para_2__item_1')).toBe('第1条第2項第1号')
    expect(clauseLabel(tree, 'art_1__para_1')).toBe('第1条第1項')
  })
  it('names text outside every clause by where it stands, never by an internal id', () => {
    expect(clauseLabel(tree, 'doc')).toBe('前文')
    expect(clauseLabel(tree, 'chap_1')).toBe('第1章')
    expect(clauseLabel(tree, 'chap_2-2')).toBe('第2章の2')
  })
})

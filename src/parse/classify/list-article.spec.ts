import {describe, expect, it} from 'vitest'
import {listArticle} from './list-article.js'

describe('listArticle', () => {
  it('reads a list entry holding only a bold caption as an article numbered by position', () => {
    expect(listArticle('1. **（用語）**  ', 0)).toMatchObject({kind: 'article', numbering: 'ordinal', head: {start: 0, end: 2}, caption: {start: 5, end: 9}})
  })
  it('leaves indented entries and entries with text alone', () => {
    expect(listArticle('\t1. **（用語）**', 1)).toBeUndefined()
    expect(listArticle('1. **（用語）** とは次のとおり。', 0)).toBeUndefined()
  })
})

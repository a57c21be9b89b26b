import {describe, expect, it} from 'vitest'
import {classifyLine} from '../classify/index.js'
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'
import type {Article, Paragraph} from '../types.js'
import {appendixTitle, articleName, ArticleNumbers, emitArticleHead, isDeletedBody, unbracket} from './article.js'
import {emptySpan, LeafWriter} from './emit.js'

const numbered = (num: string | undefined, numbering?: 'ordinal') => ({num, numbering}) as Parameters<ArticleNumbers['next']>[2]

describe('article numbers', () => {
  it('counts unnumbered provisions and ordinal entries by position', () => {
    const numbers = new ArticleNumbers()
    expect(numbers.next('main', '', undefined, '')).toEqual({num: 'u1', id: 'art_u1'})
    expect(numbers.next('main', '', numbered('1', 'ordinal'), '1.')).toEqual({num: '1', id: 'art_1'})
    expect(numbers.next('main', '', numbered('1', 'ordinal'), '1.')).toEqual({num: '2', id: 'art_2'})
  })
  it('reports a gap against the previous number in the same scope only', () => {
    const numbers = new ArticleNumbers()
    numbers.next('main', '', numbered('1'), '第1条')
    expect(numbers.next('main', '', numbered('3'), '第3条').diag).toEqual({id: 'numbering-gap', previous: '1'})
    expect(numbers.next('annex_1', 'annex_1__', numbered('1'), '第1条')).toEqual({num: '1', id: 'annex_1__art_1'})
  })
  it('takes a repeated run after an alternative label as the other version', () => {
    const numbers = new ArticleNumbers()
    numbers.next('main', '', numbered('1'), '第1条')
    numbers.next('main', '', numbered('2'), '第2条')
    numbers.alternative = true
    expect(numbers.next('main', '', numbered('1'), '第1条').diag).toBeUndefined()
    numbers.alternative = false
    expect(numbers.next('main', '', numbered('1'), '第1条').diag?.id).not.toBeUndefined()
  })
  it('gives an unreadable number an id of its own and a diagnostic', () => {
    const numbers = new ArticleNumbers()
    expect(numbers.next('main', '', numbered(undefined), '第 X 条')).toEqual({num: '第X条', id: 'art_unreadable_1', diag: {id: 'numbering-unreadable'}})
  })
})

describe('article text', () => {
  it('names articles in the message language', () => {
    expect([articleName('3', 'ja'), articleName('3', 'en')]).toEqual(['第3条', 'Article 3'])
  })
  it('strips caption brackets and reads 削除', () => {
    expect([unbracket('（目的）'), unbracket('【定義】'), unbracket('目的')]).toEqual(['目的', '定義', '目的'])
    expect([isDeletedBody('削除'), isDeletedBody('削　除'), isDeletedBody('削除する。')]).toEqual([true, true, false])
  })
})

describe('article head line', () => {
  const write = (text: string) => {
    const line = {index: 0, start: 0, end: text.length, next: text.length, text} as Line
    const writer = new LeafWriter(text)
    writer.current = line
    const article: Article = {type: 'article', id: 'art_1', num: '1', label: '', children: [], position: emptySpan()}
    const paragraphs: Paragraph[] = []
    const open = () => {
      const paragraph: Paragraph = {type: 'paragraph', id: 'p', num: 1, children: [], position: emptySpan()}
      paragraphs.push(paragraph)
      return paragraph
    }
    emitArticleHead(writer, article, line, classifyLine(text, false) as Extract<Shape, {kind: 'article'}>, open)
    const roles = (node: Article | Paragraph) => node.children.map((c) => (c.type === 'text' ? c.role : c.type))
    return {article, paragraphs, roles}
  }
  it('puts number and caption in the article, and text after the number in a first paragraph', () => {
    const captioned = write('第10条 （目的）')
    expect(captioned.article.caption).toBe('目的')
    expect(captioned.roles(captioned.article)).toEqual(['num', 'layout', 'caption'])
    expect(captioned.paragraphs).toEqual([])
    const {article, paragraphs, roles} = write('第一条　本規約は甲に適用する。')
    expect(roles(article)).toEqual(['num'])
    expect(paragraphs.map(roles)).toEqual([['layout', 'body']])
    expect(article.deleted).toBeUndefined()
  })
  it('marks an article whose text is a lone 削除 deleted', () => {
    expect(write('第3条　削除').article.deleted).toBe(true)
  })
})

describe('appendixTitle', () => {
  it('unwraps the title, and leaves out a relation note written after it', () => {
    expect(appendixTitle('（巡回地点及び巡回日程）（第二条、第八条関係）')).toBe('巡回地点及び巡回日程')
    expect(appendixTitle('（料金表）')).toBe('料金表')
    expect(appendixTitle('（第一条関係）')).toBe('第一条関係')
    expect(appendixTitle('読替表')).toBe('読替表')
  })
})

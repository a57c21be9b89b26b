import {describe, expect, it} from 'vitest'
import {parse} from '../index.js'
import type {Step} from '../references.js'
import type {Article, Document, Paragraph} from '../types.js'
import {citesSection, stepsBetweenSections} from './sections.js'

const articles = (tree: Document): Article[] => tree.children.filter((c): c is Article => c.type === 'article')
const paragraphs = (article: Article): Paragraph[] => article.children.filter((c): c is Paragraph => c.type === 'paragraph')
const step = (rel: Step['rel'], count?: number): Step => ({level: 'paragraph', rel, ...(count !== undefined && {count})})

const sections = parse('# 会則\n\n## 1. 会員\n\n会員は登録した人です。\n\n会員は名簿に載ります。\n\n## 2. 退会\n\n1. 会員は退会できます。\n2. 前項の人は名簿から外れます。\n').tree
const statute = parse('第1条　会員は登録した人とする。\n2　前項の会員は名簿に載る。\n').tree

describe('citesSection', () => {
  it('reads 第N項 in a section that numbers no paragraph N as section N', () => {
    const [first, second] = articles(sections)
    expect(citesSection(first, '2')).toBe(true)
    expect(citesSection(second, '3')).toBe(true)
  })
  it('reads 第N項 as the paragraph where the section numbers it, and always in a 第N条 article', () => {
    expect(citesSection(articles(sections)[1], '1')).toBe(false)
    expect(citesSection(articles(statute)[0], '5')).toBe(false)
  })
})

describe('stepsBetweenSections', () => {
  it('takes 本項 in a section without numbered paragraphs as the section', () => {
    const [first] = articles(sections)
    expect(stepsBetweenSections(first, paragraphs(first)[1], step('this'))).toBe(true)
  })
  it('steps to the section before from its first block, and to the one after from its last', () => {
    const [first] = articles(sections)
    const [opening, closing] = paragraphs(first)
    expect(stepsBetweenSections(first, opening, step('previous'))).toBe(true)
    expect(stepsBetweenSections(first, closing, step('next'))).toBe(true)
  })
  it('keeps 前項 / 次項 to the blocks of the section while there is one to reach', () => {
    const [first] = articles(sections)
    const [opening, closing] = paragraphs(first)
    expect(stepsBetweenSections(first, closing, step('previous'))).toBe(false)
    expect(stepsBetweenSections(first, opening, step('next'))).toBe(false)
    expect(stepsBetweenSections(first, opening, step('previous', 2))).toBe(false)
  })
  it('never steps between sections that number their paragraphs, nor between 第N条 articles', () => {
    const second = articles(sections)[1]
    expect(stepsBetweenSections(second, paragraphs(second)[1], step('previous'))).toBe(false)
    const article = articles(statute)[0]
    expect(stepsBetweenSections(article, paragraphs(article)[0], step('this'))).toBe(false)
  })
})

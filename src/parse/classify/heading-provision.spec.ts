import {describe, expect, it} from 'vitest'
import {boldHeading, headingProvision} from './heading-provision.js'

describe('headingProvision', () => {
  it('reads a numbered heading as an article with its caption', () => {
    expect(headingProvision('## 1. 申し込みできる方', 3)).toMatchObject({kind: 'article', num: '1', numbering: 'section', level: 2, head: {start: 3, end: 5}, caption: {start: 6, end: 14}})
    expect(headingProvision('### 12.お問い合わせ', 4)).toMatchObject({num: '12', caption: {start: 7, end: 13}})
    expect(headingProvision('## （3） 届出', 3)).toMatchObject({num: '3', caption: {start: 7, end: 9}})
    expect(headingProvision('### 2) 料金', 4)).toMatchObject({num: '2'})
  })
  it('reads a heading without a number as a heading', () => {
    expect(headingProvision('### 規約の目的', 4)).toMatchObject({kind: 'heading', level: 3, title: {start: 4, end: 9}})
  })
  it('leaves lines that are not headings alone, and a decimal is no number', () => {
    expect(headingProvision('1. 申し込みできる方', 0)).toBeUndefined()
    expect(headingProvision('## 1.5倍の料金', 3)).toMatchObject({kind: 'heading'})
  })
})

describe('boldHeading', () => {
  it('reads a line wholly in bold as a sub-heading, but not a bracketed caption', () => {
    expect(boldHeading('**現状のまま提供します。**', 0)).toMatchObject({kind: 'heading', level: 0, title: {start: 2, end: 13}})
    expect(boldHeading('**（目的）**', 0)).toBeUndefined()
    expect(boldHeading('**重要** な点は', 0)).toBeUndefined()
  })
})

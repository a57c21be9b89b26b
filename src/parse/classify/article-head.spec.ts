import {describe, expect, it} from 'vitest'
import {articleHead} from './article-head.js'

describe('articleHead', () => {
  it('reads the 約款 style with a caption in half- or full-width brackets', () => {
    expect(articleHead('第10条 (契約者が行う利用契約の解除)', 0)).toMatchObject({num: '10', caption: {start: 5, end: 20}, body: undefined})
    expect(articleHead('第17条 （個人情報委託）', 0)).toMatchObject({num: '17', caption: {start: 5}})
  })
  it('reads statute heads with kanji numbers, branches and the body on the same line', () => {
    const line = '第百三条の二　この法律は、…'
    expect(articleHead(line, 0)).toMatchObject({num: '103-2', head: {start: 0, end: 6}, body: {start: 7}})
    expect(articleHead('第 1 条（目的）', 0)).toMatchObject({num: '1'})
    expect(articleHead('第１条（目的）', 0)).toMatchObject({num: '1'})
  })
  it('reads a caption holding a bracket of its own, and one whose bracket the line leaves open', () => {
    expect(articleHead('第2条（反社会的勢力の排除（表明保証））', 0)).toMatchObject({num: '2', caption: {start: 3, end: 20}, body: undefined})
    expect(articleHead('第2条（料金の', 0)).toMatchObject({num: '2', caption: {start: 3, end: 7}, body: undefined})
    expect(articleHead('第2条（料金の　', 0)).toMatchObject({caption: {start: 3, end: 7}})
    expect(articleHead('第2条（', 0)).toMatchObject({num: '2', caption: {start: 3, end: 4}})
    expect(articleHead('第2条【個人情報の取扱い】', 0)).toMatchObject({num: '2', caption: {start: 3, end: 13}, body: undefined})
  })
  it('reads a run of deleted articles as one head', () => {
    expect(articleHead('第十五条から第二十一条まで　削除', 0)).toMatchObject({num: '15', numEnd: '21'})
  })
  it('does not take a mention of an article for its head', () => {
    expect(articleHead('第 10 条（契約者が行う利用契約の解除）に基づき利用契約が解除された', 0)).toBeUndefined()
    expect(articleHead('第十条の規定により', 0)).toBeUndefined()
    expect(articleHead('第3条、第4条', 0)).toBeUndefined()
  })
})

describe('articleHead in bold', () => {
  it('reads a head set in bold, the markers outside number and caption', () => {
    const line = '**第1条（適用）**'
    expect(articleHead(line, 0)).toMatchObject({num: '1', head: {start: 2, end: 5}, caption: {start: 5, end: 9}, body: undefined})
    expect(articleHead('__第12条 利用料金__', 0)).toMatchObject({num: '12', caption: {start: 7, end: 11}})
    expect(articleHead('**第3条** （禁止事項）', 0)).toMatchObject({num: '3', caption: {start: 8, end: 14}})
    expect(articleHead('**第4条** 当社は、本規約を変更できます。', 0)).toMatchObject({num: '4', caption: undefined, body: {start: 8}})
  })
  it('does not take bold text that mentions an article for a head', () => {
    expect(articleHead('**第5条の規定にかかわらず**、当社は…', 0)).toBeUndefined()
  })
})

describe('articleHead in Markdown and statutes', () => {
  it('reads the words after the number of a heading as its caption', () => {
    const line = '## 第 1 条 定義'
    expect(articleHead(line, 3)).toMatchObject({num: '1', caption: {start: 9, end: 11}, body: undefined})
    expect(articleHead('### 第1条　総則', 4)).toMatchObject({num: '1', caption: {start: 8, end: 10}})
    expect(articleHead('## 第2条 **（目的）**', 3)).toMatchObject({num: '2', caption: {start: 9, end: 13}})
  })
  it('keeps a sentence after the number as body outside headings', () => {
    expect(articleHead('第1条　総則', 0)).toMatchObject({caption: undefined, body: {start: 4, end: 6}})
  })
  it('reads ノ branches and a pair deleted together', () => {
    expect(articleHead('第七条ノ二　削除', 0)).toMatchObject({num: '7-2'})
    expect(articleHead('第十条及び第十一条　削除', 0)).toMatchObject({num: '10', numEnd: '11'})
  })
  it('gives no number for one it cannot read', () => {
    expect(articleHead('第一9条　本文', 0)).toMatchObject({kind: 'article', num: undefined})
  })
})

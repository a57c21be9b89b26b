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
  it('reads a run of deleted articles as one head', () => {
    expect(articleHead('第十五条から第二十一条まで　削除', 0)).toMatchObject({num: '15', numEnd: '21'})
  })
  it('does not take a mention of an article for its head', () => {
    expect(articleHead('第 10 条（契約者が行う利用契約の解除）に基づき利用契約が解除された', 0)).toBeUndefined()
    expect(articleHead('第十条の規定により', 0)).toBeUndefined()
    expect(articleHead('第3条、第4条', 0)).toBeUndefined()
  })
})

import {describe, expect, it} from 'vitest'
import {commentaryHead, isReferenceHeading} from './commentary-head.js'

describe('commentaryHead', () => {
  it('reads a title ending in コメント or 解説 as a commentary part, the whole line its title', () => {
    expect(commentaryHead('サービス約款（個人向け）コメント', 0)).toMatchObject({kind: 'appendix', appendixKind: 'コメント', head: {start: 0, end: 0}, title: {start: 0, end: 16}})
    expect(commentaryHead('　逐条解説', 1)).toMatchObject({appendixKind: 'コメント', title: {start: 1, end: 5}})
    expect(commentaryHead('コメント', 0)).toMatchObject({appendixKind: 'コメント'})
  })
  it('does not take a sentence or a wrapped line for a title', () => {
    expect(commentaryHead('この点は解説を参照。', 0)).toBeUndefined()
    expect(commentaryHead('本規約及び、その解説', 0)).toBeUndefined()
    expect(commentaryHead('コメントを作成し', 0)).toBeUndefined()
  })
})

describe('isReferenceHeading', () => {
  it('reads headings that name the provision they comment on', () => {
    for (const heading of ['第２条関係', '第19条の２関係', '第 35 条関係', '第43条第１項関係', '全般関係', '附則全般関係', '別表第１関係', '第十条関係']) expect(isReferenceHeading(heading)).toBe(true)
  })
  it('does not take an article head, a bracketed appendix reference or a sentence for one', () => {
    for (const line of ['第２条 この規約は、', '別表第二（第五条関係）', '関係', '第５条関係者の範囲は、', '利害関係']) expect(isReferenceHeading(line)).toBe(false)
  })
})

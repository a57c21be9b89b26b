// Sub-items under a statute item (イ ロ ハ under 一) in flat and indented layouts, and the
// cases where the same markers are entries of the list itself.
import {describe, expect, it} from 'vitest'
import {parse, toText, type Article, type Document} from '../src/parse/index.js'
import {descendantsOfType} from './helpers/clause-tree.js'

/** Each item of the first article's first paragraph: its marker and how many sub-items it holds. */
function items(tree: Document) {
  const [article] = descendantsOfType(tree, 'article') as Article[]
  const paragraph = article.children.find((c) => c.type === 'paragraph')!
  return paragraph.children.filter((c) => c.type === 'item').map((i) => `${i.marker}:${i.children.filter((c) => c.type === 'subitem').length}`)
}

const lead = '第三条　申請は、次に掲げる事項を記した書面でしなければならない。\n'
const flat = `${lead}一　申請をする者の氏名及び連絡先の住所\nイ　個人にあつては住民票の写しに記された住所\nロ　法人にあつては登記された本店の所在地\n二　事業を行う場所\n`
const indented = `${lead}  一　申請をする者の氏名及び連絡先の住所\n    イ　個人にあつては住民票の写しに記された住所\n    ロ　法人にあつては登記された本店の所在地\n  二　事業を行う場所\n`

describe('イ ロ under an item whose line has no sentence end', () => {
  it('nests them as sub-items in flat text', () => {
    const {tree, file} = parse(flat)
    expect(items(tree)).toEqual(['一:2', '二:0'])
    expect(file.messages).toEqual([])
    expect(toText(tree)).toBe(flat)
  })
  it('nests them as sub-items where the layout indents them under the item', () => {
    const {tree} = parse(indented)
    expect(items(tree)).toEqual(['一:2', '二:0'])
    expect(toText(tree)).toBe(indented)
  })
  it('nests sentences too when the layout indents them', () => {
    const text = `${lead}  一　器具の試験方法\n    イ　器具を台に載せること。\n    ロ　三分後に温度を測ること。\n  二　記録の方法\n`
    expect(items(parse(text).tree)).toEqual(['一:2', '二:0'])
  })
  it('keeps sentences written level with the items as entries of the list', () => {
    const text = `${lead}一　屋内で使う器具の試験方法\nイ　器具を台に載せること。\nロ　三分後に温度を測ること。\n二　紙に残す試験結果の記録方法\nイ　用紙に書くこと。\n`
    expect(items(parse(text).tree)).toEqual(['一:0', 'イ:0', 'ロ:0', '二:0', 'イ:0'])
  })
  it('keeps an indented layout that writes them level with the items as entries of the list', () => {
    const text = `${lead}  一　申請をする者の氏名及び連絡先の住所\n  イ　個人にあつては住民票の写しに記された住所\n  ロ　法人にあつては登記された本店の所在地\n  二　事業を行う場所\n`
    expect(items(parse(text).tree)).toEqual(['一:0', 'イ:0', 'ロ:0', '二:0'])
  })
  it('reads a stand-alone イ ロ list in a paragraph with no open item as its items', () => {
    const text = `${lead}イ　申請をする者の氏名\nロ　事業を行う場所\n`
    expect(items(parse(text).tree)).toEqual(['イ:0', 'ロ:0'])
  })
})

import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import type {Document, Position, Text} from '../src/parse/types.js'
import {levelOf, renderDiagnostics, summarizeDiagnostics} from '../src/render/diagnostics.js'
import {renderJson, toJson} from '../src/render/json.js'
import {renderOutline} from '../src/render/outline.js'

// A hand-built tree for 第1条（目的）/ 2 この約款は… / (1) 一号: positions are not checked here.
const at: Position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
const leaf = (value: string, role: Text['role']): Text => ({type: 'text', value, role, position: at})
const tree: Document = {
  type: 'document',
  id: 'doc',
  meta: {title: 'サンプル約款', version: '2024-10-30'},
  position: at,
  children: [
    {
      type: 'article',
      id: 'art_1',
      num: '1',
      label: '第1条',
      caption: '目的',
      position: at,
      children: [
        leaf('第1条', 'num'),
        leaf('（目的）', 'caption'),
        {type: 'paragraph', id: 'art_1__para_1', num: 1, position: at, children: [leaf('この約款は、本サービスの利用条件を定めるものとします。', 'body')]},
        {
          type: 'paragraph',
          id: 'art_1__para_2',
          num: 2,
          label: '２',
          position: at,
          children: [
            leaf('２', 'num'),
            leaf('　', 'layout'),
            leaf('次の\n場合', 'body'),
            {type: 'item', id: 'art_1__para_2__item_1', num: 1, marker: '(1)', position: at, children: [leaf('(1)', 'num'), leaf('短い', 'body')]}
          ]
        }
      ]
    },
    {type: 'article', id: 'art_2', num: '2', label: '第二条', deleted: true, position: at, children: [leaf('第二条　削除', 'body')]}
  ]
}

describe('renderOutline', () => {
  it('prints one line per node, indented, with id, number, caption and the first 20 characters', () => {
    expect(renderOutline(tree)).toBe(
      [
        'doc  サンプル約款  2024-10-30',
        '  art_1  第1条  目的',
        '    art_1__para_1  1  この約款は、本サービスの利用条件を定める…',
        '    art_1__para_2  ２  次の 場合',
        '      art_1__para_2__item_1  (1)  短い',
        '  art_2  第二条  （削除）',
        ''
      ].join('\n')
    )
    expect(renderOutline(tree, {lang: 'en', width: 5})).toContain('art_1__para_1  1  この約款は…\n')
    expect(renderOutline(tree, {lang: 'en'})).toContain('art_2  第二条  (deleted)\n')
  })
})

describe('renderJson', () => {
  it('keeps every field and position, and shared objects stay in both places', () => {
    const copy = toJson(tree) as Document
    expect(copy).toEqual(tree)
    expect(copy).not.toBe(tree)
    expect(JSON.parse(renderJson(tree))).toEqual(tree)
  })

  it('leaves out parent back-pointers and cycles instead of throwing', () => {
    const child = {type: 'text', value: 'x', role: 'body', position: at} as Text & {parent?: unknown; self?: unknown}
    const root = {...tree, children: [child]} as Document
    child.parent = root
    child.self = child
    expect(() => JSON.stringify(root)).toThrow(/circular/)
    expect(JSON.parse(renderJson(root)).children).toEqual([{type: 'text', value: 'x', role: 'body', position: at}])
  })
})

describe('renderDiagnostics', () => {
  const file = new VFile({path: 'terms.md'})
  const gap = file.message('第3条がありません', {place: {line: 12, column: 1}, ruleId: 'numbering-gap'})
  const joined = file.message('断片を\n直前の条項につなげました', {place: {start: {line: 4, column: 3}, end: {line: 4, column: 9}}, ruleId: 'fragment-joined'})
  joined.fatal = undefined
  gap.fatal = true
  const bare = file.message('全体の注意', {ruleId: 'whole'})

  it('prints path:line:col  level  message  ruleId in document order, in Japanese', () => {
    expect(renderDiagnostics(file.messages)).toEqual([
      'terms.md:1:1  警告  全体の注意  whole',
      'terms.md:4:3  情報  断片を 直前の条項につなげました  fragment-joined',
      'terms.md:12:1  エラー  第3条がありません  numbering-gap'
    ])
  })

  it('uses English level names with lang en, and the given path when a message has none', () => {
    const loose = new VFile()
    loose.message('x', {place: {line: 2, column: 5}})
    expect(renderDiagnostics(loose.messages, {lang: 'en', path: 'stdin'})).toEqual(['stdin:2:5  warning  x'])
    expect(renderDiagnostics(file.messages, {lang: 'en'})[2]).toBe('terms.md:12:1  error  第3条がありません  numbering-gap')
  })

  it('counts levels', () => {
    expect([gap, joined, bare].map(levelOf)).toEqual(['error', 'info', 'warning'])
    expect(summarizeDiagnostics(file.messages)).toBe('エラー 1 件、警告 1 件、情報 1 件')
    expect(summarizeDiagnostics(file.messages, 'en')).toBe('1 error, 1 warning, 1 info')
    expect(summarizeDiagnostics([], 'ja')).toBe('エラー 0 件、警告 0 件、情報 0 件')
    expect(summarizeDiagnostics([], 'en')).toBe('0 errors, 0 warnings, 0 info')
  })
})

import {describe, expect, it} from 'vitest'
import {parse} from '../parse/index.js'
import {nameResolver, readDocumentNames} from './document-names.js'
import {readDocumentExclusions, resolveDocumentExclusions} from './document-exclusions.js'

// the names read as documents whether or not an upstream has them (甲SLA-like names wait for a title)
const names = (sentence: string) =>
  readDocumentExclusions(parse(`第1条（適用）\n${sentence}\n`).tree)
    .filter((exclusion) => !exclusion.onlyIfGiven)
    .map((exclusion) => exclusion.reference.raw)

describe('readDocumentExclusions', () => {
  it('reads a document named as the subject or the object of 適用しない', () => {
    expect(names('オプション規程は、本サービスには適用しません。')).toEqual(['オプション規程'])
    expect(names('本サービスには、『ソラ録音規程』を適用しない。')).toEqual(['ソラ録音規程'])
    expect(names('甲約款の規定は、本サービスには適用されないものとします。')).toEqual(['甲約款'])
    expect(names('当社はアオバ光オプション規程を適用しません。')).toEqual(['アオバ光オプション規程'])
    expect(names('オプション規程は、本サービスにおいては 適用しません。')).toEqual(['オプション規程'])
  })

  it('reads several names joined by 及び, 、 or ・, and 適用はありません', () => {
    expect(names('甲規程及び乙規程の適用はありません。')).toEqual(['甲規程', '乙規程'])
    expect(names('「アオバ光 基本約款」・「アオバ光 オプション規程」及び丙規程は、いずれも適用しません。')).toEqual(['アオバ光 基本約款', 'アオバ光 オプション規程', '丙規程'])
  })

  it('keeps a name that runs from a particle, and its の (resolution tries the part after it)', () => {
    expect(names('契約者に対しては提供元のオプション規程は適用しません。')).toEqual(['提供元のオプション規程'])
  })

  it('reads nothing where clauses are named, the provisions are pointed back at, or a condition limits the statement', () => {
    expect(names('基本約款第３条から第５条までの規定は、本サービスには準用しない。')).toEqual([])
    expect(names('オプション規程第４条第２号に掲げるオプションは、本サービスでは提供せず、これらの規定は適用されないものとする。')).toEqual([])
    expect(names('前項の規定は適用しません。')).toEqual([])
    expect(names('本約款は、次の場合には適用しません。')).toEqual([])
    expect(names('提供元約款は、本約款に定めがある事項については適用しません。')).toEqual([])
    expect(names('消費者契約法の規定は適用しない。')).toEqual([])
    expect(names('「甲オプション」は適用しません。')).toEqual([])
  })

  it('takes a name the reseller defined even without a 約款/規程 ending', () => {
    const tree = parse('第1条（適用）\n当社は、「ソラPBX 追加機能規程」（以下「追加機能」といいます。）を定めます。\n2 追加機能は、本サービスには適用しません。\n').tree
    expect(readDocumentExclusions(tree).map((exclusion) => [exclusion.reference.raw, exclusion.onlyIfGiven])).toEqual([['追加機能', true]])
    expect(readDocumentExclusions(tree, readDocumentNames(tree)).map((exclusion) => [exclusion.reference.raw, exclusion.statedIn?.label])).toEqual([['追加機能', '第1条第2項']])
  })
})

describe('resolveDocumentExclusions', () => {
  const upstream = (title: string, path: string) => ({tree: parse(`${title}\n\n第1条（目的）\n目的です。\n`).tree, path})
  const upstreams = [upstream('アオバ光 基本約款', 'kihon.md'), upstream('アオバ光 オプション規程', 'option.md')]
  const resolve = (sentence: string) =>
    resolveDocumentExclusions(readDocumentExclusions(parse(`第1条（適用）\n${sentence}\n`).tree), upstreams, nameResolver(upstreams, [])).map((exclusion) => [
      exclusion.reference.raw,
      exclusion.target?.document,
      exclusion.target?.clause
    ])

  it('targets the root of the document the name stands for, trying the part after の', () => {
    expect(resolve('アオバ光 オプション規程は、本サービスには適用しません。')).toEqual([['アオバ光 オプション規程', 1, 'doc']])
    expect(resolve('契約者に対しては提供元のオプション規程は適用しません。')).toEqual([['提供元のオプション規程', 1, 'doc']])
  })

  it('leaves a document that was not given without a target, and without a problem', () => {
    const [exclusion] = resolveDocumentExclusions(readDocumentExclusions(parse('第1条（適用）\nアオバ光 防犯規程は、適用しません。\n').tree), upstreams, nameResolver(upstreams, []))
    expect(exclusion).toMatchObject({whole: true, reference: {raw: 'アオバ光 防犯規程', article: ''}})
    expect(exclusion.target).toBeUndefined()
    expect(exclusion.problem).toBeUndefined()
  })
})

describe('a name that is only an upstream title', () => {
  const upstreams = [{tree: parse('甲基本規約\n\n第1条（目的）\n目的です。\n').tree, path: 'kihon.md'}, {tree: parse('甲SLA\n\n第1条（返金）\n返金します。\n').tree, path: 'sla.md'}]
  const resolve = (sentence: string) =>
    resolveDocumentExclusions(readDocumentExclusions(parse(`第1条（適用）\n${sentence}\n`).tree), upstreams, nameResolver(upstreams, [])).map((exclusion) => [exclusion.reference.raw, exclusion.target?.document])

  it('excludes the upstream whose title it is, also in quotes or with an aside', () => {
    expect(resolve('甲SLAは、本サービスには適用しません。')).toEqual([['甲SLA', 1]])
    expect(resolve('「甲SLA」は適用しません。')).toEqual([['甲SLA', 1]])
    expect(resolve('甲SLA（サービス品質保証制度）は、適用しません。')).toEqual([['甲SLA', 1]])
  })

  it('drops it when no upstream has that title, and never matches a word inside a title', () => {
    expect(resolve('乙SLAは、本サービスには適用しません。')).toEqual([])
    expect(resolve('なお、SLAは適用しません。')).toEqual([])
  })

  it('reads nothing from the lead of a list of clauses', () => {
    expect(names('乙約款のうち、次に掲げる規定は、本サービスには適用しない。')).toEqual([])
  })
})

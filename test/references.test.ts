import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {compact, ownText, parse} from '../src/parse/index.js'
import {collectReferences, findReferences, resolveReference, traceReference, type Reference, type Step} from '../src/parse/references.js'
import {treeIndex} from '../src/parse/tree.js'
import {available} from './helpers/requires.js'

const seedPath = new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url)
const lawsDir = new URL('../../shared/egov-laws/', import.meta.url)

/** A path without offsets, for comparing. */
function shape(path: Step[]): Array<Omit<Step, 'span'>> {
  return path.map(({span: _span, ...step}) => step)
}

function one(text: string): Reference {
  const refs = findReferences(text)
  expect(refs, text).toHaveLength(1)
  return refs[0]
}

describe('findReferences: absolute forms', () => {
  it.each([
    ['第9条の規定', '第9条', [{level: 'article', num: '9'}]],
    ['第6条の2に定める', '第6条の2', [{level: 'article', num: '6-2'}]],
    ['第十二条の三の規定', '第十二条の三', [{level: 'article', num: '12-3'}]],
    ['第百三条の二第一項', '第百三条の二第一項', [{level: 'article', num: '103-2'}, {level: 'paragraph', num: '1'}]],
    ['第６条第２項により', '第６条第２項', [{level: 'article', num: '6'}, {level: 'paragraph', num: '2'}]],
    ['第6条第3項第4号に', '第6条第3項第4号', [{level: 'article', num: '6'}, {level: 'paragraph', num: '3'}, {level: 'item', num: '4'}]],
    ['第6条第3項(4)に', '第6条第3項(4)', [{level: 'article', num: '6'}, {level: 'paragraph', num: '3'}, {level: 'item', num: '4'}]],
    ['第6条第3項（４）に', '第6条第3項（４）', [{level: 'article', num: '6'}, {level: 'paragraph', num: '3'}, {level: 'item', num: '4'}]],
    ['、第2項の場合', '第2項', [{level: 'paragraph', num: '2'}]],
    ['は第三号に掲げる', '第三号', [{level: 'item', num: '3'}]]
  ])('%s', (text, raw, path) => {
    const ref = one(text)
    expect(ref.raw).toBe(raw)
    expect(ref.kind).toBe('absolute')
    expect(shape(ref.path)).toEqual(path)
  })

  it('reads a caption, spaces inside the number, and the paragraph after the caption', () => {
    const ref = one('または第 11 条（当社が行う利用契約の解除）第 1 項に基づき')
    expect(ref.raw).toBe('第 11 条（当社が行う利用契約の解除）第 1 項')
    expect(ref.caption).toBe('当社が行う利用契約の解除')
    expect(shape(ref.path)).toEqual([{level: 'article', num: '11'}, {level: 'paragraph', num: '1'}])
  })

  it('takes no bracket for a caption that is a note (第三項を除く) or an item number', () => {
    const refs = findReferences('第八十六条（第三項を除く。）の規定')
    expect(refs.map((r) => r.raw)).toEqual(['第八十六条', '第三項'])
    expect(refs[0].caption).toBeUndefined()
    // The bare 第三項 inside the bracket belongs to the article just cited.
    expect(shape(refs[1].path)).toEqual([{level: 'article', num: '86', carried: true}, {level: 'paragraph', num: '3'}])
    expect(one('第3条(1)の').caption).toBeUndefined()
  })

  it('gives the offsets of each number for renumbering', () => {
    const text = '当社は第 19 条（反社会的勢力の排除に対する表明保証）第 2 項に基づき'
    const ref = one(text)
    const [article, paragraph] = ref.path
    expect(text.slice(article.span!.start, article.span!.end)).toBe('19')
    expect(text.slice(paragraph.span!.start, paragraph.span!.end)).toBe('2')
    expect(ref.position.start.offset).toBe(3)
    expect(ref.position.end.offset).toBe(3 + ref.raw.length)
  })
})

describe('findReferences: relative forms', () => {
  it.each([
    ['前条に定めるほか', [{level: 'article', rel: 'previous'}]],
    ['次条の規定', [{level: 'article', rel: 'next'}]],
    ['本条において', [{level: 'article', rel: 'this'}]],
    ['前項の規定', [{level: 'paragraph', rel: 'previous'}]],
    ['次項に', [{level: 'paragraph', rel: 'next'}]],
    ['本項の', [{level: 'paragraph', rel: 'this'}]],
    ['前2項の規定', [{level: 'paragraph', rel: 'previous', count: 2}]],
    ['前 2 項による', [{level: 'paragraph', rel: 'previous', count: 2}]],
    ['前二項の', [{level: 'paragraph', rel: 'previous', count: 2}]],
    ['前各項の', [{level: 'paragraph', rel: 'previous', count: 'all'}]],
    ['前号の', [{level: 'item', rel: 'previous'}]],
    ['次号に', [{level: 'item', rel: 'next'}]],
    ['前各号に掲げる', [{level: 'item', rel: 'previous', count: 'all'}]],
    ['次の各号のいずれか', [{level: 'item', count: 'all'}]],
    ['前条第2項の', [{level: 'article', rel: 'previous'}, {level: 'paragraph', num: '2'}]],
    ['前項第1号の', [{level: 'paragraph', rel: 'previous'}, {level: 'item', num: '1'}]],
    ['前項各号の', [{level: 'paragraph', rel: 'previous'}, {level: 'item', count: 'all'}]]
  ])('%s', (text, path) => {
    const ref = one(text)
    expect(ref.kind).toBe('relative')
    expect(shape(ref.path)).toEqual(path)
  })

  it('points 同条 / 同項 / 同号 back at what was cited before', () => {
    const refs = findReferences('第5条第2項の規定により、同条第3項及び同項第1号を準用し、同号の')
    expect(refs.map((r) => r.raw)).toEqual(['第5条第2項', '同条第3項', '同項第1号', '同号'])
    expect(shape(refs[1].antecedent!.path)).toEqual([{level: 'article', num: '5'}])
    // 同項 follows 同条第3項, so it is 第5条第3項.
    expect(shape(refs[2].antecedent!.path)).toEqual([{level: 'article', num: '5'}, {level: 'paragraph', num: '3'}])
    expect(shape(refs[3].antecedent!.path)).toEqual([{level: 'article', num: '5'}, {level: 'paragraph', num: '3'}, {level: 'item', num: '1'}])
  })

  it('leaves 同条 without an antecedent when nothing was cited', () => {
    expect(one('同条の規定').antecedent).toBeUndefined()
  })
})

describe('findReferences: ranges and lists', () => {
  it.each(['第3条から第5条まで', '第3条ないし第5条', '第3条〜第5条', '第3条～第5条'])('%s is a range', (text) => {
    const refs = findReferences(text + 'の規定')
    expect(refs.map((r) => r.series?.role)).toEqual(['from', 'to'])
    expect(refs[0].series!.id).toBe(refs[1].series!.id)
    expect(refs.map((r) => r.path[0].num)).toEqual(['3', '5'])
  })

  it('a list of articles', () => {
    const refs = findReferences('第3条、第5条及び第7条の規定')
    expect(refs.map((r) => r.raw)).toEqual(['第3条', '第5条', '第7条'])
    expect(new Set(refs.map((r) => r.series?.id)).size).toBe(1)
    expect(refs.every((r) => r.series?.role === 'member')).toBe(true)
  })

  it('carries the article over to a later member (第N条第1項又は第2項)', () => {
    const refs = findReferences('第8条第1項又は第2項に')
    expect(refs.map((r) => r.raw)).toEqual(['第8条第1項', '第2項'])
    expect(shape(refs[1].path)).toEqual([{level: 'article', num: '8', carried: true}, {level: 'paragraph', num: '2'}])
  })

  it('a range of items below an article', () => {
    const refs = findReferences('第30条の7第1号から第5号までに規定する')
    expect(refs.map((r) => shape(r.path))).toEqual([
      [{level: 'article', num: '30-7'}, {level: 'item', num: '1'}],
      [{level: 'article', num: '30-7', carried: true}, {level: 'item', num: '5'}]
    ])
  })

  it('goes on past named sub-items: 第三十一条第二項第一号イ及びロ並びに第二号', () => {
    const refs = findReferences('特別措置法（平成十一年法律第百五号）第三十一条第二項第一号イ及びロ並びに第二号に規定する事業')
    expect(refs.map((r) => [r.raw, r.document])).toEqual([
      ['第三十一条第二項第一号', '特別措置法'],
      ['第二号', '特別措置法']
    ])
    expect(shape(refs[1].path).map((s) => s.num)).toEqual(['31', '2', '2'])
  })

  it('goes on across a bracket: 第十条第一項（…）及び第二項', () => {
    const refs = findReferences('第十条第一項（指定証の返納に係る経由）及び第二項（指定証の提出に係る経由）の規定')
    expect(refs.map((r) => r.raw)).toEqual(['第十条第一項', '第二項'])
    expect(refs[1].path[0]).toEqual({level: 'article', num: '10', carried: true})
  })
})

describe('findReferences: appendices', () => {
  it.each([
    ['下記「別記」に定める', '別記', {level: 'appendix', appendix: '別記'}],
    ['別紙読替え表を参照する', '別紙読替え表', {level: 'appendix', appendix: '別紙', title: '読替え表'}],
    ['別表第2に掲げる', '別表第2', {level: 'appendix', appendix: '別表', num: '2'}],
    ['別表２に掲げる', '別表２', {level: 'appendix', appendix: '別表', num: '2'}],
    ['別表第一の上欄', '別表第一', {level: 'appendix', appendix: '別表', num: '1'}],
    ['附則に定める', '附則', {level: 'appendix', appendix: '附則'}]
  ])('%s', (text, raw, step) => {
    const ref = one(text)
    expect(ref.kind).toBe('appendix')
    expect(ref.raw).toBe(raw)
    expect(shape(ref.path)).toEqual([step])
  })

  it('an article of the supplementary provisions', () => {
    expect(shape(one('附則第2条の規定').path)).toEqual([{level: 'appendix', appendix: '附則'}, {level: 'article', num: '2'}])
  })
})

describe('findReferences: external references', () => {
  it('reads a document joined to its article by の, but not a word that names no document', () => {
    expect(findReferences('本約款の第8条に定めるとおり').map((r) => r.kind)).toEqual(['absolute'])
    expect(findReferences('契約の第8条に定めるとおり').map((r) => r.kind)).toEqual(['absolute'])
  })

  it('reads the seed 第4条第2項: two quoted citations of 個別規程, items and option names', () => {
    const text =
      '当社は、特定協定事業者約款、個別規程「第3条（利用資格）(1)」および、「第7条（オプションサービス）(2) アーカイブオプション、(3) DOX 連携オプション、(5) メールボックスオプション」は適用しません。'
    const refs = findReferences(text)
    expect(refs.every((r) => r.kind === 'external' && r.document === '個別規程')).toBe(true)
    expect(refs.map((r) => [r.raw, shape(r.path).map((s) => s.num).join('/'), r.caption, r.name])).toEqual([
      ['第3条（利用資格）(1)', '3/1', '利用資格', undefined],
      ['第7条（オプションサービス）(2)', '7/2', 'オプションサービス', 'アーカイブオプション'],
      ['(3)', '7/3', undefined, 'DOX 連携オプション'],
      ['(5)', '7/5', undefined, 'メールボックスオプション']
    ])
  })

  it.each([
    ['特定協定事業者約款第5条に従う', '特定協定事業者約款'],
    ['民法第90条の規定', '民法'],
    ['厚生年金保険法附則第十条の規定', '厚生年金保険法'],
    ['地方自治法（昭和二十二年法律第六十七号）第二条第九項', '地方自治法'],
    ['施行令（以下単に令といふ）第八条第二項', '施行令'],
    ['私的独占の禁止及び公正取引の確保に関する法律第二条', '私的独占の禁止及び公正取引の確保に関する法律'],
    ['共済組合法第九十条の規定', '共済組合法'],
    ['提供元約款の第8条は、適用しません', '提供元約款']
  ])('%s names %s', (text, document) => {
    const refs = findReferences(text)
    expect(refs[0].kind).toBe('external')
    expect(refs[0].document).toBe(document)
  })

  it('carries the document over a list and to 同法', () => {
    const refs = findReferences('民法第90条及び第91条並びに同法第95条')
    expect(refs.map((r) => [r.raw, r.document])).toEqual([
      ['第90条', '民法'],
      ['第91条', '民法'],
      ['第95条', '民法']
    ])
  })

  it('本約款 and この規程 are the document itself', () => {
    expect(one('本約款第5条に定める').kind).toBe('absolute')
    expect(one('この規程第5条に定める').kind).toBe('absolute')
  })
})

describe('findReferences: what is not a reference', () => {
  it.each([
    '事前条件を満たす',
    '基本条項を定める',
    '日本条約',
    '東京地方裁判所を第一審の専属的合意管轄裁判所とします',
    '第1表 特定協定事業者約款中の表記の読替え',
    '特別記載事項',
    '別表示する',
    '第一号法定受託事務とする',
    '昭和二十二年法律第五十四号',
    '様式第1号による',
    '法令の制定改廃'
  ])('%s', (text) => {
    expect(findReferences(text)).toEqual([])
  })

  it('wording quoted to be read differently is text, not a reference', () => {
    const refs = findReferences('同法第十九条の十二中「第十九条の三第十項」とあるのは「第二十条第七項」と読み替える')
    expect(refs.map((r) => r.raw)).toEqual(['第十九条の十二'])
  })

  it('第5条の一部 has no branch number', () => {
    expect(shape(one('第5条の一部を改正する').path)).toEqual([{level: 'article', num: '5'}])
  })
})

describe('findReferences: positions', () => {
  it('counts lines and columns from the start of the text, offsets from baseOffset', () => {
    const refs = findReferences('一行目\n二行目の前条と\r\n第3条', 100)
    expect(refs.map((r) => [r.raw, r.position.start.line, r.position.start.column, r.position.start.offset])).toEqual([
      ['前条', 2, 5, 108],
      ['第3条', 3, 1, 113]
    ])
  })
})

describe('collectReferences and resolveReference on the seed', () => {
  const {tree} = parse(readFileSync(seedPath, 'utf8'))
  const refs = collectReferences(tree)

  it('resolves every internal reference of the seed to its target', () => {
    const internal = refs.filter((r) => r.kind !== 'external')
    const listed = internal.map((r) => [r.source, r.raw, resolveReference(r, tree)])
    expect(listed).toEqual([
      ['art_3__para_1', '別記', ['annex_1']],
      ['art_3__para_1', '別紙読替え表', ['annex_2']],
      ['art_6__para_3', '前2項', ['art_6__para_1', 'art_6__para_2']],
      ['art_6__para_4', '前項', ['art_6__para_3']],
      ['art_9__para_1', '第 10 条（契約者が行う利用契約の解除）', ['art_10']],
      ['art_9__para_1', '第 11 条（当社が行う利用契約の解除）第 1 項', ['art_11__para_1']],
      ['art_9__para_1', '第 19 条（反社会的勢力の排除に対する表明保証）第 2 項', ['art_19__para_2']],
      ['art_9__para_2', '前項', ['art_9__para_1']],
      ['art_10__para_2', '前項', ['art_10__para_1']],
      ['art_11__para_2', '各号', Array.from({length: 8}, (_, i) => `art_11__para_2__item_${i + 1}`)],
      ['art_11__para_3', '前 2 項', ['art_11__para_1', 'art_11__para_2']],
      ['art_13__para_2', '前項', ['art_13__para_1']],
      ['art_16__para_1', '前条', ['art_15']],
      ['art_19__para_2', '各号', Array.from({length: 6}, (_, i) => `art_19__para_2__item_${i + 1}`)]
    ])
    // 第9条's three titled references carry the captions of their targets.
    expect(internal.filter((r) => r.caption).map((r) => r.caption)).toEqual([
      '契約者が行う利用契約の解除',
      '当社が行う利用契約の解除',
      '反社会的勢力の排除に対する表明保証'
    ])
  })

  it('places references at their line and column in the document', () => {
    const at = (raw: string) => refs.find((r) => r.raw === raw)!.position
    expect(at('前条').start).toEqual({line: 134, column: 1, offset: expect.any(Number)})
    expect(at('前 2 項').start).toMatchObject({line: 95, column: 5})
    const text = readFileSync(seedPath, 'utf8')
    for (const ref of refs) expect(text.slice(ref.position.start.offset, ref.position.end.offset)).toBe(ref.raw)
  })

  it('finds the same references at the same lines and columns in a CRLF copy', () => {
    const text = readFileSync(seedPath, 'utf8')
    const where = (source: string) => collectReferences(parse(source).tree).map((r) => [r.raw, r.position.start.line, r.position.start.column, r.position.end.line])
    expect(where(text.replace(/\n/g, '\r\n'))).toEqual(where(text))
  })

  it('joins a reference that a line break cut in two', () => {
    const text = ['第1条（目的）', 'この約款の適用は、第2', '条に定めるとおりとします。', '第2条（定義）', '用語は次のとおりとします。'].join('\n')
    const [ref] = collectReferences(parse(text).tree)
    expect(ref.raw).toBe('第2条')
    expect(ref.position.start).toMatchObject({line: 2, column: 10})
    expect(ref.position.end).toMatchObject({line: 3, column: 2})
    expect(resolveReference(ref, parse(text).tree)).toEqual(['art_2'])
  })

  it('classifies 第4条第2項 as external to 個別規程 and never resolves it against the seed', () => {
    const external = refs.filter((r) => r.kind === 'external')
    expect(external.map((r) => [r.source, r.document, r.raw])).toEqual([
      ['art_4__para_2', '個別規程', '第3条（利用資格）(1)'],
      ['art_4__para_2', '個別規程', '第7条（オプションサービス）(2)'],
      ['art_4__para_2', '個別規程', '(3)'],
      ['art_4__para_2', '個別規程', '(5)']
    ])
    for (const ref of external) {
      expect(resolveReference(ref, tree)).toEqual([])
      expect(traceReference(ref, tree).problem).toEqual({type: 'external'})
    }
  })
})

describe('external references of the seed, read in the document they name', () => {
  it('第4条第2項 resolves to items of the stand-in 個別規程, whose text carries the quoted names', () => {
    const seed = parse(readFileSync(seedPath, 'utf8')).tree
    const upstream = parse(readFileSync(new URL('../corpus/upstream/iij-secure-mx.md', import.meta.url), 'utf8')).tree
    expect(upstream.meta.title).toContain('個別規程')
    const external = collectReferences(seed).filter((r) => r.kind === 'external')
    // Taken as a plain path in the upstream tree (no source clause: nothing relative in it).
    const targets = external.map((r) => resolveReference({...r, kind: 'absolute', document: undefined, source: undefined}, upstream))
    expect(targets).toEqual([['art_3__para_1__item_1'], ['art_7__para_1__item_2'], ['art_7__para_1__item_3'], ['art_7__para_1__item_5']])
    const {byId} = treeIndex(upstream)
    for (const [i, ref] of external.entries()) {
      if (ref.name === undefined) continue
      expect(compact(ownText(byId.get(targets[i][0])!))).toContain(compact(ref.name))
    }
  })
})

describe('traceReference: why a reference does not resolve', () => {
  const text = [
    '第1条（目的）',
    '前項の規定により、前条に定める。',
    '2 前3項に定める。次条に定める。',
    '第2条（定義）',
    '同条の規定は、第2条第5項及び第9条による。前号に定める。同条に定める。',
    '(1) 前号に掲げる。',
    '(2) 前各号のほか、第1号による。'
  ].join('\n')
  const {tree} = parse(text)
  const refs = collectReferences(tree)
  const problems = refs.map((r) => [r.raw, traceReference(r, tree).problem ?? resolveReference(r, tree)])

  it('names the reason for each', () => {
    expect(problems).toEqual([
      ['前項', expect.objectContaining({type: 'relative', reason: 'first'})],
      ['前条', expect.objectContaining({type: 'relative', reason: 'first'})],
      ['前3項', expect.objectContaining({type: 'relative', reason: 'too-few', available: 1})],
      ['次条', ['art_2']],
      // 同条 opening 第2条 has nothing cited before it in its own article: 第1条's 次条 is not its antecedent
      ['同条', expect.objectContaining({type: 'relative', reason: 'no-antecedent'})],
      ['第2条第5項', {type: 'missing', level: 'paragraph', num: '5', within: ['art_2']}],
      ['第9条', {type: 'missing', level: 'article', num: '9', within: []}],
      ['前号', expect.objectContaining({type: 'relative', reason: 'outside'})],
      // within its own article, 同条 points back at the 第9条 just cited
      ['同条', {type: 'missing', level: 'article', num: '9', within: []}],
      ['前号', expect.objectContaining({type: 'relative', reason: 'first'})],
      ['前各号', ['art_2__para_1__item_1']],
      ['第1号', ['art_2__para_1__item_1']]
    ])
  })
})

describe.skipIf(!available(lawsDir, 'the e-Gov statutes (../shared/egov-laws)'))('statutes in ../shared/egov-laws', () => {
  it('resolves at least 99% of the internal references of the 25 laws', () => {
    let internal = 0
    let unresolved = 0
    let external = 0
    for (const name of readdirSync(lawsDir).filter((f) => f.endsWith('.txt'))) {
      const {tree} = parse(readFileSync(join(lawsDir.pathname, name), 'utf8'))
      for (const ref of collectReferences(tree)) {
        if (ref.kind === 'external') {
          external++
          continue
        }
        internal++
        if (resolveReference(ref, tree).length === 0) unresolved++
      }
    }
    expect(internal).toBeGreaterThan(1500)
    expect(external).toBeGreaterThan(500)
    expect(unresolved / internal).toBeLessThan(0.01)
  })
})


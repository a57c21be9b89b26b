// The editorial view: which differences vanish (width, spacing, ヶ/か, okurigana, kana/kanji,
// punctuation), that offsets still point into the source, and — on random editorial edits
// of the seed's sentences — that such edits are never classified above low.
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {classifyPair} from '../src/diff/classify.js'
import {editorialKey, editorialKind, editorialView} from '../src/diff/editorial.js'
import {charDiff, tokenDiff} from '../src/diff/tokens.js'
import {fakeTokenizer} from './helpers/fake-tokenizer.js'

describe('editorialKind names the stage that removes a difference', () => {
  test.each([
    ['翌月 1 日', '翌月1日', 'spacing'],
    ['翌月１日', '翌月1日', 'width'],
    ['２ヶ月', '2か月', 'counter'],
    ['3ヵ月', '3箇月', 'counter'],
    ['5ケ所', '5か所', 'counter'],
    ['一月前', '一か月前', 'counter'],
    ['申し立て', '申立て', 'okurigana'],
    ['支払い', '支払', 'okurigana'],
    ['取消し', '取り消し', 'okurigana'],
    ['受け付けた', '受付けた', 'okurigana'],
    ['出来ません', 'できません', 'kana'],
    ['又は', 'または', 'kana'],
    ['及び', 'および', 'kana'],
    ['並びに', 'ならびに', 'kana'],
    ['本規約に従い', '本規約にしたがい', 'kana'],
    ['申込みに当たり', '申込みにあたり', 'kana'],
    ['概ね且つ', 'おおむねかつ', 'kana'],
    ['サーバー', 'サーバ', 'kana'],
    ['住所等の情報', '住所などの情報', 'kana'],
    ['とき', 'とき。', 'punctuation'],
    ['A，B', 'A、B', 'punctuation']
  ])('%s / %s → %s', (a, b, kind) => {
    expect(editorialKind(a, b)).toBe(kind)
    expect(editorialKey(a)).toBe(editorialKey(b))
  })

  test.each([
    ['2か月', '3か月'],
    ['または', 'および'],
    ['契約者', '当社'],
    ['できます', 'できません'],
    ['に限り取り消す', 'に取り消す'],
    ['1.5%', '15%'],
    ['同等の品質', '同などの品質']
  ])('%s / %s are not editorial', (a, b) => {
    expect(editorialKind(a, b)).toBeUndefined()
  })

  test('identical texts have no kind', () => {
    expect(editorialKind('同じ', '同じ')).toBeUndefined()
  })
})

test('the view maps each character back to where it came from', () => {
  const source = '当社 又は 契約者は、その 2 ヶ月前までに申し立てる'
  const view = editorialView(source)
  expect(view.text).toBe('当社または契約者は、その2か月前までに申立る')
  expect(view.map).toHaveLength(view.text.length + 1)
  const at = (needle: string) => source.slice(view.map[view.text.indexOf(needle)], view.map[view.text.indexOf(needle) + needle.length - 1] + 1)
  expect(at('契約者')).toBe('契約者')
  expect(at('2か月')).toBe('2 ヶ月')
  expect(view.map.at(-1)).toBe(source.length)
})

const seed = readFileSync(new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url), 'utf8')
const sentences = seed
  .split(/\n+/)
  .flatMap((line) => line.split(/(?<=。)/))
  .map((s) => s.trim())
  .filter((s) => s.length >= 10 && /[ぁ-ん]/.test(s))

// Each edit rewrites one editorial variant into another.
const edits: Array<(text: string) => string> = [
  (t) => t.replace(/又は/g, 'または'),
  (t) => t.replace(/または/g, '又は'),
  (t) => t.replace(/及び/g, 'および'),
  (t) => t.replace(/および/g, '及び'),
  (t) => t.replace(/申し立て/g, '申立て'),
  (t) => t.replace(/支払い/g, '支払'),
  (t) => t.replace(/取消し/g, '取り消し'),
  (t) => t.replace(/出来/g, 'でき'),
  (t) => t.replace(/ヶ月/g, 'か月'),
  (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  (t) => t.replace(/ /g, ''),
  (t) => t.replace(/、/g, '，'),
  (t) => t.replace(/([^\s])(?=[0-9])/g, '$1 ')
]

test('random editorial edits of the seed are never classified above low', () => {
  expect(sentences.length).toBeGreaterThan(50)
  fc.assert(
    fc.property(fc.constantFrom(...sentences), fc.subarray(edits.map((_, i) => i), {minLength: 1}), (sentence, chosen) => {
      let edited = sentence
      for (const i of chosen) edited = edits[i](edited)
      expect(editorialKey(edited)).toBe(editorialKey(sentence))
      const diff = editorialKey(edited) === editorialKey(sentence) ? charDiff(sentence, edited) : tokenDiff(sentence, edited, fakeTokenizer)
      for (const finding of classifyPair(sentence, edited, diff)) expect(finding.severity).toBe('low')
    }),
    {numRuns: 300, seed: 20250401}
  )
})

test('the key (made without offsets) is the view without 、 and 。, for every line of the seed and its variants', () => {
  const lines = [...seed.split('\n'), ...readFileSync(new URL('fixtures/diff/editorial.md', import.meta.url), 'utf8').split('\n')]
  for (const line of lines) expect(editorialKey(line)).toBe(editorialView(line).text.replace(/[、。]/g, ''))
})

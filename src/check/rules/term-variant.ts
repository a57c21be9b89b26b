// term-variant: one name spelt two ways in one document — アドバンスドアーカイブ against
// アドバンストアーカイブ, メーリングリスト against メールリングリスト. Katakana names are
// compared in the compact view (spaces and widths ignored); two count as one name when
// they are long and differ by one kana that sounds alike: a voicing mark (ト/ド), a small
// kana (ツ/ッ), a long-vowel mark, or a kana of the same row doubled (メー(ル)リング).
// The spelling used less often is reported, at its first occurrence.
import {compactWithMap} from '../../parse/normalize.js'
import {leafPoint} from '../../parse/references.js'
import type {Document, Parent, Point} from '../../parse/types.js'
import {clauseLabel} from '../../parse/citation.js'
import type {Rule} from '../types.js'

/** Shorter names differ by one kana too often to be the same name (プラン/プラント). */
const minLength = 6
const katakanaRun = /[ァ-ヺー]+/g
// A leaf that cannot hold such a name, even with spaces inside it, is not looked at further.
const enoughKana = new RegExp(`(?:[ァ-ヺー]\\s*){${minLength}}`)
const rows = ['アイウエオ', 'カキクケコ', 'サシスセソ', 'タチツテト', 'ナニヌネノ', 'ハヒフヘホ', 'マミムメモ', 'ヤユヨ', 'ラリルレロ', 'ワヰヱヲ', 'ン']
const small: Record<string, string> = {ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ッ: 'ツ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ'}

interface Spelling {
  name: string
  count: number
  first: {start: Point; end: Point; clause: string}
}

export const termVariant: Rule = {
  id: 'term-variant',
  severity: 'warning',
  description: {
    ja: '同じ名称と思われるカタカナ語の表記ゆれ（濁点・小書き・長音・重ね書きの一字違い）',
    en: 'one katakana name spelt two ways (a voicing mark, small kana, long vowel or doubled kana apart)'
  },
  check({tree, report}) {
    const spellings = collect(tree)
    const byLength = new Map<number, Spelling[]>()
    for (const spelling of spellings.values()) {
      const list = byLength.get(spelling.name.length) ?? []
      list.push(spelling)
      byLength.set(spelling.name.length, list)
    }
    for (const [length, list] of byLength) {
      const candidates = [...list, ...(byLength.get(length + 1) ?? [])]
      for (const a of list) {
        for (const b of candidates) {
          if (b === a || (b.name.length === a.name.length && b.name < a.name) || !alike(a.name, b.name)) continue
          // The rarer spelling is the odd one out; on a tie, the one that appears later.
          const [odd, usual] = a.count !== b.count ? (a.count < b.count ? [a, b] : [b, a]) : (a.first.start.offset! > b.first.start.offset! ? [a, b] : [b, a])
          const where = clauseLabel(tree, usual.first.clause)
          report({
            message: {
              ja: `「${odd.name}」は「${usual.name}」（${where}など計${usual.count}箇所）の表記ゆれではありませんか`,
              en: `“${odd.name}” may be a variant spelling of “${usual.name}” (${where}, ${usual.count} occurrence${usual.count === 1 ? '' : 's'})`
            },
            position: {start: odd.first.start, end: odd.first.end},
            clause: odd.first.clause
          })
        }
      }
    }
  }
}

/** Every katakana name of at least minLength units, with its count and first place. */
function collect(tree: Document): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>()
  // A loop, not unist-util-visit: over a whole tree visit's per-node cost doubles the check time (npm run bench -- check).
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type !== 'text') {
        walk(child)
        continue
      }
      if (child.role === 'layout' || child.role === 'furniture' || child.role === 'num' || child.role === 'aside' || !enoughKana.test(child.value)) continue
      const view = compactWithMap(child.value)
      for (const m of view.text.matchAll(katakanaRun)) {
        const name = m[0]
        if (name.length < minLength) continue
        const known = spellings.get(name)
        if (known) {
          known.count++
          continue
        }
        const start = view.map[m.index!]
        const end = view.map[m.index! + name.length - 1] + 1
        spellings.set(name, {name, count: 1, first: {start: leafPoint(child, start), end: leafPoint(child, end), clause: node.id}})
      }
    }
  }
  walk(tree)
  return spellings
}

/** Two names one kana apart, where that kana sounds alike; never at the first kana. */
function alike(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = -1
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue
      if (diff >= 0) return false
      diff = i
    }
    return diff > 0 && base(a[diff]) === base(b[diff])
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (long.slice(i + 1) !== short.slice(i) || i === 0) return false
  const extra = long[i]
  if (extra === 'ー' || extra === 'ッ' || extra in small) return true
  // A kana of the same row as a neighbour, never a whole syllable added at the end.
  return i < short.length && (row(extra) === row(long[i + 1]) || row(extra) === row(long[i - 1]))
}

/** ド → ト, パ → ハ, ッ → ツ: the kana without voicing marks, full size. */
function base(kana: string): string {
  const plain = kana.normalize('NFD')[0]
  return small[plain] ?? plain
}

function row(kana: string): number {
  const plain = base(kana)
  return rows.findIndex((r) => r.includes(plain))
}

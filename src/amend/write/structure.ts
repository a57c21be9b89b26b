// Deleting, renumbering and adding clauses of one container in one sentence, in an order in
// which no number is ever held by two clauses: deletions first, then 繰上げ from the front,
// 繰下げ from the back, and the additions last, each named by the numbers it will then have.
//   第十七条を削り、第十六条を第十七条とし、第十条から第十五条までを一条ずつ繰り下げ、第九条の次に次の一条を加える。
//   第十一条第二項中第七号を削り、第八号を第七号とする。
//   第五条第三項を同条第四項とし、同条第二項の次に次の一項を加える。
import {compareNumbers as compare} from '../../parse/normalize.js'
import type {Numerals} from '../model.js'
import {articleName, itemName, numberIn, paragraphName} from '../numerals.js'
import {chain, type Part} from './sentence.js'

export type ListKind = 'article' | 'paragraph' | 'item'

export interface Addition {
  /** the new number of the clause the run follows; undefined at the front */
  after?: string
  /** the new number of the clause following the run (for a run at the front) */
  before?: string
  /** the run ends the container */
  atEnd: boolean
  count: number
}

export interface ListChanges {
  kind: ListKind
  /** the container's place: '' for the articles of the main provision, 附則 for its articles, 第五条 for paragraphs, 第十一条第二項 for items */
  parent: string
  /** the container is named by its article alone (an item list of a one-paragraph article) */
  parentIsArticle?: boolean
  deleted: string[]
  renumbered: Array<[string, string]>
  added: Addition[]
}

const units: Record<ListKind, string> = {article: '条', paragraph: '項', item: '号'}

/** The parts of the sentence, with the additions in order; each addition takes the block of its run. */
export function structureSentences(changes: ListChanges, numerals: Numerals): string[] {
  const unit = units[changes.kind]
  const name = (num: string) => (changes.kind === 'article' ? articleName(num, numerals) : changes.kind === 'paragraph' ? paragraphName(num, numerals) : itemName(num, numerals))
  let named = false
  // The first place of the sentence carries the container's name; the next ones refer back to it.
  const place = (num: string): string => {
    if (changes.kind === 'article') return changes.parent + name(num)
    if (changes.kind === 'paragraph') {
      const out = (named ? '同条' : changes.parent) + name(num)
      named = true
      return out
    }
    const out = (named ? '' : `${changes.parent}中`) + name(num)
    named = true
    return out
  }
  const container = (): string => {
    const out = named ? (changes.kind === 'item' && !changes.parentIsArticle ? '同項' : '同条') : changes.parent
    named = true
    return out
  }
  const parts: Part[] = []
  for (const num of changes.deleted) parts.push({words: `${place(num)}を`, verb: '削り'})
  const up = changes.renumbered.filter(([o, n]) => compare(n, o) < 0).sort((a, b) => compare(a[0], b[0]))
  const down = changes.renumbered.filter(([o, n]) => compare(n, o) > 0).sort((a, b) => compare(b[0], a[0]))
  for (const [moves, verb] of [
    [up, '繰り上げ'],
    [down, '繰り下げ']
  ] as const) {
    for (const run of runsOf(moves)) {
      const [first, ...rest] = run
      // A paragraph's new number is cited with its article (第五条第三項を同条第四項とし).
      const target = (num: string) => (changes.kind === 'paragraph' ? '同条' : '') + name(num)
      parts.push({words: `${place(first[0])}を${target(first[1])}`, verb: 'とし'})
      if (rest.length === 1) parts.push({words: `${place(rest[0][0])}を${target(rest[0][1])}`, verb: 'とし'})
      else if (rest.length > 1) {
        const [low, high] = verb === '繰り上げ' ? [rest[0][0], rest.at(-1)![0]] : [rest.at(-1)![0], rest[0][0]]
        const shift = `${numberIn(Math.abs(Number(rest[0][1]) - Number(rest[0][0])), numerals)}${unit}ずつ`
        // Two clauses are named side by side (第六条及び第七条), more as a range (第十条から第十五条まで).
        parts.push({words: `${place(low)}${rest.length === 2 ? '及び' : 'から'}${name(high)}${rest.length === 2 ? '' : 'まで'}を${shift}`, verb})
      }
    }
  }
  const sentences: string[] = []
  // A sentence of one part names the item in full: 第十一条第二項第三号を削る。
  const close = (list: Part[]) => chain(list.length === 1 && changes.kind === 'item' ? [{...list[0], words: list[0].words.replace(`${changes.parent}中`, changes.parent)}] : list)
  changes.added.forEach((addition, i) => {
    const where = addition.atEnd && changes.kind !== 'article' ? `${container()}に` : addition.after !== undefined ? `${place(addition.after)}の次に` : `${place(addition.before!)}の前に`
    parts.push({words: `${where}次の${numberIn(addition.count, numerals)}${unit}を`, verb: '加え'})
    // Each run of new clauses ends its sentence, since its block follows the sentence.
    sentences.push(close(parts.splice(0)))
    if (i + 1 < changes.added.length) named = false
  })
  if (parts.length > 0) sentences.push(close(parts))
  return sentences
}

/** Runs of moves by the same shift over consecutive numbers, in processing order. */
function runsOf(moves: ReadonlyArray<readonly [string, string]>): Array<Array<readonly [string, string]>> {
  const runs: Array<Array<readonly [string, string]>> = []
  for (const move of moves) {
    const run = runs.at(-1)
    const last = run?.at(-1)
    const simple = /^\d+$/.test(move[0]) && /^\d+$/.test(move[1])
    if (run && last && simple && /^\d+$/.test(last[0]) && /^\d+$/.test(last[1]) && Math.abs(Number(move[0]) - Number(last[0])) === 1 && Number(move[1]) - Number(move[0]) === Number(last[1]) - Number(last[0])) run.push(move)
    else runs.push([move])
  }
  return runs
}

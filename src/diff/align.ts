// Aligning two sequences (articles, paragraphs, items, rows, sentences) of one document's
// versions. Identical items anchor the alignment (jsdiff on their keys); the runs between
// anchors are paired by similarity, in order; what is left may pair across runs as a move.
// Long sequences that share few keys (an article inserted at the top renumbers every
// reference after it) are anchored once more on keys without numerals, so that no step
// compares every item with every other: the work stays linear in the number of items.
import {diffArrays} from 'diff'

export interface AlignOptions<T> {
  /** equal keys mean the items are the same (normalised text, without the number) */
  key(item: T): string
  /** 0 (nothing alike) … 1 (the same) */
  similarity(a: T, b: T): number
  /** the least similarity for two items to pair in order */
  threshold: number
  /** the least similarity for two items to pair out of order; omit to find no moves */
  moveThreshold?: number
  /** pair what is left of a run one to one when both sides have as many (sentences of one clause) */
  pairLeftovers?: boolean
}

/** One row of the alignment: a pair, an item only in the old sequence, or one only in the new. */
export interface Aligned {
  old?: number
  new?: number
  /** the keys are equal */
  exact: boolean
  /** paired out of order */
  moved: boolean
}

interface Run {
  olds: number[]
  news: number[]
}

/** The most edits the key diff looks for; beyond it the sequences are aligned without it. */
const maxEdits = 400
/** The most similarities one run (or the moves) may compute: as many as two runs of 400 items. */
export const maxCells = 160_000

/** A key with its numerals left out: 第3条に定める and 第4条に定める read alike. */
const numerals = /[0-9０-９〇一二三四五六七八九十百千]+/g
const looseKey = (key: string) => key.replace(numerals, '#')

/** jsdiff's parts of two key lists, or undefined when they differ in more than maxEdits places. */
function keyParts(olds: string[], news: string[]): Array<{count: number; added: boolean; removed: boolean}> | undefined {
  return diffArrays(olds, news, {maxEditLength: maxEdits}) ?? undefined
}

/** The alignment in reading order: new order, with removed items where they stood. */
export function align<T>(olds: T[], news: T[], options: AlignOptions<T>): Aligned[] {
  const oldKeys = olds.map(options.key)
  const newKeys = news.map(options.key)
  const inOrder: Array<[number, number, boolean]> = []
  const runs: Run[] = []
  const parts = keyParts(oldKeys, newKeys)
  if (parts) {
    let run: Run = {olds: [], news: []}
    let i = 0
    let j = 0
    parts.forEach((part, p) => {
      if (part.added) {
        for (let k = 0; k < part.count; k++) run.news.push(j++)
      } else if (part.removed) {
        for (let k = 0; k < part.count; k++) run.olds.push(i++)
      } else if (displaced(parts, p, run, i, j, (o, nw) => options.similarity(olds[o], news[nw]) >= options.threshold)) {
        // left in the run around it, to be paired by similarity with the rest
        for (let k = 0; k < part.count; k++) {
          run.olds.push(i++)
          run.news.push(j++)
        }
      } else {
        // an empty run pairs nothing, so it need not be left out
        runs.push(run)
        run = {olds: [], news: []}
        for (let k = 0; k < part.count; k++) inOrder.push([i++, j++, true])
      }
    })
    runs.push(run)
  } else {
    runs.push({olds: olds.map((_, k) => k), news: news.map((_, k) => k)})
  }

  const leftOld: number[] = []
  const leftNew: number[] = []
  for (const gap of runs) {
    const paired = pairInOrder(gap, olds, news, oldKeys, newKeys, options)
    const usedOld = new Set(paired.map((p) => p[0]))
    const usedNew = new Set(paired.map((p) => p[1]))
    const restOld = gap.olds.filter((o) => !usedOld.has(o))
    const restNew = gap.news.filter((n) => !usedNew.has(n))
    if (options.pairLeftovers && restOld.length === restNew.length && paired.length === 0) {
      restOld.forEach((o, k) => paired.push([o, restNew[k], false]))
    } else {
      leftOld.push(...restOld)
      leftNew.push(...restNew)
    }
    inOrder.push(...paired)
  }
  const moves = options.moveThreshold === undefined ? [] : pairMoves(leftOld, leftNew, olds, news, oldKeys, newKeys, options)
  return order(olds.length, news.length, inOrder, moves)
}

/**
 * A short block of equal items that parts clauses alike — removed before it, added after it, or
 * the reverse — looks moved: a section moved unchanged to the front would otherwise anchor there
 * and push every clause it passed, changed a little, out of order. Such a block stays in the
 * runs around it, where pairing by similarity weighs it against the clauses it would displace.
 * (`i`, `j`: where the block starts on each side.)
 */
function displaced(parts: Array<{count: number; added: boolean; removed: boolean}>, p: number, before: Run, i: number, j: number, alike: (o: number, n: number) => boolean): boolean {
  const count = parts[p].count
  if (count > 2) return false
  let olds = 0
  let news = 0
  for (let q = p + 1; q < parts.length && (parts[q].added || parts[q].removed); q++) {
    if (parts[q].added) news += parts[q].count
    else olds += parts[q].count
  }
  const after = (start: number, length: number) => Array.from({length: Math.min(length, 20)}, (_, k) => start + count + k)
  // only what lies beside the block is compared, a few items a side, so the check stays cheap
  const pairsAcross = (left: number[], right: number[], flip: boolean) =>
    left.slice(-20).some((x) => right.some((y) => (flip ? alike(y, x) : alike(x, y))))
  if (before.olds.length > before.news.length && news > olds) return pairsAcross(before.olds, after(j, news), false)
  if (before.news.length > before.olds.length && olds > news) return pairsAcross(before.news, after(i, olds), true)
  return false
}

/**
 * The in-order pairs of a run: by greatest total similarity when the run is small enough to
 * compare every item with every other; a longer one is first cut by the items whose keys
 * agree without numerals, and what is still too long is cut into stretches along its diagonal.
 */
function pairInOrder<T>(gap: Run, olds: T[], news: T[], oldKeys: string[], newKeys: string[], options: AlignOptions<T>): Array<[number, number, boolean]> {
  const n = gap.olds.length
  const m = gap.news.length
  if (n * m <= maxCells) return pairByScore(gap, olds, news, oldKeys, newKeys, options)
  const parts = keyParts(gap.olds.map((o) => looseKey(oldKeys[o])), gap.news.map((nw) => looseKey(newKeys[nw])))
  const out: Array<[number, number, boolean]> = []
  if (parts && parts.some((part) => !part.added && !part.removed)) {
    let run: Run = {olds: [], news: []}
    let i = 0
    let j = 0
    for (const part of parts) {
      if (part.added) {
        for (let k = 0; k < part.count; k++) run.news.push(gap.news[j++])
      } else if (part.removed) {
        for (let k = 0; k < part.count; k++) run.olds.push(gap.olds[i++])
      } else {
        out.push(...pairInOrder(run, olds, news, oldKeys, newKeys, options))
        run = {olds: [], news: []}
        for (let k = 0; k < part.count; k++) {
          const [o, nw] = [gap.olds[i++], gap.news[j++]]
          if (oldKeys[o] === newKeys[nw]) out.push([o, nw, true])
          else if (options.similarity(olds[o], news[nw]) >= options.threshold) out.push([o, nw, false])
        }
      }
    }
    out.push(...pairInOrder(run, olds, news, oldKeys, newKeys, options))
    return out
  }
  // No anchors: stretches of about equal share of both sides, each paired by score.
  const stretches = Math.ceil(Math.max(n, m) / Math.sqrt(maxCells))
  for (let s = 0; s < stretches; s++) {
    const stretch = {
      olds: gap.olds.slice(Math.floor((s * n) / stretches), Math.floor(((s + 1) * n) / stretches)),
      news: gap.news.slice(Math.floor((s * m) / stretches), Math.floor(((s + 1) * m) / stretches))
    }
    out.push(...pairByScore(stretch, olds, news, oldKeys, newKeys, options))
  }
  return out
}

/** Needleman–Wunsch without gap costs: the in-order pairing of a run with the greatest total similarity. */
function pairByScore<T>(gap: Run, olds: T[], news: T[], oldKeys: string[], newKeys: string[], options: AlignOptions<T>): Array<[number, number, boolean]> {
  const n = gap.olds.length
  const m = gap.news.length
  const sim: number[][] = gap.olds.map((o) => gap.news.map((nw) => options.similarity(olds[o], news[nw])))
  const score: Float64Array[] = Array.from({length: n + 1}, () => new Float64Array(m + 1))
  for (let a = 1; a <= n; a++) {
    for (let b = 1; b <= m; b++) {
      const s = sim[a - 1][b - 1]
      const diagonal = s >= options.threshold ? score[a - 1][b - 1] + s : -1
      score[a][b] = Math.max(score[a - 1][b], score[a][b - 1], diagonal)
    }
  }
  const out: Array<[number, number, boolean]> = []
  let a = n
  let b = m
  while (a > 0 && b > 0) {
    const s = sim[a - 1][b - 1]
    if (s >= options.threshold && score[a][b] === score[a - 1][b - 1] + s) {
      const [o, nw] = [gap.olds[a - 1], gap.news[b - 1]]
      out.push([o, nw, oldKeys[o] === newKeys[nw]])
      a--
      b--
    } else if (score[a][b] === score[a - 1][b]) {
      a--
    } else {
      b--
    }
  }
  // backwards; order() sorts the pairs by their old item
  return out
}

/** Greedy, most similar first: items left over in different runs that are still alike. */
function pairMoves<T>(
  leftOld: number[],
  leftNew: number[],
  olds: T[],
  news: T[],
  oldKeys: string[],
  newKeys: string[],
  options: AlignOptions<T>
): Array<[number, number, boolean]> {
  const candidates: Array<[number, number, number]> = []
  const consider = (o: number, n: number) => {
    const s = oldKeys[o] === newKeys[n] ? 1 : options.similarity(olds[o], news[n])
    if (s >= options.moveThreshold!) candidates.push([s, o, n])
  }
  if (leftOld.length * leftNew.length <= maxCells) {
    for (const o of leftOld) for (const n of leftNew) consider(o, n)
  } else {
    // Too many to compare each with each: items whose keys agree without numerals, in order.
    const byKey = new Map<string, number[]>()
    for (const n of leftNew) {
      const key = looseKey(newKeys[n])
      const list = byKey.get(key)
      if (list) list.push(n)
      else byKey.set(key, [n])
    }
    for (const o of leftOld) {
      const n = byKey.get(looseKey(oldKeys[o]))?.shift()
      if (n !== undefined) consider(o, n)
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1])
  const usedOld = new Set<number>()
  const usedNew = new Set<number>()
  const out: Array<[number, number, boolean]> = []
  for (const [, o, n] of candidates) {
    if (usedOld.has(o) || usedNew.has(n)) continue
    usedOld.add(o)
    usedNew.add(n)
    out.push([o, n, oldKeys[o] === newKeys[n]])
  }
  return out
}

function order(oldCount: number, newCount: number, inOrder: Array<[number, number, boolean]>, moves: Array<[number, number, boolean]>): Aligned[] {
  inOrder.sort((x, y) => x[0] - y[0])
  const movedOld = new Set(moves.map((m) => m[0]))
  const moveByNew = new Map(moves.map((m) => [m[1], m]))
  const out: Aligned[] = []
  let i = 0
  let j = 0
  const flush = (oldEnd: number, newEnd: number) => {
    for (; i < oldEnd; i++) if (!movedOld.has(i)) out.push({old: i, exact: false, moved: false})
    for (; j < newEnd; j++) {
      const move = moveByNew.get(j)
      out.push(move ? {old: move[0], new: j, exact: move[2], moved: true} : {new: j, exact: false, moved: false})
    }
  }
  for (const [o, n, exact] of inOrder) {
    flush(o, n)
    out.push({old: o, new: n, exact, moved: false})
    i = o + 1
    j = n + 1
  }
  flush(oldCount, newCount)
  return out
}

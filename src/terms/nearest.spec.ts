import {describe, expect, it} from 'vitest'
import {nearestText} from './nearest.js'

// A small generator so the cases are the same on every run.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

describe('nearestText with a limit', () => {
  it('finds what the search without a limit finds, when that is within the limit', () => {
    const next = random(7)
    // Few distinct units (widths and spaces among them), so near matches and ties abound.
    const alphabet = ['オ', 'プ', 'シ', 'ョ', 'ン', 'ア', 'ｱ', 'A', 'Ａ', ' ', '　', '\n', '㍿']
    const pick = (length: number) => Array.from({length}, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
    for (let run = 0; run < 400; run++) {
      const name = pick(3 + Math.floor(next() * 10))
      const text = pick(Math.floor(next() * 300))
      const limit = Math.floor(next() * 4)
      const full = nearestText(name, text)
      const expected = full && full.distance <= limit ? full : undefined
      expect(nearestText(name, text, limit), JSON.stringify({name, text, limit})).toEqual(expected)
    }
  })

  it('finds a misspelt name far into a long text, with its offsets', () => {
    const filler = 'この約款は、サービスの提供条件を定めるものです。\n'.repeat(2000)
    const text = `${filler}ファイル供有オプションを利用する契約者は、${filler}`
    const found = nearestText('ファイル共有オプション', text, 3)
    expect(found).toEqual({text: 'ファイル供有オプション', distance: 1, start: filler.length, end: filler.length + 11})
  })

  it('gives nothing when no substring is within the limit', () => {
    expect(nearestText('迷惑電話防止オプション', 'データバックアップサービス'.repeat(50), 2)).toBeUndefined()
  })
})

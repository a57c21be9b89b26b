// Rules of the code base that a reader should not have to police by hand.
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'

const root = new URL('../src/', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file))
}

describe('house rules', () => {
  it('casts no clause tree children to Node[]: typed guards from src/parse/tree.ts instead', () => {
    const offenders = sources('.').filter((file) => readFileSync(join(root, file), 'utf8').includes('as Node[]'))
    expect(offenders).toEqual([])
  })

  it('check imports nothing from rewrite: what both need lives in src/terms', () => {
    const files = sources('check')
    expect(files.length).toBeGreaterThan(10)
    const offenders = files.filter((file) => /from '[./]*\/rewrite\//.test(readFileSync(join(root, file), 'utf8')))
    expect(offenders).toEqual([])
  })
})

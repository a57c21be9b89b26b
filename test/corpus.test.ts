import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {listDocuments} from '../src/cli/documents.js'
import {available} from './helpers/requires.js'

const corpus = new URL('../corpus/', import.meta.url)
const shared = new URL('../../shared/seed/usen-gate02-secure-mx-2024-10-30.md', import.meta.url)
const sha256 = (url: URL) => createHash('sha256').update(readFileSync(url)).digest('hex')

describe('corpus', () => {
  it.skipIf(!available(shared, 'the seed in ../shared/seed'))('holds the seed byte for byte (sha256 of ../shared/seed)', () => {
    expect(sha256(new URL('usen-gate02-secure-mx/2024-10-30.md', corpus))).toBe(sha256(shared))
  })

  it('lists every document in corpus/README.md', async () => {
    const readme = readFileSync(new URL('README.md', corpus), 'utf8')
    const dir = fileURLToPath(corpus)
    const documents = (await listDocuments(dir)).map((path) => relative(dir, path))
    expect(documents).toContain('usen-gate02-secure-mx/2024-10-30.md')
    for (const name of documents) expect(readme, name).toContain('`' + name + '`')
  })
})

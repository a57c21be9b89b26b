import {describe, expect, it} from 'vitest'
import {skipped} from './documents.js'

describe('skipped', () => {
  it('leaves out READMEs, node_modules and hidden files or folders, at any depth', () => {
    for (const name of ['README.md', 'sub/readme.txt', 'Readme', 'node_modules/a/terms.md', 'a/node_modules/terms.md', '.git/terms.md', 'a/.cache/terms.md', '.hidden.md']) {
      expect(skipped(name), name).toBe(true)
    }
  })

  it('keeps documents, including names that only contain those words', () => {
    for (const name of ['terms.md', 'readme-notes/terms.md', 'my-readme.md', 'node_modules_backup/terms.md', 'a/b.c/terms.txt', 'terms[1].md']) {
      expect(skipped(name), name).toBe(false)
    }
  })
})

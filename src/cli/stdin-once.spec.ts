import {InvalidArgumentError} from 'commander'
import {describe, expect, it} from 'vitest'
import {stdinOnce} from './stdin-once.js'

describe('stdinOnce', () => {
  it('allows standard input once, or not at all', () => {
    expect(() => stdinOnce(['-', 'a.md', undefined], 'ja')).not.toThrow()
    expect(() => stdinOnce(['a.md', 'b.md'], 'ja')).not.toThrow()
  })

  it('refuses it twice, as a usage error in the chosen language', () => {
    expect(() => stdinOnce(['-', '-'], 'ja')).toThrow(new InvalidArgumentError('標準入力（-）を指定できるのは 1 か所だけです'))
    expect(() => stdinOnce(['a.md', '-', 'b.md', '-'], 'en')).toThrow('standard input (-) can be named only once')
  })
})

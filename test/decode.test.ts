import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode, detectNewline, InputError, type InputErrorCode} from '../src/parse/decode.js'
import {decodeWithin, formatBytes} from '../src/cli/size.js'
import {encodeLegacy} from './helpers/legacy-encoding.js'

const utf8 = (text: string) => new TextEncoder().encode(text)
const seed = readFileSync(new URL('../corpus/usen-gate02-secure-mx/2024-10-30.md', import.meta.url))

function refusal(bytes: Uint8Array, maxBytes?: number): InputError {
  try {
    decodeWithin(bytes, maxBytes)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('decode accepted the input')
}

function expectRefused(bytes: Uint8Array, code: InputErrorCode, maxBytes?: number): InputError {
  const error = refusal(bytes, maxBytes)
  expect(error.code).toBe(code)
  return error
}

describe('decode: encodings', () => {
  it('reads the seed as UTF-8 without BOM, LF, text unchanged', () => {
    const decoded = decode(seed)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.bom).toBe(false)
    expect(decoded.newline).toBe('lf')
    expect(decoded.text).toBe(seed.toString('utf8'))
    expect(decoded.text.startsWith('\n\n2024年10月30日版')).toBe(true)
  })

  it('reports a UTF-8 BOM and leaves it out of the text', () => {
    const decoded = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('第1条 (目的)\n本約款は…')]))
    expect(decoded).toEqual({text: '第1条 (目的)\n本約款は…', encoding: 'utf-8', bom: true, newline: 'lf'})
  })

  it('detects Shift_JIS (CP932) when the bytes are not UTF-8, keeping CRLF', () => {
    const text = '第１条（目的）\r\n　この約款は、①～⑳の記号と髙﨑のような文字を含む。\r\n２　前項の規定は…\r\n'
    const bytes = encodeLegacy(text, 'shift_jis')
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes)).toThrow()
    expect(decode(bytes)).toEqual({text, encoding: 'shift_jis', bom: false, newline: 'crlf'})
  })

  it('reads the whole seed back from a Shift_JIS + CRLF copy', () => {
    const text = seed.toString('utf8').replace(/\n/g, '\r\n')
    const decoded = decode(encodeLegacy(text, 'shift_jis'))
    expect(decoded.encoding).toBe('shift_jis')
    expect(decoded.newline).toBe('crlf')
    expect(decoded.text).toBe(text)
  })

  it('keeps pure ASCII as UTF-8', () => {
    expect(decode(utf8('Article 1\nText')).encoding).toBe('utf-8')
  })
})

describe('decode: newlines', () => {
  it.each([
    ['a\nb\n', 'lf'],
    ['a\r\nb\r\n', 'crlf'],
    ['a\rb\r', 'cr'],
    ['a\r\nb\nc', 'mixed'],
    ['a\rb\nc', 'mixed'],
    ['a\r\nb\rc', 'mixed'],
    ['第1条', 'none']
  ] as const)('%j is %s', (text, newline) => {
    expect(detectNewline(text)).toBe(newline)
    const decoded = decode(utf8(text))
    expect(decoded.newline).toBe(newline)
    expect(decoded.text).toBe(text)
  })
})

describe('decode: refusals', () => {
  it('refuses empty input and white space only (also a lone BOM and full-width spaces)', () => {
    expectRefused(new Uint8Array(), 'empty')
    expectRefused(utf8(' \n\t\r\n　\n'), 'empty')
    expectRefused(new Uint8Array([0xef, 0xbb, 0xbf]), 'empty')
    expectRefused(encodeLegacy('　\r\n', 'shift_jis'), 'empty')
  })

  it('refuses NUL bytes as binary and says where', () => {
    const error = expectRefused(new Uint8Array([...utf8('第1条'), 0, ...utf8('本文')]), 'binary')
    // 第 and 条 take three bytes each in UTF-8, so the NUL is the 8th byte, counted from 1.
    expect(error.text('ja')).toContain('（8 バイト目に NUL）')
    expect(error.text('en')).toContain('(NUL at byte 8)')
  })

  it('refuses text full of control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 4 === 0 ? 0x01 : 0x41))
    expectRefused(bytes, 'binary')
  })

  it('lets a few form feeds and escapes through (PDF extraction leaves them)', () => {
    expect(decode(utf8('第1条\f本文\x1b[0m\n')).text).toBe('第1条\f本文\x1b[0m\n')
  })

  it('names PDF and Office files', () => {
    const pdf = expectRefused(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary')
    expect(pdf.text('ja')).toContain('PDF')
    expect(pdf.text('en')).toContain('PDF')
    expect(expectRefused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]), 'binary').text('en')).toContain('docx')
  })

  it('refuses bytes that are neither UTF-8 nor Shift_JIS', () => {
    expectRefused(new Uint8Array([...utf8('第1条 '), 0x82, 0xff, 0xfd]), 'undecodable')
  })

  it('refuses a UTF-8 BOM followed by invalid UTF-8 instead of guessing Shift_JIS', () => {
    expectRefused(new Uint8Array([0xef, 0xbb, 0xbf, ...encodeLegacy('約款', 'shift_jis')]), 'undecodable')
  })

  it('refuses EUC-JP rather than returning Shift_JIS mojibake', () => {
    expectRefused(encodeLegacy('この約款は、当社が提供するサービスの利用条件を定めるものです。', 'euc-jp'), 'undecodable')
    const bytes = encodeLegacy('契約者は、料金を支払うものとします。', 'euc-jp')
    // These bytes do pass as Shift_JIS, as half-width katakana and private-use characters: the trap.
    expect(new TextDecoder('shift_jis', {fatal: true}).decode(bytes)).toMatch(/^[\uff61-\uff9f]{3}/)
    expectRefused(bytes, 'undecodable')
  })

  it('still reads Shift_JIS text that has some half-width katakana', () => {
    const text = '第1条 ｻｰﾋﾞｽ（以下「本サービス」といいます。）の利用条件を定めます。\n'
    expect(decode(encodeLegacy(text, 'shift_jis')).text).toBe(text)
  })

  it('refuses UTF-16 with a clear message', () => {
    const error = expectRefused(new Uint8Array([0xff, 0xfe, 0x2c, 0x7b, 0x00, 0x00]), 'undecodable')
    expect(error.text('ja')).toContain('UTF-16')
  })

  it('refuses input above maxBytes, default 10 MB', () => {
    const error = expectRefused(utf8('第1条 本文'), 'too-large', 8)
    expect(error.text('ja')).toContain('--max-size')
    expect(error.text('en')).toContain('(14 bytes, limit 8 bytes)')
    expect(decodeWithin(utf8('第1条 本文'), 14).text).toBe('第1条 本文')
    expect(expectRefused(new Uint8Array(2048).fill(0x41), 'too-large', 1024).text('ja')).toContain('（2 KB、上限 1 KB）')
    // Just over the limit, rounded figures would read "10 MB, limit 10 MB"; exact counts instead.
    expect(expectRefused(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), 'too-large').text('en')).toContain('(10485761 bytes, limit 10485760 bytes)')
    expect(decodeWithin(new Uint8Array(10 * 1024 * 1024).fill(0x41)).text.length).toBe(10 * 1024 * 1024)
  })

  it('has a Japanese message by default and an English one on request', () => {
    const error = expectRefused(new Uint8Array(), 'empty')
    expect(error.message).toBe(error.text('ja'))
    expect(error.text('ja')).toMatch(/空/)
    expect(error.text('en')).toMatch(/empty/)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [3 * 1024 ** 3, '3 GB']
  ])('%d → %s', (size, text) => {
    expect(formatBytes(size)).toBe(text)
  })
})

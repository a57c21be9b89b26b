// Bytes → text. The text keeps every newline as written (CRLF, CR, LF), because the
// parser's losslessness is measured against exactly this text; only a BOM is removed
// and reported, so a writer can put it back.
import {BilingualError} from './messages.js'

export type Encoding = 'utf-8' | 'shift_jis'
export type Newline = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none'

export interface Decoded {
  text: string
  encoding: Encoding
  /** the input began with a UTF-8 byte order mark (not part of `text`) */
  bom: boolean
  newline: Newline
}

export type InputErrorCode = 'binary' | 'undecodable' | 'empty' | 'too-large' | 'missing' | 'directory' | 'unreadable'

/** Input that cannot be read as a terms document. Carries its message in Japanese and English. */
export class InputError extends BilingualError {
  override readonly name = 'InputError'
  /** the input's name as the user gave it, set by whoever read it */
  path?: string

  constructor(
    readonly code: InputErrorCode,
    messages: {ja: string; en: string}
  ) {
    super(messages)
  }
}

const utf8 = new TextDecoder('utf-8', {fatal: true})
const shiftJis = new TextDecoder('shift_jis', {fatal: true})

// Formats people hand us by mistake; named so the message can say what to do instead.
const signatures: Array<{bytes: number[]; name: string}> = [
  {bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF'},
  {bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP/Office (docx, xlsx)'},
  {bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'Office (doc, xls)'},
  {bytes: [0x89, 0x50, 0x4e, 0x47], name: 'PNG'},
  {bytes: [0xff, 0xd8, 0xff], name: 'JPEG'},
  {bytes: [0x47, 0x49, 0x46, 0x38], name: 'GIF'}
]

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw empty()
  refuseBinary(bytes)

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  let text: string
  let encoding: Encoding = 'utf-8'
  try {
    // TextDecoder drops a leading BOM by default, which is what we report separately.
    text = utf8.decode(bytes)
  } catch {
    if (bom) throw undecodable('UTF-8')
    text = decodeShiftJis(bytes)
    encoding = 'shift_jis'
  }
  if (text.trim() === '') throw empty()
  return {text, encoding, bom, newline: detectNewline(text)}
}

function refuseBinary(bytes: Uint8Array): void {
  const format = signatures.find((s) => s.bytes.every((b, i) => bytes[i] === b))
  if (format) {
    throw new InputError('binary', {
      ja: `テキストではなく ${format.name} のファイルです。本文をテキスト（UTF-8）として保存してから渡してください`,
      en: `this is a ${format.name} file, not text; save the document's text as UTF-8 and pass that`
    })
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('undecodable', {
      ja: 'UTF-16 のテキストには対応していません。UTF-8 で保存し直してください',
      en: 'UTF-16 text is not supported; save it again as UTF-8'
    })
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    throw new InputError('binary', {
      ja: `バイナリデータです（${nul + 1} バイト目に NUL）。テキストファイルを渡してください`,
      en: `binary data (NUL at byte ${nul + 1}); pass a text file`
    })
  }
  // Text has almost no C0 controls besides tab, newlines, form feed and escape; many of
  // them in the opening bytes means some other binary format.
  const sample = Math.min(bytes.length, 8192)
  let controls = 0
  for (let i = 0; i < sample; i++) {
    const b = bytes[i]
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++
  }
  if (controls > 8 && controls * 20 > sample) {
    throw new InputError('binary', {
      ja: 'バイナリデータです（制御文字が多すぎます）。テキストファイルを渡してください',
      en: 'binary data (too many control characters); pass a text file'
    })
  }
}

function decodeShiftJis(bytes: Uint8Array): string {
  let text: string
  try {
    text = shiftJis.decode(bytes)
  } catch {
    throw undecodable('UTF-8 / Shift_JIS')
  }
  // Bytes of another encoding (EUC-JP above all) often pass as Shift_JIS, coming out as
  // half-width katakana and private-use characters; refuse rather than parse mojibake.
  let wide = 0
  let suspicious = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) continue
    wide++
    if ((code >= 0xff61 && code <= 0xff9f) || (code >= 0xe000 && code <= 0xf8ff)) suspicious++
  }
  if (wide >= 8 && suspicious * 2 > wide) throw undecodable('UTF-8 / Shift_JIS')
  return text
}

/** The newline convention of a text: the only kind it uses, `mixed`, or `none`. */
export function detectNewline(text: string): Newline {
  let crlf = 0
  let cr = 0
  let lf = 0
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 0x0a) crlf++
    else cr++
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++
  lf -= crlf
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0)
  if (kinds === 0) return 'none'
  if (kinds > 1) return 'mixed'
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf'
}

function undecodable(tried: string): InputError {
  return new InputError('undecodable', {
    ja: `文字コードを判別できません（${tried} として読めません）。UTF-8 か Shift_JIS で保存してください`,
    en: `cannot tell the character encoding (not valid ${tried}); save the file as UTF-8 or Shift_JIS`
  })
}

function empty(): InputError {
  return new InputError('empty', {
    ja: '入力が空です（文字がないか、空白だけです）',
    en: 'the input is empty (no characters, or white space only)'
  })
}

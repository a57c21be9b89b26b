// Text meant for a terminal, made harmless: a document's control characters (ESC and the
// sequences it starts, which can clear the screen or retitle the window; C1 controls; bidi
// overrides that reorder what is shown) are written as visible escapes such as `\x1b`.
// Applied once, where the human-readable formats are written, never to data formats.

/** C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

// The only sequences yakkan writes itself, for colour (stylish on a terminal).
const ownColours = /\u001b\[(?:0|1|2|4|31|33|31;1|33;1)m/y

export interface VisibleOptions {
  /** keep yakkan's own colour sequences (the output is coloured by yakkan itself) */
  colour?: boolean
}

export function visible(text: string, options: VisibleOptions = {}): string {
  return text.replace(unsafe, (ch, offset: number) => {
    if (options.colour && ch === '\u001b') {
      ownColours.lastIndex = offset
      if (ownColours.test(text)) return ch
    }
    return escapeChar(ch)
  })
}

function escapeChar(ch: string): string {
  const code = ch.codePointAt(0)!
  if (ch === '\r') return '\\r'
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

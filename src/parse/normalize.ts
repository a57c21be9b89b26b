// Reading numbers and folding character widths. Every function here is pure and,
// where it returns a string, keeps its length so offsets still point into the source.

const kanjiDigits: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壱: 1, 弐: 2, 参: 3
}
const kanjiUnits: Record<string, number> = {十: 10, 拾: 10, 百: 100, 千: 1000}

/** Full-width ASCII and the ideographic space to their half-width forms; length-preserving. */
export function foldWidth(value: string): string {
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else if (code === 0x3000) out += ' '
    else out += value[i]
  }
  return out
}

/** Reads 12, １２, 十二, 百三, 二〇 (positional), ⑫, ⑴; undefined when it is not a numeral. */
export function readNumeral(raw: string): number | undefined {
  const value = foldWidth(raw).trim()
  if (value === '') return undefined
  if (/^[0-9]+$/.test(value)) return Number(value)
  const code = value.codePointAt(0)!
  if (value.length === 1) {
    if (code >= 0x2460 && code <= 0x2473) return code - 0x245f // ①-⑳
    if (code >= 0x3251 && code <= 0x325f) return code - 0x3251 + 21 // ㉑-㉟
    if (code >= 0x32b1 && code <= 0x32bf) return code - 0x32b1 + 36 // ㊱-㊿
    if (code >= 0x2474 && code <= 0x2487) return code - 0x2473 // ⑴-⒇
    if (code >= 0x2776 && code <= 0x277f) return code - 0x2775 // ❶-❿
  }
  return readKanjiNumeral(value)
}

function readKanjiNumeral(value: string): number | undefined {
  if (!/^[〇零一二三四五六七八九十百千万壱弐参拾]+$/.test(value)) return undefined
  // Positional form (二〇二四) has no unit characters.
  if (!/[十百千万拾]/.test(value)) {
    let n = 0
    for (const ch of value) n = n * 10 + kanjiDigits[ch]
    return n
  }
  let total = 0
  let section = 0
  let digit = -1
  for (const ch of value) {
    if (ch in kanjiDigits) {
      digit = kanjiDigits[ch]
    } else if (ch === '万') {
      section += digit === -1 ? 0 : digit
      total += (section || 1) * 10000
      section = 0
      digit = -1
    } else {
      section += (digit === -1 ? 1 : digit) * kanjiUnits[ch]
      digit = -1
    }
  }
  return total + section + (digit === -1 ? 0 : digit)
}

const iroha = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス'
const aiueo = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'
const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv']

/** The ordinal of a sub-item label in its series: イ→1 ロ→2, ア→1 イ→2, a→1, ii→2. */
export function readLabel(label: string, series: 'iroha' | 'aiueo' | 'latin' | 'roman'): number | undefined {
  const value = foldWidth(label).trim()
  if (series === 'iroha') return iroha.includes(value) && value.length === 1 ? iroha.indexOf(value) + 1 : undefined
  if (series === 'aiueo') return aiueo.includes(value) && value.length === 1 ? aiueo.indexOf(value) + 1 : undefined
  if (series === 'roman') {
    const i = romans.indexOf(value.toLowerCase())
    return i === -1 ? undefined : i + 1
  }
  return /^[a-z]$/i.test(value) ? value.toLowerCase().charCodeAt(0) - 96 : undefined
}

/**
 * The normalised number of an article, chapter or section heading:
 * 第6条の2 → "6-2", 第百三条の二 → "103-2", 第 10 条 → "10", 第二章の二 → "2-2".
 */
export function headingNumber(label: string): string | undefined {
  const match = /^第\s*([0-9０-９〇零一二三四五六七八九十百千]+)\s*[条章節款目編]((?:\s*[のノ]\s*[0-9０-９〇一二三四五六七八九十百千]+)*)/.exec(label)
  if (!match) return undefined
  const main = readNumeral(match[1])
  if (main === undefined) return undefined
  const branches = [...match[2].matchAll(/[のノ]\s*([0-9０-９〇一二三四五六七八九十百千]+)/g)].map((m) => readNumeral(m[1]))
  if (branches.includes(undefined)) return undefined
  return [main, ...branches].join('-')
}

/** The citation form of a normalised article number, the reverse of {@link headingNumber}: "6-2" → 第6条の2. */
export function articleLabel(num: string): string {
  const [main, ...branches] = num.split('-')
  return `第${main}条${branches.map((branch) => `の${branch}`).join('')}`
}

/** Compares normalised heading numbers ("6-2" after "6", before "7"). */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('-').map(Number)
  const pb = b.split('-').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * A view for matching names: width folded, every kind of space removed, NFKC applied.
 * Not length-preserving; use {@link compactWithMap} where offsets are needed.
 */
export function compact(value: string): string {
  return compactWithMap(value).text
}

// What each UTF-16 unit becomes in the compact view, decided once per unit and kept.
const unitForms: Array<string | undefined> = new Array(0x10000)

/**
 * The compact form of one UTF-16 unit: the unit itself, its folded form (full-width → half,
 * NFKC), or '' for a space (half, full-width, no-break, en/em spaces, tabs; not newlines).
 * Surrogate halves stay as they are. Cached, so scanning megabytes stays cheap.
 */
export function compactUnit(code: number): string {
  return unitForms[code] ?? formOf(code)
}

function formOf(code: number): string {
  const ch = String.fromCharCode(code)
  let form = ch
  if (code >= 0xff01 && code <= 0xff5e) form = String.fromCharCode(code - 0xfee0)
  // Compatibility forms that carry a space (゛ → space + combining mark) lose it too.
  else if (code < 0xd800 || code > 0xdfff) form = ch.normalize('NFKC').replace(/ /g, '')
  if (code === 0x09) form = ''
  unitForms[code] = form
  return form
}

/**
 * The compact view of a text and, for each of its UTF-16 units, the offset in the
 * source it came from (plus one end sentinel), so a match in the view maps back. A
 * half-width kana and its voiced mark (ﾍﾞ) become one unit (ベ) that maps to the kana.
 * Runs of unchanged units are copied as slices, which keeps this fast on long texts.
 */
export function compactWithMap(value: string): {text: string; map: number[]} {
  const parts: string[] = []
  const map: number[] = []
  let run = -1
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    const form = compactUnit(code)
    if (form.length === 1 && form.charCodeAt(0) === code) {
      if (run < 0) run = i
      map.push(i)
      continue
    }
    if (run >= 0) {
      parts.push(value.slice(run, i))
      run = -1
    }
    if (form === '') continue
    // ﾍﾞ → ベ: a half-width voiced mark becomes a combining one; it joins the kana before it
    if ((form === '\u3099' || form === '\u309a') && parts.length > 0) {
      const last = parts[parts.length - 1]
      const joined = (last.slice(-1) + form).normalize('NFC')
      if (joined.length === 1) {
        parts[parts.length - 1] = last.slice(0, -1) + joined
        continue
      }
    }
    for (let k = 0; k < form.length; k++) map.push(i)
    parts.push(form)
  }
  if (run >= 0) parts.push(value.slice(run))
  map.push(value.length)
  return {text: parts.join(''), map}
}

// Encoding text as Shift_JIS or EUC-JP for test inputs. Node only encodes UTF-8, so the
// table is the inverse of its own decoder: every byte pair it decodes to one character.
const tables = new Map<string, Map<string, number[]>>()

function table(label: 'shift_jis' | 'euc-jp'): Map<string, number[]> {
  let map = tables.get(label)
  if (map) return map
  map = new Map()
  const decoder = new TextDecoder(label, {fatal: true})
  const tryBytes = (bytes: number[]) => {
    let char: string
    try {
      char = decoder.decode(new Uint8Array(bytes))
    } catch {
      return
    }
    if ([...char].length === 1 && !map!.has(char)) map!.set(char, bytes)
  }
  for (let b = 0; b < 0x100; b++) tryBytes([b])
  for (let lead = 0x81; lead < 0xff; lead++) for (let trail = 0x40; trail < 0xff; trail++) tryBytes([lead, trail])
  tables.set(label, map)
  return map
}

export function encodeLegacy(text: string, label: 'shift_jis' | 'euc-jp'): Uint8Array {
  const map = table(label)
  const out: number[] = []
  for (const char of text) {
    const bytes = map.get(char)
    if (!bytes) throw new Error(`${label} has no code for ${JSON.stringify(char)}`)
    out.push(...bytes)
  }
  return new Uint8Array(out)
}

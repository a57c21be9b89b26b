// The size limit on an input (--max-size): its default, how sizes are written for people,
// and the refusal that says how to raise it.
import {decode, InputError, type Decoded} from '../parse/decode.js'

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Decodes an input that is at most `maxBytes` long; a longer one is refused. */
export function decodeWithin(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) throw tooLarge(maxBytes, bytes.length)
  return decode(bytes)
}

/** The input exceeds `limit` bytes; `size` is left out when reading stopped at the limit. */
export function tooLarge(limit: number, size?: number): InputError {
  let max = formatBytes(limit)
  let actual = size === undefined ? '' : formatBytes(size)
  // Just over the limit both round to the same figure; then give exact byte counts.
  if (actual === max) [actual, max] = [`${size} bytes`, `${limit} bytes`]
  const [ja, en] = size === undefined ? [`上限 ${max} 超`, `over the limit of ${max}`] : [`${actual}、上限 ${max}`, `${actual}, limit ${max}`]
  return new InputError('too-large', {
    ja: `入力が大きすぎます（${ja}）。--max-size で上限を上げられます`,
    en: `the input is too large (${en}); raise the limit with --max-size`
  })
}

/** 10485760 → "10 MB", 1536 → "1.5 KB" (binary units, as --max-size reads them). */
export function formatBytes(size: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB']
  let value = size
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`
}

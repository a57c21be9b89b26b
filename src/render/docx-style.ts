// What the Word writers share: the Japanese faces, A4 in twips, the cell borders. The East
// Asian faces are named ＭＳ 明朝 (body) and ＭＳ ゴシック (headings), which every Japanese
// Word has and which LibreOffice's replacement table maps to a Mincho/Gothic face it has
// (Noto Serif/Sans CJK JP on Debian); 游明朝 would come out in a sans face there.
import {BorderStyle, Packer, type Document} from 'docx'

export const mincho = {ascii: 'Century', hAnsi: 'Century', eastAsia: 'ＭＳ 明朝', cs: 'Century'}
export const gothic = {ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'ＭＳ ゴシック', cs: 'Arial'}

/** A4 in twentieths of a point, and 20 mm margins. */
export const a4 = {short: 11906, long: 16838, margin: 1134}

/** Half-points, as Word counts font sizes: 10.5 pt body, 14 pt titles. */
export const sizes = {body: 21, small: 18, title: 28, heading: 24}

const line = {style: BorderStyle.SINGLE, size: 4, color: '000000'}
export const cellBorders = {top: line, bottom: line, left: line, right: line}

/** The document's default run: Mincho at body size. */
export const defaultStyles = {default: {document: {run: {font: mincho, size: sizes.body}}}}

export async function toDocxBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document))
}

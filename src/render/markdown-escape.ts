// Document text written into Markdown so that it renders as itself: what a document (or a
// reading table) says must not become HTML, a link, emphasis, or a strikethrough that looks
// like yakkan's own exclusion mark.

const needsEscape = /[&<\\`*_[\]~]/

/**
 * Text inside a line: raw HTML, links, images, emphasis, strikethrough and code spans are
 * escaped. The line's own structure (a heading, a bullet, a table row) is the document's
 * and is left as written.
 */
export function escapeInline(text: string): string {
  // Most document text has none of these; it is returned as is, without three regex passes.
  if (!needsEscape.test(text)) return text
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]~]/g, (ch) => `\\${ch}`)
}

/** Text in a GFM table cell: escaped as inline text, pipes too, and a line break is a space. */
export function escapeCell(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' ')).replace(/\|/g, '\\|')
}

// Indentation and markdown block prefixes carry no meaning for the clause tree.

const prefix = /^[ \t\u3000\ufeff]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+(?=\S))*[ \t\u3000]*/

/** Offset where a line's content starts, past indentation, `#`, `>` and list bullets. */
export function contentStart(text: string): number {
  return prefix.exec(text)![0].length
}

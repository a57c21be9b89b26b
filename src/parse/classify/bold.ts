// Markdown 利用規約 often set heads in bold: **第1条（適用）**, __第1章 総則__, **別表　読替表**.

/** The bold marker a head opens with (`**` or `__` right before its first word), if any. */
export function boldOpening(content: string): string | undefined {
  return /^(\*\*|__)(?=[^\s*_])/.exec(content)?.[1]
}

/** The text of a bold head without its closing marker: where the head's own text ends. */
export function boldEnd(text: string, bold: string | undefined): number {
  const end = text.trimEnd().length
  return bold !== undefined && text.slice(0, end).endsWith(bold) ? end - bold.length : end
}

/** How many characters the closing marker takes where a bold head closes right after its number (**第1条** （適用））. */
export function closingAt(rest: string, bold: string | undefined): number {
  return bold !== undefined && rest.startsWith(bold) ? bold.length : 0
}

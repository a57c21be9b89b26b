// Markdown 利用規約 often set heads in bold: **第1条（適用）**, __第1章 総則__.

/** The bold marker a head opens with (`**` or `__` right before 第), if any. */
export function boldOpening(content: string): string | undefined {
  return /^(\*\*|__)(?=第)/.exec(content)?.[1]
}

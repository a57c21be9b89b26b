// References to a former text: a sentence that speaks of the text before a revision
// (平成28年の改正前までは、第十二号に… / 改正前の第24条第2項) cites provisions as they were
// then, which the current text need not have. Such a reference names another document.
/** The name a reference to the text before a revision is given as its document. */
export const formerText = '改正前'

const cue = /改正前|旧規定/g
const back = /改正後|現行|新た|現在/

/** The reference at `at` stands in a sentence that, before it, speaks of the text before a revision. */
export function citesFormerText(text: string, at: number): boolean {
  let start = at
  // the sentence so far, within 80 characters
  while (start > 0 && at - start < 80 && text[start - 1] !== '。') start--
  const before = text.slice(start, at)
  cue.lastIndex = 0
  let last = -1
  for (let m = cue.exec(before); m; m = cue.exec(before)) last = m.index + m[0].length
  return last >= 0 && !back.test(before.slice(last))
}

// References to a former text: provisions named as they stood before a revision
// (平成28年の改正前までは、第十二号に… / 改正前の第24条第2項) are cited as they were then,
// which the current text need not have. Such a reference names another document. Only the
// words that bind the number to the former text count: 改正前に締結した契約には、第5条を… cites
// the current 第5条.
/** The name a reference to the text before a revision is given as its document. */
export const formerText = '改正前'

// 改正前の第5条, 旧規定の…, and 旧第2条: 旧 right before the number
const cue = /(?:(?:改正前(?:まで)?|旧規定)(?:の|は[、，]?|において(?:は)?[、，]?)|旧)[ \t\u3000]*$/

/** The reference at `at` is bound to the text before a revision by the words right before it. */
export function citesFormerText(text: string, at: number): boolean {
  return cue.test(text.slice(Math.max(0, at - 16), at))
}

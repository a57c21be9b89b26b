// Hard-wrapped text (PDF extraction) and split sentences: where a line goes on from the one before.
import type {Shape} from '../classify/index.js'
import type {Line} from '../lines.js'

// Sentences may start with these even after a blank line; any other hiragana start is a fragment.
const sentenceStarts = /^(?:ただし|但し|なお|また|さらに|もっとも|おって|かつ|この|その|これ|それ|あらかじめ|いずれ|すべて|ここ)/
const midSentence = /^[ぁ-ゖ、。）」』]/
const sentenceEnd = /[。．」）)]$/

/** The wrap width of a hard-wrapped text, when many lines share one length. */
export function detectWrapWidth(lines: Line[], shapes: Shape[]): number | undefined {
  const counts = new Map<number, number>()
  let long = 0
  for (const line of lines) {
    if (shapes[line.index].kind === 'blank' || shapes[line.index].kind === 'tableRow') continue
    const length = line.text.trimEnd().length
    if (length < 20) continue
    long++
    counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  let best = 0
  let width: number | undefined
  for (const [length, count] of counts) if (count > best || (count === best && length > (width ?? 0))) [best, width] = [count, length]
  return width !== undefined && best >= 5 && best >= long * 0.3 ? width : undefined
}

/** A line that fills the wrap width without ending a sentence goes on in the next line. */
export function wrapsOn(content: string, width: number | undefined): boolean {
  return width !== undefined && content.length >= width - 1 && !/[。．]$/.test(content)
}

export function endsSentence(content: string): boolean {
  return sentenceEnd.test(content)
}

/** Text after a blank line that starts mid-sentence (を…, 、…) is a fragment of the clause before. */
export function startsMidSentence(content: string): boolean {
  return midSentence.test(content) && !sentenceStarts.test(content)
}

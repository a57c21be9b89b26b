// Small readers shared by the rules: the text a change sits in, the words on each side,
// and short quotes for reasons.
import type {Situation} from './types.js'

/** The sentence a rule should read: the new one when there is one, else the old one. */
export const sentenceOf = (s: Situation): string => s.newText ?? s.oldText ?? ''

export const oldWords = (s: Situation): string[] => s.change.old?.words ?? []
export const newWords = (s: Situation): string[] => s.change.new?.words ?? []

/** The change exists on one side only: a clause or sentence added or removed. */
export const lone = (s: Situation): 'added' | 'removed' | undefined => (!s.change.old ? 'added' : !s.change.new ? 'removed' : undefined)

/** "a → b", "a 削除", "b 追加" for a reason. */
export function arrow(olds: string[], news: string[], lang: 'ja' | 'en'): string {
  const a = olds.join('、')
  const b = news.join('、')
  if (a && b) return `${a} → ${b}`
  if (a) return lang === 'ja' ? `${a} 削除` : `${a} removed`
  return lang === 'ja' ? `${b} 追加` : `${b} added`
}

/** The sentences of a text (split after 。). */
export const sentencesOf = (text: string): string[] => text.split(/(?<=。)/).filter((t) => t.trim() !== '')

/** Whether the text is about liability (損害, 賠償, 責任). */
export const aboutLiability = (text: string): boolean => /損害|賠償|責任|責め?に任|責を負|補償/.test(text)

/** Whether the text sets a cap (上限, 限度, を超えない). */
export const setsCap = (text: string): boolean => /限度|上限|を超えない|を超えて|を超える部分/.test(text)

// Changes that move no right or duty: editorial ones, renumbering, citations that follow a
// renumbering, particles and the like, a caption, a consistent rename.
import type {DirectionRule} from '../types.js'

export const notSubstantive: DirectionRule = {
  name: 'not-substantive',
  judge({change}) {
    const neutral = (ja: string, en: string) => ({direction: 'neutral' as const, reason: {ja, en}})
    if (change.kind === 'editorial') return neutral('表記のみの変更', 'editorial only')
    if (change.kind === 'renumbering') return neutral('番号のみの変更', 'numbering only')
    if (change.kind === 'rename') return neutral('文書全体で一貫した呼称の変更', 'a name replaced consistently throughout')
    if (change.kind === 'reference' && change.severity === 'low') return neutral('参照番号が繰下げ・繰上げに追随しただけ', 'a citation following a renumbering')
    if (change.kind === 'wording' && change.severity === 'low') return neutral('助詞などの整理で、意味は変わらない', 'particles and the like; the meaning stays')
    if (change.label.en.startsWith('caption')) return neutral('見出しのみの変更', 'caption only')
    return undefined
  }
}

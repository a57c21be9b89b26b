// Articles and chapters run 1, 2, 2の2, 3 …: what a number says after the one before it.
import {compareNumbers} from '../normalize.js'
import type {ParseRuleId} from '../messages.js'

/** The numbering diagnostic for `num` after `previous` (normalised: "6", "6-2"), if any; unreadable numbers say nothing. */
export function numberStep(previous: string | undefined, num: string | undefined): ParseRuleId | undefined {
  if (previous === undefined || num === undefined) return undefined
  const prevMain = Number(previous.split('-')[0])
  const [main, branch] = num.split('-').map(Number)
  if (branch === undefined && main === prevMain + 1) return undefined
  const order = compareNumbers(num, previous)
  if (order === 0) return 'numbering-duplicate'
  if (order < 0) return 'numbering-order'
  if (main > prevMain + 1) return 'numbering-gap'
  return undefined
}

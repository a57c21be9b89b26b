// The changes a reviewer of a 548条の4 change must look at first: those against the
// customer (不利益変更の候補), then those no rule could read, each in the order of the diff
// (highest severity first, then document order).
import type {Change, DiffResult} from '../types.js'

export interface DirectionSummary {
  /** favours-provider: may disadvantage the customer */
  adverse: Change[]
  /** substantive but unread: for a person to decide */
  unclear: Change[]
}

export function directionSummary(result: DiffResult): DirectionSummary {
  return {
    adverse: result.changes.filter((c) => c.direction === 'favours-provider'),
    unclear: result.changes.filter((c) => c.direction === 'unclear')
  }
}

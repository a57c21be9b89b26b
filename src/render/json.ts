// The clause tree as JSON: every field and position kept; back-pointers (`parent`) and
// anything else that would make a cycle left out, so the output is always serialisable.
import type {Node} from '../parse/types.js'

export function renderJson(tree: Node, options: {indent?: number} = {}): string {
  return JSON.stringify(toJson(tree), null, options.indent ?? 2) + '\n'
}

/** A plain-data copy of a tree. */
export function toJson(tree: Node): unknown {
  return copy(tree, new Set())
}

// Only ancestors count as cycles: a position object shared by two nodes is copied twice.
function copy(value: unknown, ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (ancestors.has(value)) return undefined
  ancestors.add(value)
  let result: unknown
  if (Array.isArray(value)) {
    result = value.map((item) => copy(item, ancestors) ?? null)
  } else {
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(value)) {
      if (key === 'parent' || typeof field === 'function') continue
      const copied = copy(field, ancestors)
      if (copied !== undefined) out[key] = copied
    }
    result = out
  }
  ancestors.delete(value)
  return result
}

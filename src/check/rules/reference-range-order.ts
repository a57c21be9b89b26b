// reference-range-order: a range (第3条から第5条まで, 第1項第2号から第4号まで) runs forward — its
// first end comes before its last in the document. Written backwards (第5条から第3条まで), it
// names no clause in between, which is what an edit that swapped numbers leaves behind.
import {treeIndex} from '../../parse/tree.js'
import {traceReference, type Reference} from '../../parse/references.js'
import type {Rule} from '../types.js'

export const referenceRangeOrder: Rule = {
  id: 'reference-range-order',
  severity: 'error',
  description: {
    ja: '「第N条から第M条まで」のような範囲の参照が、前の条項から後の条項へ向かっていること',
    en: 'a range reference (第N条から第M条まで) runs from an earlier clause to a later one'
  },
  check({tree, references, report}) {
    const {byId} = treeIndex(tree)
    const from = new Map<number, Reference>()
    for (const ref of references) {
      if (ref.series?.role === 'from') from.set(ref.series.id, ref)
      if (ref.series?.role !== 'to') continue
      const start = from.get(ref.series.id)
      if (!start) continue
      const [first] = traceReference(start, tree).targets
      const [last] = traceReference(ref, tree).targets
      if (first === undefined || last === undefined) continue
      const at = (id: string) => byId.get(id)?.position.start.offset ?? 0
      if (at(first) <= at(last)) continue
      report({
        message: {ja: `「${start.raw}から${ref.raw}まで」は範囲の始めと終わりが逆です`, en: `the range “${start.raw}から${ref.raw}まで” runs backwards`},
        position: {start: start.position.start, end: ref.position.end},
        clause: start.source
      })
    }
  }
}

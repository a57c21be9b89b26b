// reading-table-source-found (with --upstream): the left side of every 読替え表 row — the
// upstream's wording — occurs in some upstream document, compared as the rewrite step
// matches (widths and spaces ignored). A row that occurs nowhere would silently never
// apply; the warning names the nearest text that does occur (メールリングリストオプション →
// メーリングリストオプション).
import {compact} from '../../parse/normalize.js'
import {toText} from '../../parse/text.js'
import {RewriteError} from '../../terms/errors.js'
import {nearestText, type Nearest} from '../../terms/nearest.js'
import {rowLabel} from '../../terms/labels.js'
import {readingTableFromTree} from '../../terms/table.js'
import type {Rule} from '../types.js'

export const readingTableSourceFound: Rule = {
  id: 'reading-table-source-found',
  severity: 'warning',
  needsUpstream: true,
  description: {
    ja: '読替え表の各行の読替え前の表記が、--upstream の文書のどれかに現れること',
    en: 'the upstream wording of every 読替え表 row occurs in one of the --upstream documents'
  },
  check({tree, upstreams, report}) {
    let rows
    try {
      rows = readingTableFromTree(tree)?.rows ?? []
    } catch (error) {
      if (!(error instanceof RewriteError)) throw error
      report({message: error.messages, position: tree.position})
      return
    }
    const texts = upstreams.map(({path, tree: upstream}) => {
      const text = toText(upstream)
      return {path, text, view: compact(text)}
    })
    for (const row of rows) {
      const key = compact(row.upstream)
      if (key === '' || texts.some(({view}) => view.includes(key))) continue
      let best: {nearest: Nearest; path: string} | undefined
      for (const {path, text} of texts) {
        const nearest = nearestText(row.upstream, text)
        if (nearest && (!best || nearest.distance < best.nearest.distance)) best = {nearest, path}
      }
      const hint = best
        ? {
            ja: `。最も近い表記は「${best.nearest.text.trim()}」（${best.path}、${best.nearest.distance}字違い）`,
            en: `; the nearest text is “${best.nearest.text.trim()}” (${best.path}, ${best.nearest.distance} edit${best.nearest.distance === 1 ? '' : 's'} away)`
          }
        : {ja: '', en: ''}
      report({
        message: {
          ja: `読替え表の${rowLabel(row, 'ja')}の「${row.upstream}」は上流の文書に見つかりません${hint.ja}`,
          en: `the reading table's ${rowLabel(row, 'en')} “${row.upstream}” occurs in no upstream document${hint.en}`
        },
        position: row.position ?? tree.position
      })
    }
  }
}

// reading-table-source-found (with --upstream): the left side of every 読替え表 row and of every
// 読替え sentence or list entry — the upstream's wording — occurs in some upstream document,
// compared as the rewrite step matches (widths and spaces ignored). A row that occurs nowhere would silently never
// apply; the warning names the nearest text that does occur (メールリングリストオプション →
// メーリングリストオプション).
import {compact} from '../../parse/normalize.js'
import {toText} from '../../parse/text.js'
import {RewriteError} from '../../terms/errors.js'
import {nearestText, type Nearest} from '../../terms/nearest.js'
import {rowLabel} from '../../terms/labels.js'
import {readingTableFromTree} from '../../terms/table.js'
import {readingSentences} from '../../terms/reading-sentences.js'
import {treeIndex} from '../../parse/tree.js'
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
      const table = readingTableFromTree(tree)?.rows ?? []
      // rows written as sentences or as a list count as much as the table's: the rewrite reads both
      rows = [...table, ...readingSentences(tree, table.length + 1)]
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
            ja: `。最も近い表記は「${oneLine(best.nearest.text)}」（${best.path}、${best.nearest.distance}字違い）`,
            en: `; the nearest text is “${oneLine(best.nearest.text)}” (${best.path}, ${best.nearest.distance} edit${best.nearest.distance === 1 ? '' : 's'} away)`
          }
        : {ja: '', en: ''}
      report({
        message: {
          ja: `${row.sentence ? '' : '読替え表の'}${rowLabel(row, 'ja')}の「${row.upstream}」は上流の文書に見つかりません${hint.ja}`,
          en: `${row.sentence ? '' : "the reading table's "}${rowLabel(row, 'en')} “${row.upstream}” occurs in no upstream document${hint.en}`
        },
        position: row.position ?? (row.sentence && treeIndex(tree).byId.get(row.sentence.clause)?.position) ?? tree.position
      })
    }
  }
}

/** A finding is one line: text found across a line break is shown with a space there. */
const oneLine = (text: string) => text.trim().replace(/\s*[\r\n]+\s*/g, ' ')

// Appendices (別記, 別紙, 別表, 附則, 様式) pair by name: one present in both is amended like
// a clause; 別紙を削る。 removes one; 別記の次に次のように加える。 adds one after the last
// appendix (or article) before it.
import type {Clause} from '../model.js'
import {appendixName, clauseLines} from '../render.js'
import {articleName} from '../numerals.js'
import type {Sentence} from './sentence.js'
import type {Names, Writer} from './unit.js'

type Amend = (old: Clause, neu: Clause, names: Names, writer: Writer) => Sentence[]

export function amendAppendices(olds: Clause[], news: Clause[], lastArticle: Clause | undefined, writer: Writer, amend: Amend): Sentence[] {
  const out: Sentence[] = []
  const byName = new Map(news.map((c) => [c.num, c]))
  const kept = new Set(olds.map((c) => c.num))
  for (const old of olds) {
    const name = appendixName(old.num, writer.numerals)
    const neu = byName.get(old.num)
    if (neu) out.push(...amend(old, neu, {short: name, full: name}, writer))
    else out.push({text: `${name}を削る。`, touches: old.id ? [old.id] : []})
  }
  let anchor = lastArticle ? articleName(lastArticle.num, writer.numerals) : undefined
  for (const neu of news) {
    if (kept.has(neu.num)) {
      anchor = appendixName(neu.num, writer.numerals)
      continue
    }
    out.push({text: anchor ? `${anchor}の次に次のように加える。` : `前文の次に次のように加える。`, block: clauseLines([neu], writer.numerals), touches: neu.id ? [neu.id] : []})
    anchor = appendixName(neu.num, writer.numerals)
  }
  return out
}

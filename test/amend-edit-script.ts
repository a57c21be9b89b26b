// Edit scripts for the round-trip tests of the 改め文: words replaced, inserted and deleted,
// paragraphs, items, table rows and articles added and deleted with the clauses after them
// renumbered. Each step picks its place by numbers taken modulo what is there, so any list
// of numbers (a fast-check draw) is a valid script. Own words only.
import {cloneClauses, type Clause, type Model} from '../src/amend/model.js'

export type Step =
  | {op: 'replace' | 'insert' | 'delete'; clause: number; at: number; length: number; word: number}
  | {op: 'addParagraph' | 'deleteParagraph' | 'addItem' | 'deleteItem' | 'addRow' | 'deleteRow' | 'addArticle' | 'deleteArticle'; clause: number; at: number; word: number}

const words = ['二年間', '書面又は電磁的方法', '利用者', '遅滞なく', '会員の', '第三条', '三十日以内に', 'あらかじめ', '当会', '電子メールで']
const sentences = [
  '会員は、届け出た事項に変更があったときは、遅滞なく届け出るものとする。',
  '前項の通知は、書面又は電磁的方法により行う。',
  '当会は、必要があると認めるときは、会員に報告を求めることができる。',
  '会費の額は、総会の議決を経て定める。'
]

/** Every clause of a kind, in document order. */
function all(clauses: Clause[], kind: Clause['kind'], into: Clause[] = []): Clause[] {
  for (const clause of clauses) {
    if (clause.kind === kind) into.push(clause)
    all(clause.children, kind, into)
  }
  return into
}

const renumber = (list: Clause[], kind: Clause['kind']) => list.filter((c) => c.kind === kind).forEach((c, i) => (c.num = String(i + 1)))

/** The model with the steps applied, in order; the model given is not changed. */
export function applyScript(model: Model, steps: Step[]): Model {
  const clauses = cloneClauses(model.clauses)
  let fresh = 0
  const sentence = (word: number) => sentences[word % sentences.length].replace('会員', `会員${'甲乙丙丁戊'[fresh++ % 5]}`)
  for (const step of steps) {
    switch (step.op) {
      case 'replace':
      case 'insert':
      case 'delete': {
        const texts = [...all(clauses, 'paragraph'), ...all(clauses, 'item')].filter((c) => c.text.length > 0)
        if (texts.length === 0) break
        const target = texts[step.clause % texts.length]
        const at = step.at % (target.text.length + 1)
        const end = step.op === 'insert' ? at : Math.min(target.text.length, at + 1 + (step.length % 4))
        target.text = target.text.slice(0, at) + (step.op === 'delete' ? '' : words[step.word % words.length]) + target.text.slice(end)
        break
      }
      case 'addParagraph':
      case 'deleteParagraph': {
        const articles = all(clauses, 'article')
        if (articles.length === 0) break
        const article = articles[step.clause % articles.length]
        const paragraphs = article.children.filter((c) => c.kind === 'paragraph')
        if (step.op === 'addParagraph') {
          const at = step.at % (paragraphs.length + 1)
          const index = at < paragraphs.length ? article.children.indexOf(paragraphs[at]) : article.children.length
          article.children.splice(index, 0, {kind: 'paragraph', num: '', text: sentence(step.word), children: []})
        } else if (paragraphs.length > 1) {
          article.children.splice(article.children.indexOf(paragraphs[step.at % paragraphs.length]), 1)
        }
        renumber(article.children, 'paragraph')
        break
      }
      case 'addItem':
      case 'deleteItem': {
        const holders = all(clauses, 'paragraph').filter((p) => p.children.some((c) => c.kind === 'item') || step.op === 'addItem')
        if (holders.length === 0) break
        const paragraph = holders[step.clause % holders.length]
        const items = paragraph.children.filter((c) => c.kind === 'item')
        if (items.some((c) => c.num.includes('-'))) break
        if (step.op === 'addItem') {
          const at = step.at % (items.length + 1)
          const index = at < items.length ? paragraph.children.indexOf(items[at]) : items.length > 0 ? paragraph.children.indexOf(items.at(-1)!) + 1 : paragraph.children.length
          paragraph.children.splice(index, 0, {kind: 'item', num: '', text: sentence(step.word).replace(/。$/, 'とき。'), children: []})
        } else if (items.length > 0) {
          paragraph.children.splice(paragraph.children.indexOf(items[step.at % items.length]), 1)
        }
        renumber(paragraph.children, 'item')
        break
      }
      case 'addRow':
      case 'deleteRow': {
        const tables = all(clauses, 'table')
        if (tables.length === 0) break
        const table = tables[step.clause % tables.length]
        const rows = table.children.filter((r) => !r.header)
        const width = (rows[0] ?? table.children[0])?.text.split('|').length ?? 2
        if (step.op === 'addRow') {
          const at = step.at % (rows.length + 1)
          const index = at < rows.length ? table.children.indexOf(rows[at]) : table.children.length
          const cells = Array.from({length: width}, (_, k) => (k === 0 ? `追加品目${fresh++}` : words[(step.word + k) % words.length]))
          table.children.splice(index, 0, {kind: 'row', num: '', text: cells.join('|'), children: []})
        } else if (rows.length > 1) {
          table.children.splice(table.children.indexOf(rows[step.at % rows.length]), 1)
        }
        break
      }
      case 'addArticle':
      case 'deleteArticle': {
        // Articles of the main provision, numbered 1, 2, 3 … again after the change (branch numbers kept).
        const main = clauses.filter((c) => c.kind === 'article')
        if (step.op === 'addArticle') {
          const at = step.at % (main.length + 1)
          const index = at < main.length ? clauses.indexOf(main[at]) : main.length > 0 ? clauses.indexOf(main.at(-1)!) + 1 : clauses.length
          clauses.splice(index, 0, {kind: 'article', num: '', caption: '追加の定め', text: '', children: [{kind: 'paragraph', num: '1', text: sentence(step.word), children: []}]})
        } else if (main.length > 1) {
          clauses.splice(clauses.indexOf(main[step.at % main.length]), 1)
        }
        let n = 0
        for (const article of clauses.filter((c) => c.kind === 'article')) {
          const branches = article.num.split('-').slice(1)
          if (branches.length === 0) n++
          article.num = [String(n), ...branches].join('-')
        }
        break
      }
    }
  }
  return {numerals: model.numerals, clauses}
}

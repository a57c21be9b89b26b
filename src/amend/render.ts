// Writing clauses as lines of text in the document's numbering style. The same lines are the
// blocks of a 改め文 (次のように改める, 次の一条を加える) and the text `--apply` prints, and
// `readBlock` reads them back.
import type {Clause, Numerals} from './model.js'
import {articleName, numberIn} from './numerals.js'

const fullWidth = (value: string) => value.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

/** The lines of clauses of any kind; a subitem is indented one ideographic space per level. */
export function clauseLines(clauses: Clause[], numerals: Numerals): string[] {
  const out: string[] = []
  for (const clause of clauses) out.push(...linesOf(clause, numerals))
  return out
}

function linesOf(clause: Clause, numerals: Numerals): string[] {
  const rest = (children: Clause[]) => clauseLines(children, numerals)
  switch (clause.kind) {
    case 'preamble':
      return clause.text.split('\n')
    case 'article': {
      const head = articleName(clause.num, numerals)
      const [first, ...others] = clause.children
      const firstText = first?.kind === 'paragraph' && first.num === '1' ? first : undefined
      const lines = [...(clause.divisions ?? [])]
      if (numerals === 'kanji') {
        if (clause.caption !== undefined) lines.push(`（${clause.caption}）`)
        lines.push(firstText && firstText.text !== '' ? `${head}　${firstText.text}` : head)
      } else {
        lines.push(clause.caption !== undefined ? `${head}（${clause.caption}）` : head)
        if (firstText && firstText.text !== '') lines.push(firstText.text)
      }
      if (firstText) lines.push(...rest(firstText.children))
      lines.push(...rest(firstText ? others : clause.children))
      return lines
    }
    case 'paragraph': {
      const lines = clause.num === '1' ? (clause.text === '' ? [] : [clause.text]) : [`${paragraphMarker(clause.num, numerals)}${clause.text}`]
      return [...lines, ...rest(clause.children)]
    }
    case 'item':
      return [`${itemMarker(clause.num, numerals)}${clause.text}`, ...rest(clause.children)]
    case 'subitem':
      return [`${'　'.repeat(clause.depth ?? 1)}${clause.marker ?? ''}　${clause.text}`, ...rest(clause.children)]
    case 'table': {
      // 第2表　title, as numbered tables are headed; a table with neither number nor title has no head.
      const lines = clause.num ? [`第${numberIn(Number(clause.num), numerals)}表${clause.caption ? `　${clause.caption}` : ''}`] : clause.caption ? [`［${clause.caption}］`] : []
      for (const row of clause.children) {
        lines.push(rowLine(row))
        if (row.header) lines.push(`|${row.text.split('|').map(() => '---').join('|')}|`)
      }
      return lines
    }
    case 'row':
      return [rowLine(clause)]
    case 'appendix': {
      // Paragraphs of an appendix are numbered from the first: 1 …, 2 ….
      const lines = [appendixHead(clause, numerals)]
      for (const child of clause.children) {
        if (child.kind === 'paragraph' && child.num === '1') lines.push(`${paragraphMarker('1', numerals)}${child.text}`, ...rest(child.children))
        else lines.push(...linesOf(child, numerals))
      }
      return lines
    }
  }
}

/** A table row on one line; a cell's line breaks are layout and become spaces. */
const rowLine = (row: Clause) => `|${row.text.replace(/\n/g, ' ')}|`

function paragraphMarker(num: string, numerals: Numerals): string {
  return numerals === 'kanji' ? `${fullWidth(num)}　` : `${num} `
}

function itemMarker(num: string, numerals: Numerals): string {
  const [main, branch] = num.split('-').map(Number)
  if (numerals === 'kanji') return `${numberIn(main, 'kanji')}${branch ? `の${numberIn(branch, 'kanji')}` : ''}　`
  return `(${main}${branch ? `の${branch}` : ''}) `
}

/** 別表第一　title / 別紙　title */
function appendixHead(clause: Clause, numerals: Numerals): string {
  return `${appendixName(clause.num, numerals)}${clause.caption ? `　${clause.caption}` : ''}`
}

export function appendixName(num: string, numerals: Numerals): string {
  const match = /^(\D+?)(\d*)$/.exec(num)!
  return match[2] ? `${match[1]}第${numberIn(Number(match[2]), numerals)}` : match[1]
}

/** A whole document: its clauses, a blank line between articles and appendices. */
export function documentText(clauses: Clause[], numerals: Numerals): string {
  const blocks = clauses.map((c) => linesOf(c, numerals).join('\n'))
  return blocks.join('\n\n') + '\n'
}

// Reading the lines written by `clauseLines` back into clauses: the block that follows
// 「…を次のように改める。」 or 「…に次の一項を加える。」 in a 改め文.
import {headingNumber, readNumeral} from '../parse/normalize.js'
import type {Clause} from './model.js'

const numeral = '[0-9０-９〇一二三四五六七八九十百千]+'
const articleHead = new RegExp(`^(第${numeral}条(?:の${numeral})*)(?:（(.*)）)?(?:[　 ](.*))?$`)
const divisionHead = new RegExp(`^第${numeral}[編章節款目]`)
const paragraphHead = /^([0-9０-９]+)[　 ](.*)$/
const kanjiItem = /^([一二三四五六七八九十百]+)(?:の([一二三四五六七八九十]+))?　(.*)$/
const arabicItem = /^[(（]([0-9０-９]+)(?:の([0-9０-９]+))?[)）][　 ]?(.*)$/
const subitemLine = /^(　+)(\S+?)　(.*)$/
const tableTitle = new RegExp(`^(?:第(${numeral})表(?:　(.*))?|［(.*)］)$`)
const appendixHeadLine = new RegExp(`^(別記|別紙|別表|附則|様式)(?:第(${numeral}))?(?:　(.*))?$`)

/** Clauses from block lines; `preamble` reads every line as the text before the first article. */
export function readBlock(lines: string[], preamble = false): Clause[] {
  if (preamble) return [{kind: 'preamble', num: '', text: lines.join('\n'), children: []}]
  const out: Clause[] = []
  let article: Clause | undefined
  let appendix: Clause | undefined
  let paragraph: Clause | undefined
  let item: Clause | undefined
  let subitems: Clause[] = []
  let table: Clause | undefined
  let caption: string | undefined
  let divisions: string[] = []
  const container = (): Clause | undefined => article ?? appendix
  const ensureParagraph = (): Clause => {
    if (paragraph) return paragraph
    paragraph = {kind: 'paragraph', num: '1', text: '', children: []}
    const parent = container()
    if (parent) parent.children.push(paragraph)
    else out.push(paragraph)
    return paragraph
  }
  const current = (): Clause => subitems.at(-1) ?? item ?? ensureParagraph()

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '') continue
    let m: RegExpExecArray | null
    if ((m = tableTitle.exec(line))) {
      table = {kind: 'table', num: m[1] ? String(readNumeral(m[1])) : '', caption: m[2] ?? m[3], text: '', children: []}
      if (appendix && !article && !paragraph) appendix.children.push(table)
      else if (article || appendix || paragraph || item) current().children.push(table)
      else out.push(table)
      continue
    }
    if (line.startsWith('|')) {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined)
      if (/^[-:|\s]+$/.test(cells) && cells.includes('-')) {
        const last = table?.children.at(-1)
        if (last) last.header = true
        continue
      }
      if (!table) {
        table = {kind: 'table', num: '', text: '', children: []}
        if (appendix && !article && !paragraph) appendix.children.push(table)
        else if (article || appendix || paragraph || item) current().children.push(table)
        else out.push(table)
      }
      table.children.push({kind: 'row', num: '', text: cells, children: []})
      continue
    }
    table = undefined
    if (divisionHead.test(line) && !articleHead.test(line)) {
      divisions.push(line)
      continue
    }
    if (/^（.*）$/.test(line) && articleHead.test(lines[i + 1] ?? '')) {
      caption = line.slice(1, -1)
      continue
    }
    if ((m = articleHead.exec(line))) {
      article = {kind: 'article', num: headingNumber(m[1])!, text: '', children: []}
      if (m[2] !== undefined || caption !== undefined) article.caption = m[2] ?? caption
      if (divisions.length > 0) article.divisions = divisions
      divisions = []
      caption = undefined
      ;(appendix ?? {children: out}).children.push(article)
      paragraph = item = undefined
      subitems = []
      if (m[3]) ensureParagraph().text = m[3]
      continue
    }
    if ((m = appendixHeadLine.exec(line))) {
      appendix = {kind: 'appendix', num: `${m[1]}${m[2] ? readNumeral(m[2]) : ''}`, text: '', children: []}
      if (m[3]) appendix.caption = m[3]
      out.push(appendix)
      article = paragraph = item = undefined
      subitems = []
      continue
    }
    if ((m = subitemLine.exec(line))) {
      const depth = m[1].length
      subitems = subitems.slice(0, depth - 1)
      const parent = subitems.at(-1) ?? item ?? ensureParagraph()
      const num = String(parent.children.filter((c) => c.kind === 'subitem').length + 1)
      const clause: Clause = {kind: 'subitem', num, depth, marker: m[2], text: m[3], children: []}
      parent.children.push(clause)
      subitems.push(clause)
      continue
    }
    if ((m = paragraphHead.exec(line))) {
      paragraph = {kind: 'paragraph', num: String(readNumeral(m[1])), text: m[2], children: []}
      const parent = container()
      if (parent) parent.children.push(paragraph)
      else out.push(paragraph)
      item = undefined
      subitems = []
      continue
    }
    if ((m = kanjiItem.exec(line) ?? arabicItem.exec(line))) {
      const num = `${readNumeral(m[1])}${m[2] ? `-${readNumeral(m[2])}` : ''}`
      item = {kind: 'item', num, text: m[3], children: []}
      if (article || appendix || paragraph) ensureParagraph().children.push(item)
      else out.push(item)
      subitems = []
      continue
    }
    if (!paragraph && !item && (article || appendix)) {
      ensureParagraph().text = line
      continue
    }
    const target = article || appendix || paragraph || item ? current() : undefined
    if (target) target.text += line
    else out.push((paragraph = {kind: 'paragraph', num: '1', text: line, children: []}))
  }
  return out
}

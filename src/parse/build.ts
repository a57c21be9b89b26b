// The tree builder: walks the classified lines once and decides, from the numbering in
// force, what each line is. Every character becomes part of exactly one leaf.
import type {VFile} from 'vfile'
import {classifyLine, type Candidate, type Series, type Shape, type Span} from './classify/index.js'
import {tableRow} from './classify/table-row.js'
import {splitLines, type Line} from './lines.js'
import {parseMessage, type Lang, type MessageArgs, type ParseRuleId} from './messages.js'
import {readMeta} from './meta.js'
import {articleLabel, compareNumbers, foldWidth} from './normalize.js'
import {ownText} from './text.js'
import type {
  Appendix,
  Article,
  Chapter,
  Document,
  Item,
  Node,
  Paragraph,
  Parent,
  Point,
  Section,
  Subitem,
  Table,
  TableRow,
  Text,
  TextRole
} from './types.js'

interface Level {
  node: Item | Subitem
  series: Series
  num: number
  branch?: number
  /** a second series run at this level: 一 イ ロ 二 イ … where イ is not introduced by 一 */
  alternate?: Candidate
}

interface OpenTable {
  node: Table
  rows: TableRow[]
  /** rows above a `|---|` separator */
  headerRows: number
}

type Decision =
  | {kind: 'sibling'; level: number; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'child'; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'alternate'; candidate: Candidate}
  | {kind: 'paragraph'; candidate: Candidate; diag?: ParseRuleId}
  | {kind: 'continuation'}

const paragraphSeries = new Set<Series>(['digit', 'circled'])
// Sentences may start with these even after a blank line; any other hiragana start is a fragment.
const sentenceStarts = /^(?:ただし|但し|なお|また|さらに|もっとも|おって|かつ|この|その|これ|それ|あらかじめ|いずれ|すべて|ここ)/
const midSentence = /^[ぁ-ゖ、。）」』]/
const sentenceEnd = /[。．」）)]$/

export function build(text: string, file: VFile, lang: Lang): Document {
  return new Builder(text, file, lang).run()
}

class Builder {
  readonly lines: Line[]
  readonly shapes: Shape[]
  readonly doc: Document
  chapter?: Chapter
  section?: Section
  appendix?: Appendix
  article?: Article
  paragraph?: Paragraph
  stack: Level[] = []
  table?: OpenTable
  readonly ids = new Set<string>()
  readonly nextDup = new Map<string, number>()
  readonly lastArticle = new Map<string, string>()
  /** front-matter body leaves, for title / version / issuer */
  readonly front: Text[] = []
  prevBlank = false
  prevEnded = true
  prevWrapped = false
  readonly wrapWidth?: number
  inToc = false
  readonly tocHeads = new Set<string>()
  /** caption line index → the article head line it belongs to */
  readonly captionHead = new Map<number, number>()
  /** an article opened at its caption line, waiting for its head line */
  captioned?: Article
  current!: Line

  constructor(
    readonly text: string,
    readonly file: VFile,
    readonly lang: Lang
  ) {
    this.lines = splitLines(text)
    this.shapes = this.lines.map((line) => classifyLine(line.text))
    this.doc = {type: 'document', id: 'doc', meta: {}, children: [], position: span(point(1, 1, 0), point(1, 1, 0))}
    this.wrapWidth = detectWrapWidth(this.lines, this.shapes)
    this.linkCaptions()
  }

  run(): Document {
    for (const line of this.lines) {
      this.current = line
      this.line(line, this.shapes[line.index])
    }
    this.closeTable()
    this.finishFront()
    setPositions(this.doc)
    return this.doc
  }

  /** A caption line counts as the article's when an article head follows (blank lines between allowed). */
  linkCaptions(): void {
    for (let i = 0; i < this.shapes.length; i++) {
      if (this.shapes[i].kind !== 'caption') continue
      let j = i + 1
      while (j < this.shapes.length && this.shapes[j].kind === 'blank') j++
      if (j < this.shapes.length && this.shapes[j].kind === 'article') this.captionHead.set(i, j)
    }
  }

  line(line: Line, shape: Shape): void {
    if (shape.kind === 'blank') {
      this.emit(this.layoutTarget(), line.start, line.next, 'layout')
      this.prevBlank = true
      // a hard wrap never spans a blank line; a split that does is a fragment
      this.prevWrapped = false
      return
    }
    if (shape.kind === 'furniture') {
      this.furniture(line, shape)
      return
    }
    const wrappedOn = this.wrapWidth !== undefined && this.prevWrapped
    let row: TableRowShape | undefined
    if (this.inToc && !this.leaveToc(shape)) {
      this.emitLine(this.layoutTarget(), line, line.start + shape.contentStart, line.end, 'furniture')
      return
    }
    if (wrappedOn && shape.kind !== 'tableRow') {
      this.body(line, shape.contentStart)
    } else if (this.table && shape.kind !== 'tableRow' && (row = rowInOpenTable(line, shape))) {
      this.tableRow(line, row)
    } else if (this.continuesTable(line, shape)) {
      this.tableCellLine(line, shape.contentStart)
    } else {
      switch (shape.kind) {
        case 'caption':
          if (this.captionHead.has(line.index)) this.captionLine(line, shape.caption)
          else this.body(line, shape.contentStart)
          break
        case 'article':
          this.articleHead(line, shape)
          break
        case 'division':
          this.division(line, shape)
          break
        case 'appendix':
          this.appendixHead(line, shape)
          break
        case 'tableTitle':
          this.tableTitle(line, shape)
          break
        case 'tableRow':
          this.tableRow(line, shape)
          break
        case 'numbered':
          this.numbered(line, shape)
          break
        default:
          this.body(line, shape.contentStart)
      }
    }
    // a caption's article is opened by the very next non-blank line or not at all
    if (shape.kind !== 'caption') this.captioned = undefined
    const content = line.text.trimEnd()
    this.prevBlank = false
    this.prevEnded = sentenceEnd.test(content) || shape.kind === 'article' || shape.kind === 'division'
    this.prevWrapped = this.wrapWidth !== undefined && content.length >= this.wrapWidth - 1 && !/[。．]$/.test(content)
  }

  // ——— structure ———

  furniture(line: Line, shape: Extract<Shape, {kind: 'furniture'}>): void {
    if (shape.why === 'toc-head') this.inToc = true
    this.emitLine(this.layoutTarget(), line, line.start + shape.contentStart, line.end, 'furniture')
  }

  /** A contents list ends at the first heading it has already listed, or at any article. */
  leaveToc(shape: Shape): boolean {
    if (shape.kind === 'article' || shape.kind === 'body' || shape.kind === 'numbered') {
      this.inToc = false
      return true
    }
    if (shape.kind === 'division') {
      const key = `${shape.level}:${shape.num}`
      // A heading already listed, or one with an article under it, is the text proper.
      if (this.tocHeads.has(key) || this.articleFollows(this.current.index)) {
        this.inToc = false
        return true
      }
      this.tocHeads.add(key)
    }
    return false
  }

  articleFollows(index: number): boolean {
    let next = index + 1
    while (next < this.shapes.length && this.shapes[next].kind === 'blank') next++
    const kind = this.shapes[next]?.kind
    return kind === 'article' || (kind === 'caption' && this.captionHead.has(next))
  }

  captionLine(line: Line, caption: Span): void {
    const head = this.captionHead.get(line.index)!
    const shape = this.shapes[head] as Extract<Shape, {kind: 'article'}>
    const article = this.openArticle(shape.num, this.lines[head].text.slice(shape.head.start, shape.head.end), shape.numEnd)
    article.caption = unbracket(line.text.slice(caption.start, caption.end))
    this.emitLine(article, line, line.start + caption.start, line.start + caption.end, 'caption')
    this.captioned = article
  }

  articleHead(line: Line, shape: Extract<Shape, {kind: 'article'}>): void {
    const label = line.text.slice(shape.head.start, shape.head.end)
    const article = this.captioned ?? this.openArticle(shape.num, label, shape.numEnd)
    this.captioned = undefined
    const base = line.start
    this.emit(article, base, base + shape.head.start, 'layout')
    this.emit(article, base + shape.head.start, base + shape.head.end, 'num')
    let at = base + shape.head.end
    if (shape.caption) {
      article.caption = unbracket(line.text.slice(shape.caption.start, shape.caption.end))
      this.emit(article, at, base + shape.caption.start, 'layout')
      this.emit(article, base + shape.caption.start, base + shape.caption.end, 'caption')
      at = base + shape.caption.end
    }
    if (shape.body) {
      const paragraph = this.openParagraph(1)
      this.emit(paragraph, at, base + shape.body.start, 'layout')
      this.emit(paragraph, base + shape.body.start, base + shape.body.end, 'body')
      if (/^削[ \u3000]*除$/.test(line.text.slice(shape.body.start, shape.body.end))) article.deleted = true
      this.emit(paragraph, base + shape.body.end, line.next, 'layout')
    } else {
      this.emit(article, at, line.next, 'layout')
    }
  }

  openArticle(num: string, label: string, numEnd?: string): Article {
    this.closeClauses()
    const scope = this.appendix?.id ?? 'main'
    const previous = this.lastArticle.get(scope)
    if (previous !== undefined) this.checkSequence(previous, num)
    this.lastArticle.set(scope, numEnd ?? num)
    const prefix = this.appendix ? `${this.appendix.id}__` : ''
    const article: Article = {type: 'article', id: this.uniqueId(`${prefix}art_${num}`), num, label, children: [], position: emptySpan()}
    if (numEnd) article.numEnd = numEnd
    ;(this.appendix ?? this.section ?? this.chapter ?? this.doc).children.push(article)
    this.article = article
    return article
  }

  /** Article numbers run 1, 2, 2の2, 3 …: report a gap, a repeat or a step back. */
  checkSequence(previous: string, num: string): void {
    const [prevMain] = previous.split('-').map(Number)
    const [main, branch] = num.split('-').map(Number)
    if (branch === undefined && main === prevMain + 1) return
    const order = compareNumbers(num, previous)
    const label = (n: string) => (this.lang === 'ja' ? articleLabel(n) : `Article ${n}`)
    const args = {what: 'article' as const, expected: label(previous), found: label(num)}
    if (order === 0) this.diag('numbering-duplicate', args)
    else if (order < 0) this.diag('numbering-order', args)
    else if (main > prevMain + 1) this.diag('numbering-gap', args)
  }

  division(line: Line, shape: Extract<Shape, {kind: 'division'}>): void {
    if (this.appendix || shape.level === 'part' || shape.level === 'subsection' || shape.level === 'division') {
      this.closeClauses()
      this.article = undefined
      this.emitLine(this.appendix ?? this.section ?? this.chapter ?? this.doc, line, line.start + shape.contentStart, line.end, 'title')
      return
    }
    this.closeClauses()
    this.article = undefined
    const label = line.text.slice(shape.head.start, shape.head.end)
    const title = shape.title ? line.text.slice(shape.title.start, shape.title.end) : undefined
    let node: Chapter | Section
    if (shape.level === 'chapter') {
      node = {type: 'chapter', id: this.uniqueId(`chap_${shape.num}`), num: shape.num, label, title, children: [], position: emptySpan()}
      this.doc.children.push(node)
      this.chapter = node
      this.section = undefined
    } else {
      const prefix = this.chapter ? `${this.chapter.id}__` : ''
      node = {type: 'section', id: this.uniqueId(`${prefix}sec_${shape.num}`), num: shape.num, label, title, children: [], position: emptySpan()}
      ;(this.chapter ?? this.doc).children.push(node)
      this.section = node
    }
    this.emitHeadLine(node, line, shape.head, shape.title)
  }

  appendixHead(line: Line, shape: Extract<Shape, {kind: 'appendix'}>): void {
    this.closeClauses()
    this.article = undefined
    this.chapter = undefined
    this.section = undefined
    const count = this.doc.children.filter((c) => c.type === 'appendix').length + 1
    const title = shape.title ? unbracket(line.text.slice(shape.title.start, shape.title.end)) : undefined
    const appendix: Appendix = {type: 'appendix', id: this.uniqueId(`annex_${count}`), kind: shape.appendixKind, num: shape.num, title, children: [], position: emptySpan()}
    this.doc.children.push(appendix)
    this.appendix = appendix
    this.emitHeadLine(appendix, line, shape.head, shape.title)
  }

  tableTitle(line: Line, shape: Extract<Shape, {kind: 'tableTitle'}>): void {
    this.closeTable()
    let parent: Paragraph | Item | Subitem | Appendix
    if (this.article) parent = this.tableParent()
    else if (this.appendix) {
      this.paragraph = undefined
      this.stack = []
      parent = this.appendix
    } else {
      this.body(line, shape.contentStart)
      return
    }
    const table = this.openTable(parent, shape.num)
    table.node.title = shape.title ? line.text.slice(shape.title.start, shape.title.end) : undefined
    this.emitHeadLine(table.node, line, shape.head, shape.title)
  }

  tableRow(line: Line, shape: TableRowShape): void {
    if (!this.article && !this.appendix) {
      this.body(line, shape.contentStart)
      return
    }
    const table = this.table ?? this.openTable(this.tableParent())
    if (shape.separator) {
      table.headerRows = table.rows.length
      this.emitLine(table.node, line, line.start + shape.contentStart, line.end, 'layout')
      return
    }
    const row: TableRow = {type: 'tableRow', id: '', header: false, cells: [], children: [], position: emptySpan()}
    table.node.children.push(row)
    table.rows.push(row)
    let at = line.start
    for (const cell of shape.cells) {
      this.emit(row, at, line.start + cell.start, 'layout')
      this.emit(row, line.start + cell.start, line.start + cell.end, 'cell')
      row.cells.push(line.text.slice(cell.start, cell.end))
      at = line.start + cell.end
    }
    this.emit(row, at, line.next, 'layout')
  }

  /** Tables go into the innermost open clause, so source order is kept. */
  /**
   * A line without cell separators right under a row continues that row's last cell
   * (statute tables wrap a cell as `イ 損失補償の見積額…`), unless it reads as a statute
   * paragraph or item (number, then a full-width space).
   */
  continuesTable(line: Line, shape: Shape): boolean {
    if (!this.table || this.prevBlank || this.table.rows.length === 0) return false
    // only while the row is the last thing in the table: a footer after it ends the row
    const children = this.table.node.children
    if (children[children.length - 1] !== this.table.rows[this.table.rows.length - 1]) return false
    if (shape.kind === 'body') return true
    return shape.kind === 'numbered' && line.text[shape.marker.end] !== '\u3000'
  }

  tableCellLine(line: Line, contentStart: number): void {
    const row = this.table!.rows[this.table!.rows.length - 1]
    const end = line.start + line.text.trimEnd().length
    this.emitLine(row, line, line.start + contentStart, end, 'cell')
    const last = row.cells.length - 1
    row.cells[last] = `${row.cells[last]}\n${this.text.slice(line.start + contentStart, end)}`
  }

  tableParent(): Paragraph | Item | Subitem | Appendix {
    const open = this.stack[this.stack.length - 1]?.node ?? this.paragraph
    if (open) return open
    return this.article ? this.openParagraph(1) : this.appendix!
  }

  openTable(parent: Paragraph | Item | Subitem | Appendix, num?: number): OpenTable {
    this.closeTable()
    const ordinal = parent.children.filter((c) => c.type === 'table').length + 1
    const node: Table = {type: 'table', id: this.uniqueId(`${parent.id}__table_${num ?? ordinal}`), num, rows: [], children: [], position: emptySpan()}
    parent.children.push(node)
    this.table = {node, rows: [], headerRows: 0}
    return this.table
  }

  /** Header rows are those above a separator, or a first row that reads as column names. */
  closeTable(): void {
    const table = this.table
    if (!table) return
    this.table = undefined
    let headerRows = table.headerRows
    if (headerRows === 0 && table.rows.length >= 2 && looksLikeHeader(table.rows)) headerRows = 1
    table.rows.forEach((row, i) => {
      row.header = i < headerRows
      row.id = row.header ? `${table.node.id}__header${i === 0 ? '' : `_${i + 1}`}` : `${table.node.id}__row_${i - headerRows + 1}`
    })
    if (headerRows > 0) table.node.header = table.rows[0].cells
    table.node.rows = table.rows.slice(headerRows).map((row) => row.cells)
  }

  openParagraph(num: number, label?: string): Paragraph {
    this.closeTable()
    this.stack = []
    const parent = this.article ?? this.appendix!
    const paragraph: Paragraph = {type: 'paragraph', id: this.uniqueId(`${parent.id}__para_${num}`), num, label, children: [], position: emptySpan()}
    ;(parent.children as Node[]).push(paragraph)
    this.paragraph = paragraph
    return paragraph
  }

  closeClauses(): void {
    this.closeTable()
    this.stack = []
    this.paragraph = undefined
  }

  // ——— numbered lines ———

  numbered(line: Line, shape: Extract<Shape, {kind: 'numbered'}>): void {
    if (!this.article && !this.appendix) {
      this.diag('unplaced-line')
      this.body(line, shape.contentStart)
      return
    }
    const decision = listsInline(line.text, shape) ? {kind: 'continuation' as const} : this.decide(shape.candidates)
    if (decision.kind === 'continuation') {
      this.body(line, shape.contentStart)
      return
    }
    const marker = line.text.slice(shape.marker.start, shape.marker.end)
    let node: Paragraph | Item | Subitem
    if (decision.kind === 'paragraph') {
      if (decision.diag) this.numberingDiag(decision.diag, 'paragraph', this.paragraph?.num ?? 0, decision.candidate.num)
      const reuse = decision.candidate.num === 1 && this.paragraph && this.paragraph.num === 1 && !this.paragraph.label && !hasContent(this.paragraph)
      node = reuse ? this.paragraph! : this.openParagraph(decision.candidate.num, marker)
      node.label = marker
    } else {
      this.closeTable()
      if (decision.kind === 'alternate') {
        const level = this.stack.length - 1
        const open = this.stack[level]
        this.stack.length = level
        node = this.openLevel(decision.candidate, marker)
        this.stack[level] = {...open, node, alternate: decision.candidate}
        this.emitNumbered(node, line, shape)
        return
      }
      if (decision.kind === 'sibling') {
        const previous = this.stack[decision.level]
        if (decision.diag) this.numberingDiag(decision.diag, decision.level === 0 ? 'item' : 'subitem', previous.num, decision.candidate.num)
        this.stack.length = decision.level
      } else if (decision.diag) {
        this.numberingDiag(decision.diag, this.stack.length === 0 ? 'item' : 'subitem', 0, decision.candidate.num)
      }
      node = this.openLevel(decision.candidate, marker)
    }
    this.emitNumbered(node, line, shape)
  }

  emitNumbered(node: Paragraph | Item | Subitem, line: Line, shape: Extract<Shape, {kind: 'numbered'}>): void {
    const base = line.start
    this.emit(node, base, base + shape.marker.start, 'layout')
    this.emit(node, base + shape.marker.start, base + shape.marker.end, 'num')
    if (shape.body) {
      this.emit(node, base + shape.marker.end, base + shape.body.start, 'layout')
      this.emit(node, base + shape.body.start, base + shape.body.end, 'body')
      this.emit(node, base + shape.body.end, line.next, 'layout')
    } else {
      this.emit(node, base + shape.marker.end, line.next, 'layout')
    }
  }

  openLevel(candidate: Candidate, marker: string): Item | Subitem {
    const depth = this.stack.length
    let node: Item | Subitem
    const num = candidate.branch === undefined ? `${candidate.num}` : `${candidate.num}-${candidate.branch}`
    if (depth === 0) {
      const paragraph = this.paragraph ?? this.openParagraph(1)
      node = {type: 'item', id: this.uniqueId(`${paragraph.id}__item_${num}`), num: candidate.num, marker, children: [], position: emptySpan()}
      paragraph.children.push(node)
    } else {
      const parent = this.stack[depth - 1].node
      node = {type: 'subitem', id: this.uniqueId(`${parent.id}__subitem_${num}`), num: candidate.num, marker, depth, children: [], position: emptySpan()}
      ;(parent.children as Node[]).push(node)
    }
    if (candidate.branch !== undefined) node.branch = candidate.branch
    this.stack.push({node, series: candidate.series, num: candidate.num, branch: candidate.branch})
    return node
  }

  /**
   * What a numbered line is, given the numbering in force: the next number of an open
   * level, the next paragraph, the first of a new level — or, failing those, a continuation
   * (a wrapped line that starts `1 日から…`), unless the line starts a block, in which case
   * it is taken with a numbering diagnostic.
   */
  decide(candidates: Candidate[]): Decision {
    const inAppendix = !this.article
    const canParagraph = (c: Candidate) => paragraphSeries.has(c.series) || (inAppendix && c.series === 'dot')
    const expectedParagraph = (this.paragraph?.num ?? 0) + 1
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const open = this.stack[level]
      const next = candidates.find((c) => c.series === open.series && (c.branch === undefined ? c.num === open.num + 1 : c.num === open.num && c.branch === (open.branch ?? 1) + 1))
      if (next) return {kind: 'sibling', level, candidate: next}
      const alternate = open.alternate && candidates.find((c) => c.series === open.alternate!.series && c.num === open.alternate!.num + 1)
      if (alternate) return {kind: 'alternate', candidate: alternate}
    }
    for (const c of candidates) {
      if (!canParagraph(c)) continue
      if (c.num === expectedParagraph) return {kind: 'paragraph', candidate: c}
      if (c.num === 1 && this.paragraph?.num === 1 && !this.paragraph.label && !hasContent(this.paragraph)) return {kind: 'paragraph', candidate: c}
    }
    const inStack = (s: Series) => this.stack.some((l) => l.series === s)
    for (const c of candidates) {
      if (c.num === 1 && !inStack(c.series) && c.series !== 'digit' && !(inAppendix && c.series === 'dot' && this.stack.length === 0)) {
        const top = this.stack[this.stack.length - 1]
        return top && !introducesList(top.node) ? {kind: 'alternate', candidate: c} : {kind: 'child', candidate: c}
      }
    }
    if (!(this.prevBlank || this.prevEnded)) return {kind: 'continuation'}
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const open = this.stack[level]
      const c = candidates.find((x) => x.series === open.series)
      if (!c) continue
      const diag: ParseRuleId = c.num > open.num + 1 ? 'numbering-gap' : c.num === open.num ? 'numbering-duplicate' : 'numbering-order'
      return {kind: 'sibling', level, candidate: c, diag}
    }
    for (const c of candidates) {
      if (!canParagraph(c) || !this.prevBlank && c.num < expectedParagraph) continue
      if (c.num > expectedParagraph) return {kind: 'paragraph', candidate: c, diag: 'numbering-gap'}
      if (c.num === expectedParagraph - 1) return {kind: 'paragraph', candidate: c, diag: 'numbering-duplicate'}
      if (c.num > 1) return {kind: 'paragraph', candidate: c, diag: 'numbering-order'}
    }
    if (this.stack.length === 0) {
      const c = candidates.find((x) => !paragraphSeries.has(x.series) && x.num > 1 && !(inAppendix && x.series === 'dot'))
      if (c) return {kind: 'child', candidate: c, diag: 'numbering-gap'}
    }
    return {kind: 'continuation'}
  }

  numberingDiag(id: ParseRuleId, what: 'paragraph' | 'item' | 'subitem', previous: number, found: number): void {
    this.diag(id, {what: what === 'paragraph' && !this.article ? 'part' : what, expected: String(previous), found: String(found)})
  }

  diag(id: ParseRuleId, args: MessageArgs = {}): void {
    this.file.message(parseMessage(id, this.lang, args), {place: this.linePlace(), ruleId: id, source: 'yakkan-parse'})
  }

  linePlace() {
    const line = this.current
    return {start: point(line.index + 1, 1, line.start), end: point(line.index + 1, line.end - line.start + 1, line.end)}
  }

  // ——— text ———

  body(line: Line, contentStart: number): void {
    this.closeTable()
    const content = line.text.slice(contentStart)
    let target: Parent
    const top = this.stack[this.stack.length - 1]
    if (top) target = top.node
    else if (this.paragraph) target = this.paragraph
    else if (this.article) target = this.openParagraph(1)
    else target = this.appendix ?? this.section ?? this.chapter ?? this.doc
    if (this.prevBlank && target.type !== 'document' && midSentence.test(content) && !sentenceStarts.test(content) && hasContent(target)) {
      this.diag('fragment-joined')
    }
    const leaf = this.emitLine(target, line, line.start + contentStart, line.start + contentStart + content.trimEnd().length, 'body')
    if (target === this.doc && leaf) this.front.push(leaf)
  }

  finishFront(): void {
    const {meta, titleLine} = readMeta(this.front.map((leaf) => leaf.value.trim()))
    this.doc.meta = meta
    if (titleLine !== undefined) this.front[titleLine].role = 'title'
  }

  /** Where blank lines and furniture go: the innermost open node. */
  layoutTarget(): Parent {
    if (this.table) return this.table.node
    const top = this.stack[this.stack.length - 1]
    return top?.node ?? this.paragraph ?? this.article ?? this.appendix ?? this.section ?? this.chapter ?? this.doc
  }

  /** Emits a line as layout before `from`, `role` from `from` to `to`, layout to the next line. */
  emitLine(parent: Parent, line: Line, from: number, to: number, role: TextRole): Text | undefined {
    this.emit(parent, line.start, from, 'layout')
    const leaf = this.emit(parent, from, to, role)
    this.emit(parent, to, line.next, 'layout')
    return leaf
  }

  emitHeadLine(parent: Parent, line: Line, head: Span, title?: Span): void {
    this.emit(parent, line.start, line.start + head.start, 'layout')
    this.emit(parent, line.start + head.start, line.start + head.end, 'num')
    if (title) {
      this.emit(parent, line.start + head.end, line.start + title.start, 'layout')
      this.emit(parent, line.start + title.start, line.start + title.end, 'title')
      this.emit(parent, line.start + title.end, line.next, 'layout')
    } else {
      this.emit(parent, line.start + head.end, line.next, 'layout')
    }
  }

  /** Appends the source range [start, end) to `parent` as a leaf; layout runs merge. */
  emit(parent: Parent, start: number, end: number, role: TextRole): Text | undefined {
    if (end <= start) return undefined
    const children = parent.children as Node[]
    const last = children[children.length - 1]
    const endPoint = this.pointAt(end)
    if (role === 'layout' && last && last.type === 'text' && last.role === 'layout' && last.position.end.offset === start) {
      last.value += this.text.slice(start, end)
      last.position.end = endPoint
      return last
    }
    const leaf: Text = {type: 'text', value: this.text.slice(start, end), role, position: span(this.pointAt(start), endPoint)}
    children.push(leaf)
    return leaf
  }

  /** Offsets handed in always lie on the current line or at the start of the next. */
  pointAt(offset: number): Point {
    const line = this.current
    if (offset >= line.next && line.next > line.end) return point(line.index + 2, 1, offset)
    return point(line.index + 1, offset - line.start + 1, offset)
  }

  /** Repeated numbers get __dup_2, __dup_3 …; the next free suffix is remembered so this stays linear. */
  uniqueId(id: string): string {
    let unique = id
    let n = this.nextDup.get(id) ?? 2
    while (this.ids.has(unique)) unique = `${id}__dup_${n++}`
    this.nextDup.set(id, n)
    this.ids.add(unique)
    return unique
  }
}

/** （１） …。（２） …。 on one line is running text that quotes numbered points, not a list. */
function listsInline(text: string, shape: Extract<Shape, {kind: 'numbered'}>): boolean {
  const paren = shape.candidates.find((c) => c.series === 'paren')
  if (!paren || !shape.body) return false
  const next = foldWidth(text.slice(shape.body.start))
  return next.includes(`(${paren.num + 1})`)
}

type TableRowShape = Extract<Shape, {kind: 'tableRow'}>

/** Inside a table, a line with tabs is a row even when it starts like a heading (第五条第二項\t…). */
function rowInOpenTable(line: Line, shape: Exclude<Shape, {kind: 'blank'}>): TableRowShape | undefined {
  return line.text.includes('\t') ? (tableRow(line.text, shape.contentStart) as TableRowShape | undefined) : undefined
}

/** Sub-items hang from a clause that introduces them (次に掲げる…), or from a bare term being defined. */
function introducesList(node: Item | Subitem): boolean {
  const own = ownText(node)
  return /次|以下|左|掲げる|下記|とおり|[:：]$/.test(own) || own.trim().length <= 8
}

function hasContent(node: Parent): boolean {
  return (node.children as Node[]).some((c) => c.type !== 'text' || c.role === 'body')
}

const headerWords = /表記|名称|項目|内容|種類|項番|番号|区分|備考|対応する|読替|当社の提供する|^No\.?$|^#$/i

function looksLikeHeader(rows: TableRow[]): boolean {
  const [first, ...rest] = rows
  const numeric = (cell: string | undefined) => cell !== undefined && /^[0-9０-９]+$/.test(cell.trim())
  if (first.cells[0] === '' && rest.every((row) => numeric(row.cells[0]))) return true
  return first.cells.some((cell) => headerWords.test(cell.trim())) && !numeric(first.cells[0])
}

/** The wrap width of a hard-wrapped text (PDF extraction), when many lines share one length. */
function detectWrapWidth(lines: Line[], shapes: Shape[]): number | undefined {
  const counts = new Map<number, number>()
  let long = 0
  for (const line of lines) {
    if (shapes[line.index].kind === 'blank' || shapes[line.index].kind === 'tableRow') continue
    const length = line.text.trimEnd().length
    if (length < 20) continue
    long++
    counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  let best = 0
  let width: number | undefined
  for (const [length, count] of counts) if (count > best || (count === best && length > (width ?? 0))) [best, width] = [count, length]
  return width !== undefined && best >= 5 && best >= long * 0.3 ? width : undefined
}

function unbracket(value: string): string {
  return value.replace(/^[（(【［\[]\s*/, '').replace(/\s*[）)】］\]]$/, '')
}

function point(line: number, column: number, offset: number): Point {
  return {line, column, offset}
}

function span(start: Point, end: Point) {
  return {start, end}
}

function emptySpan() {
  return span(point(1, 1, 0), point(1, 1, 0))
}

function setPositions(node: Parent): void {
  const children = node.children as Node[]
  for (const child of children) if (child.type !== 'text') setPositions(child)
  if (children.length > 0) node.position = span(children[0].position.start, children[children.length - 1].position.end)
}

// The tree builder: walks the classified lines once and decides, from the numbering in
// force, what each line is. Every character becomes part of exactly one leaf.
import type {VFile} from 'vfile'
import {isHeading} from './classify/article-head.js'
import {classifyLine, type Candidate, type Shape, type Span} from './classify/index.js'
import {readNumeral} from './normalize.js'
import {isDateLine} from './classify/furniture.js'
import {tableRow} from './classify/table-row.js'
import {splitLines, type Line} from './lines.js'
import {parseMessage, type Lang, type MessageArgs, type ParseRuleId} from './messages.js'
import {readMeta} from './meta.js'
import {ownText, rememberSource} from './text.js'
import {appendixTitle, articleName, ArticleNumbers, emitArticleHead, unbracket, type ArticleShape} from './structure/article.js'
import {Contents, linkCaptions} from './structure/contents.js'
import {pendingSpan, LeafWriter, point, setPositions, span} from './structure/emit.js'
import {decide, hasContent, isBlankFirst, listsInline, type Level} from './structure/numbering.js'
import {markComments, unnumberedLevel} from './structure/blocks.js'
import {markCommentary} from './structure/commentary.js'
import {alternativeLabels, markRunningHeads} from './structure/pages.js'
import {markSpaceTables} from './structure/space-table.js'
import {markSectionNumbers} from './structure/section-numbers.js'
import {markTitledSections} from './structure/titled-sections.js'
import {markPlainCaptions} from './structure/plain-captions.js'
import {numberStep} from './structure/sequence.js'
import {announcesUnmarkedItems, emitEntry, entryBody, entryContent, indentOf, listLead, listMarker, markdownText, parentEntry, type ListEntry} from './structure/list.js'
import {addRow, continuesTable, extendCell, finishTable, newTable, rowInOpenTable, type OpenTable, type TableRowShape} from './structure/table.js'
import {detectWrapWidth, endsSentence, startsMidSentence, wrapsOn} from './structure/wrap.js'
import type {
  Appendix,
  Article,
  Chapter,
  Document,
  Item,
  Paragraph,
  Parent,
  Section,
  Subitem,
  Text,
  TextRole
} from './types.js'

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
  readonly writer: LeafWriter
  readonly contents: Contents
  readonly numbers = new ArticleNumbers()
  /** front-matter body leaves, for title / version / issuer */
  readonly front: Text[] = []
  prevBlank = false
  prevEnded = true
  prevWrapped = false
  readonly wrapWidth?: number
  /** caption line index → the article head line it belongs to */
  readonly captionHead: Map<number, number>
  /** an article opened at its caption line, waiting for its head line */
  captioned?: Article
  /** in Markdown, how far the line of an item numbered (1), 一 … is indented, for bullets nested under it */
  readonly numberedColumns = new WeakMap<Item | Subitem, number>()
  /** an article whose caption's bracket the head line left open (第2条（料金の), to be closed on a line of its own */
  openCaption?: Article
  /** a Markdown document: lists nest by indentation, blank lines part paragraphs */
  readonly markdown: boolean
  /** the heading level of unnumbered provisions (`### 本規約の目的`), in a document without numbered ones */
  readonly unnumberedLevel?: number
  /** the heading level the current article was written at */
  articleLevel = 0
  /** open Markdown list entries, outermost first */
  list: Array<ListEntry<Paragraph | Item | Subitem>> = []
  /** whether the entries of the list at the margin are paragraphs or items, once decided */
  listMode?: 'paragraph' | 'item'
  /** lines after a lead like 下記のとおりとします。 are items even without a marker */
  unmarkedItems = false
  /** the lead of the open list stopped mid-sentence, so the text after the list continues it */
  leadOpen = false
  /** the last line with text, for a table its sentence announces */
  lastText = ''
  /** lines that label an alternative version (（ア）…場合, 〔※…〕) */
  readonly alternatives: Set<number>
  /** how many items and sub-items each clause holds, so a list numbered by position needs no count of its siblings */
  readonly levelsUnder = new Map<Parent, number>()
  /** appendices opened so far: the next one's id is annex_<count + 1> */
  appendices = 0
  /** the last chapter number, and the last section number in each chapter */
  readonly lastDivision = new Map<string, string>()
  get current(): Line {
    return this.writer.current
  }

  constructor(
    readonly text: string,
    readonly file: VFile,
    readonly lang: Lang
  ) {
    this.lines = splitLines(text)
    this.markdown = this.lines.some((line) => isHeading(line.text))
    this.shapes = this.lines.map((line) => classifyLine(line.text, this.markdown))
    markComments(this.lines, this.shapes)
    markRunningHeads(this.lines, this.shapes)
    markSpaceTables(this.lines, this.shapes)
    markCommentary(this.lines, this.shapes)
    markSectionNumbers(this.lines, this.shapes)
    markTitledSections(this.lines, this.shapes)
    markPlainCaptions(this.lines, this.shapes)
    this.alternatives = alternativeLabels(this.lines, this.shapes)
    this.unnumberedLevel = unnumberedLevel(this.shapes)
    this.doc = {type: 'document', id: 'doc', meta: {}, children: [], position: span(point(1, 1, 0), point(1, 1, 0))}
    this.wrapWidth = detectWrapWidth(this.lines, this.shapes)
    this.captionHead = linkCaptions(this.shapes, this.lines)
    this.contents = new Contents(this.shapes, this.captionHead)
    this.writer = new LeafWriter(text)
  }

  run(): Document {
    for (const line of this.lines) {
      this.writer.current = line
      this.line(line, this.shapes[line.index])
    }
    this.closeTable()
    this.finishFront()
    setPositions(this.doc)
    rememberSource(this.doc, this.text)
    return this.doc
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
    if (shape.kind === 'aside') {
      // a block of its own: what follows starts a new block, never continues across it
      this.emitLine(this.layoutTarget(), line, line.start, line.start + line.text.trimEnd().length, 'aside')
      this.prevBlank = true
      this.prevWrapped = false
      this.unmarkedItems = false
      return
    }
    if (this.alternatives.has(line.index)) {
      this.closeTable()
      this.emitLine(this.layoutTarget(), line, line.start + shape.contentStart, line.start + line.text.trimEnd().length, 'title')
      this.numbers.alternative = true
      this.prevBlank = true
      this.prevEnded = true
      this.prevWrapped = false
      return
    }
    if (this.openCaption && shape.kind === 'body' && captionEnd.test(line.text.slice(shape.contentStart).trimEnd())) {
      this.captionGoesOn(this.openCaption, line, shape.contentStart)
      this.after(line, shape)
      return
    }
    const wrappedOn = this.wrapWidth !== undefined && this.prevWrapped && !this.startsStructure(line, shape)
    // 読替え in a statute: after 「次の表の上欄に掲げる規定中…」, 第四条\t… is a row of that table, not an article
    if (shape.kind === 'article' && line.text.includes('\t') && (this.table || /次の表/.test(this.lastText))) {
      const row = tableRow(line.text, shape.contentStart) as TableRowShape | undefined
      if (row && row.cells.length >= 2 && (this.article || this.appendix)) {
        this.tableRow(line, row)
        this.after(line, row)
        return
      }
    }
    let row: TableRowShape | undefined
    if (this.contents.open && !this.contents.leave(shape, line.index)) {
      this.emitLine(this.layoutTarget(), line, line.start + shape.contentStart, line.end, 'furniture')
      return
    }
    if (wrappedOn && shape.kind !== 'tableRow') {
      this.body(line, shape.contentStart)
    } else if (this.table && shape.kind !== 'tableRow' && (row = rowInOpenTable(line, shape))) {
      this.tableRow(line, row)
    } else if (continuesTable(this.table, this.prevBlank, line, shape)) {
      extendCell(this.table!, line, shape.contentStart, this.writer)
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
        case 'heading':
          this.heading(line, shape)
          break
        case 'numbered':
          this.numbered(line, shape)
          break
        default:
          this.body(line, shape.contentStart)
      }
    }
    this.after(line, shape)
  }

  /** What a line leaves behind for the next one: sentence end, wrap, the caption waiting for its article. */
  after(line: Line, shape: Shape): void {
    // a caption's article is opened by the very next non-blank line or not at all
    if (shape.kind !== 'caption') this.captioned = undefined
    if (shape.kind !== 'article') this.openCaption = undefined
    const content = line.text.trimEnd()
    this.lastText = content
    this.prevBlank = false
    this.prevEnded = endsSentence(content) || shape.kind === 'article' || shape.kind === 'division'
    this.prevWrapped = wrapsOn(content, this.wrapWidth)
  }

  // ——— structure ———

  /**
   * After a full-width line, a line still opens structure when it is exactly what comes next:
   * the next article, a caption of an article, the next paragraph or item. A wrapped line
   * must not swallow the items that follow it.
   */
  startsStructure(line: Line, shape: Shape): boolean {
    if (shape.kind === 'caption') return this.captionHead.has(line.index)
    if (shape.kind === 'appendix') return shape.num !== undefined && shape.title !== undefined
    if (shape.kind === 'article') {
      const previous = this.numbers.last.get(this.appendix?.id ?? 'main')
      return shape.num !== undefined && previous !== undefined && numberStep(previous, shape.num) === undefined
    }
    if (shape.kind !== 'numbered' || !this.article) return false
    const decision = decide(shape.candidates, {stack: this.stack, paragraph: this.paragraph, inAppendix: false, prevBlank: false, prevEnded: false})
    return (decision.kind === 'sibling' || decision.kind === 'paragraph') && !decision.diag
  }

  furniture(line: Line, shape: Extract<Shape, {kind: 'furniture'}>): void {
    if (shape.why === 'toc-head') this.contents.open = true
    this.emitLine(this.layoutTarget(), line, line.start + shape.contentStart, line.end, 'furniture')
  }

  captionLine(line: Line, caption: Span): void {
    const head = this.captionHead.get(line.index)!
    const shape = this.shapes[head] as Extract<Shape, {kind: 'article'}>
    const article = this.openArticle(shape, this.lines[head].text.slice(shape.head.start, shape.head.end))
    article.caption = unbracket(line.text.slice(caption.start, caption.end))
    this.emitLine(article, line, line.start + caption.start, line.start + caption.end, 'caption')
    this.captioned = article
  }

  articleHead(line: Line, shape: Extract<Shape, {kind: 'article'}>): void {
    const label = line.text.slice(shape.head.start, shape.head.end)
    const article = this.captioned ?? this.openArticle(shape, label)
    this.captioned = undefined
    this.articleLevel = shape.level ?? 0
    emitArticleHead(this.writer, article, line, shape, () => this.openParagraph(1))
    const caption = shape.caption && line.text.slice(shape.caption.start, shape.caption.end)
    this.openCaption = caption !== undefined && !shape.body && /^[（(]/.test(caption) && !/[）)]$/.test(caption) ? article : undefined
  }

  /** 支払） after 第2条（料金の: the rest of the caption, on the line a page break or a wrap left it. */
  captionGoesOn(article: Article, line: Line, contentStart: number): void {
    const end = line.text.trimEnd().length
    this.emitLine(article, line, line.start + contentStart, line.start + end, 'caption')
    article.caption = unbracket(`（${article.caption ?? ''}${line.text.slice(contentStart, end)}`)
  }

  openArticle(shape: ArticleShape | undefined, label: string): Article {
    this.closeClauses()
    const scope = this.appendix?.id ?? 'main'
    const prefix = this.appendix ? `${this.appendix.id}__` : ''
    const {num, id, diag} = this.numbers.next(scope, prefix, shape, label)
    if (diag?.id === 'numbering-unreadable') this.diag(diag.id, {what: 'article', found: label})
    else if (diag) this.diag(diag.id, {what: 'article', expected: articleName(diag.previous!, this.lang), found: articleName(num, this.lang)})
    const article: Article = {type: 'article', id: this.uniqueId(id), num, label, children: [], position: pendingSpan}
    if (!shape) article.unnumbered = true
    if (shape?.numbering) article.numbering = shape.numbering
    if (shape?.numEnd) article.numEnd = shape.numEnd
    ;(this.appendix ?? this.section ?? this.chapter ?? this.doc).children.push(article)
    this.article = article
    return article
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
    // chapters run 1, 2, 3 … through the document, sections within their chapter
    const scope = shape.level === 'chapter' ? 'chapter' : `section:${this.chapter?.id ?? ''}`
    const previous = this.lastDivision.get(scope)
    const step = numberStep(previous, shape.num)
    const unit = shape.level === 'chapter' ? '章' : '節'
    const name = (n: string) => (this.lang === 'ja' ? `第${n.replace('-', `${unit}の`)}${n.includes('-') ? '' : unit}` : `${shape.level === 'chapter' ? 'Chapter' : 'Section'} ${n}`)
    if (step) this.diag(step, {what: shape.level === 'chapter' ? 'chapter' : 'section', expected: name(previous!), found: name(shape.num)})
    this.lastDivision.set(scope, shape.num)
    let node: Chapter | Section
    if (shape.level === 'chapter') {
      node = {type: 'chapter', id: this.uniqueId(`chap_${shape.num}`), num: shape.num, label, title, children: [], position: pendingSpan}
      this.doc.children.push(node)
      this.chapter = node
      this.section = undefined
    } else {
      const prefix = this.chapter ? `${this.chapter.id}__` : ''
      node = {type: 'section', id: this.uniqueId(`${prefix}sec_${shape.num}`), num: shape.num, label, title, children: [], position: pendingSpan}
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
    const count = ++this.appendices
    const title = shape.title ? appendixTitle(line.text.slice(shape.title.start, shape.title.end)) : undefined
    const appendix: Appendix = {type: 'appendix', id: this.uniqueId(`annex_${count}`), kind: shape.appendixKind, num: shape.num, title, children: [], position: pendingSpan}
    if (shape.branch !== undefined) appendix.branch = shape.branch
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
    addRow(this.table ?? this.openTable(this.tableParent()), line, shape, this.writer)
  }

  /** Tables go into the innermost open clause, so source order is kept. */
  tableParent(): Paragraph | Item | Subitem | Appendix {
    const open = this.stack[this.stack.length - 1]?.node ?? this.paragraph
    if (open) return open
    return this.article ? this.openParagraph(1) : this.appendix!
  }

  openTable(parent: Paragraph | Item | Subitem | Appendix, num?: number): OpenTable {
    this.closeTable()
    this.table = newTable(parent, num, this.writer)
    return this.table
  }

  closeTable(): void {
    if (!this.table) return
    finishTable(this.table)
    this.table = undefined
  }

  openParagraph(num: number, label?: string): Paragraph {
    this.closeTable()
    this.stack = []
    const parent = this.article ?? this.appendix!
    const paragraph: Paragraph = {type: 'paragraph', id: this.writer.childId(parent, `para_${num}`), num, label, children: [], position: pendingSpan}
    parent.children.push(paragraph)
    this.paragraph = paragraph
    return paragraph
  }

  closeClauses(): void {
    this.closeTable()
    this.stack = []
    this.paragraph = undefined
    this.endList()
  }

  endList(): void {
    this.list = []
    this.listMode = undefined
    this.unmarkedItems = false
    this.leadOpen = false
  }

  // ——— Markdown ———

  /**
   * A heading without a number: an unnumbered provision at the level such provisions are
   * written, a sub-heading inside an article, or a heading outside the articles.
   */
  heading(line: Line, shape: Extract<Shape, {kind: 'heading'}>): void {
    if (shape.level === this.unnumberedLevel) {
      const article = this.openArticle(undefined, '')
      this.articleLevel = shape.level
      article.caption = line.text.slice(shape.title.start, shape.title.end)
      this.emitLine(article, line, line.start + shape.title.start, line.start + shape.title.end, 'caption')
      return
    }
    if (this.article && (shape.level > this.articleLevel || shape.level === 0)) {
      // a sub-heading inside a provision: the blocks under it are the provision's paragraphs
      this.closeTable()
      this.stack = []
      this.endList()
      const numbered = sectionParagraphHeading(line.text, shape, this.article)
      if (numbered) {
        // `### 2.1 手続` in section 2: paragraph 2.1 opens with its number and title; its text and list follow
        const {marker, title} = numbered
        const paragraph = this.openParagraph(numbered.num, line.text.slice(marker.start, marker.end))
        this.writer.emit(paragraph, line.start, line.start + marker.start, 'layout')
        this.writer.emit(paragraph, line.start + marker.start, line.start + marker.end, 'num')
        this.writer.emit(paragraph, line.start + marker.end, line.start + title.start, 'layout')
        this.writer.emit(paragraph, line.start + title.start, line.start + title.end, 'title')
        this.writer.emit(paragraph, line.start + title.end, line.next, 'layout')
        this.listMode = 'item'
        return
      }
      this.emitLine(this.layoutTarget(), line, line.start + shape.title.start, line.start + shape.title.end, 'title')
      this.prevBlank = true
      return
    }
    if (this.article || this.appendix || this.chapter) {
      this.closeClauses()
      this.article = undefined
      this.emitLine(this.appendix ?? this.section ?? this.chapter ?? this.doc, line, line.start + shape.title.start, line.start + shape.title.end, 'title')
      return
    }
    this.body(line, shape.contentStart)
  }

  /** A Markdown list entry under an article: nested by indentation; at the margin a paragraph unless a lead announced items. */
  listEntry(line: Line, marker: Span): void {
    this.closeTable()
    this.unmarkedItems = false
    const indent = indentOf(line.text)
    const parent = parentEntry(this.list, indent)
    const label = line.text.slice(marker.start, marker.end)
    let node: Paragraph | Item | Subitem
    const holder = this.numberedHolder(indent)
    const parentLevel = parent ? this.stack.findIndex((level) => level.node === parent.node) : -1
    if (holder !== undefined && parentLevel < holder) {
      // a bullet list under a numbered item: nested there, and its siblings find that item through the list
      const held = this.stack[holder].node
      this.stack.length = holder + 1
      this.list.push({content: indent, node: held})
      node = this.openListLevel(label)
    } else if (!parent) {
      if (this.listMode === undefined) {
        const lead = listLead(this.paragraph && hasContent(this.paragraph) ? ownText(this.paragraph).trimEnd() : '')
        this.listMode = lead.mode
        this.leadOpen = lead.leadOpen
      }
      this.stack = []
      if (this.listMode === 'paragraph') {
        node = isBlankFirst(this.paragraph) ? this.paragraph! : this.openParagraph((this.paragraph?.num ?? 0) + 1)
        node.label = label
      } else {
        node = this.openListLevel(label)
      }
    } else {
      const depth = parent.node.type === 'paragraph' ? 0 : parentLevel + 1
      this.stack.length = depth
      node = this.openListLevel(label)
    }
    this.list.push({content: entryContent(line.text, marker), node})
    emitEntry(this.writer, node, line, marker, entryBody(line.text, marker))
  }

  /** An item (or sub-item) numbered by its position among its siblings: lists may write every entry "1.". */
  openListLevel(marker: string): Item | Subitem {
    const top: Item | Subitem | undefined = this.stack[this.stack.length - 1]?.node
    const parent: Parent = top ?? this.paragraph ?? this.openParagraph(1)
    const num = (this.levelsUnder.get(parent) ?? 0) + 1
    return this.openLevel({series: 'dot', num}, marker, top)
  }

  /** Text in a Markdown article: after a blank line at the margin it starts a new paragraph. */
  markdownBody(line: Line, contentStart: number): boolean {
    const paragraph = this.paragraph
    const action = markdownText({
      prevBlank: this.prevBlank,
      indent: indentOf(line.text),
      leadOpen: this.leadOpen,
      listOpen: this.list.length > 0,
      paragraphInUse: () => paragraph !== undefined && (hasContent(paragraph) || this.stack.length > 0),
      unmarkedItems: this.unmarkedItems
    })
    if (action === 'resumeLead') {
      this.endList()
      this.stack = []
    } else if (action === 'nextParagraph') {
      this.endList()
      this.openParagraph(paragraph!.num + 1)
    } else if (action === 'unmarkedItem') {
      this.stack = []
      const item = this.openListLevel('')
      this.emitLine(item, line, line.start + contentStart, line.start + line.text.trimEnd().length, 'body')
      return true
    } else if (action === 'endList') {
      this.endList()
    }
    return false
  }

  // ——— numbered lines ———

  numbered(line: Line, shape: Extract<Shape, {kind: 'numbered'}>): void {
    const entry = this.markdown && this.article ? listMarker(line.text, shape) : undefined
    if (entry) {
      this.listEntry(line, entry)
      return
    }
    if (!this.article && !this.appendix) {
      this.diag('unplaced-line')
      this.body(line, shape.contentStart)
      return
    }
    const decision = listsInline(line.text, shape) ? {kind: 'continuation' as const} : decide(shape.candidates, {stack: this.stack, paragraph: this.paragraph, inAppendix: !this.article, prevBlank: this.prevBlank, prevEnded: this.prevEnded, line: {text: line.text, marker: shape.marker, body: shape.body}})
    if (decision.kind === 'continuation') {
      // a bracketed or circled marker is a list entry, not a wrapped line: taking it as text is worth a word
      if (shape.candidates.every((c) => !unbracketedSeries.has(c.series)) && !listsInline(line.text, shape)) this.diag('numbered-as-text')
      this.body(line, shape.contentStart)
      return
    }
    const marker = line.text.slice(shape.marker.start, shape.marker.end)
    let node: Paragraph | Item | Subitem
    if (decision.kind === 'paragraph') {
      if (decision.diag && !(decision.diag !== 'numbering-gap' && this.numbers.alternative)) this.numberingDiag(decision.diag, 'paragraph', this.paragraph?.num ?? 0, decision.candidate.num)
      const reuse = decision.candidate.num === 1 && isBlankFirst(this.paragraph)
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
    emitEntry(this.writer, node, line, shape.marker, shape.body)
    if (this.markdown && node.type !== 'paragraph') this.numberedColumns.set(node, indentOf(line.text))
  }

  /** The deepest open (1)-style item a bullet is indented beyond: `  - 生鮮食品` under `(2) 次に掲げる食品`. */
  numberedHolder(indent: number): number | undefined {
    for (let level = this.stack.length - 1; level >= 0; level--) {
      const column = this.numberedColumns.get(this.stack[level].node)
      if (column !== undefined && column < indent) return level
    }
    return undefined
  }

  openLevel(candidate: Candidate, marker: string, under?: Item | Subitem): Item | Subitem {
    const depth = this.stack.length
    let node: Item | Subitem
    const num = candidate.branch === undefined ? `${candidate.num}` : `${candidate.num}-${candidate.branch}`
    if (depth === 0 && !under) {
      const paragraph = this.paragraph ?? this.openParagraph(1)
      node = {type: 'item', id: this.writer.childId(paragraph, `item_${num}`), num: candidate.num, marker, children: [], position: pendingSpan}
      paragraph.children.push(node)
      this.levelsUnder.set(paragraph, (this.levelsUnder.get(paragraph) ?? 0) + 1)
    } else {
      const parent = under ?? this.stack[depth - 1].node
      node = {type: 'subitem', id: this.writer.childId(parent, `subitem_${num}`), num: candidate.num, marker, depth, children: [], position: pendingSpan}
      parent.children.push(node)
      this.levelsUnder.set(parent, (this.levelsUnder.get(parent) ?? 0) + 1)
    }
    if (candidate.branch !== undefined) node.branch = candidate.branch
    this.stack.push({node, series: candidate.series, num: candidate.num, branch: candidate.branch})
    return node
  }

  numberingDiag(id: ParseRuleId, what: 'paragraph' | 'item' | 'subitem', previous: number, found: number): void {
    this.diag(id, {what: what === 'paragraph' && !this.article ? 'part' : what, expected: String(previous), found: String(found)})
  }

  diag(id: ParseRuleId, args: MessageArgs = {}): void {
    this.file.message(parseMessage(id, this.lang, args), {place: this.writer.linePlace(), ruleId: id, source: 'yakkan-parse'})
  }

  // ——— text ———

  body(line: Line, contentStart: number): void {
    this.closeTable()
    if (this.article && isDateLine(line.text)) {
      // a revision date after the articles belongs to no clause
      this.emitLine(this.layoutTarget(), line, line.start + contentStart, line.start + line.text.trimEnd().length, 'furniture')
      return
    }
    if (this.markdown && this.article) {
      const marker = listMarker(line.text, this.shapes[line.index])
      if (marker && line.text.length > 0) {
        this.listEntry(line, marker)
        return
      }
      if (this.markdownBody(line, contentStart)) return
    }
    const content = line.text.slice(contentStart)
    let target: Parent
    const top = this.stack[this.stack.length - 1]
    if (top) target = top.node
    else if (this.paragraph) target = this.paragraph
    else if (this.article) target = this.openParagraph(1)
    else target = this.appendix ?? this.section ?? this.chapter ?? this.doc
    if (this.prevBlank && target.type !== 'document' && startsMidSentence(content) && hasContent(target)) {
      this.diag('fragment-joined')
    }
    const leaf = this.emitLine(target, line, line.start + contentStart, line.start + contentStart + content.trimEnd().length, 'body')
    if (target === this.doc && leaf) this.front.push(leaf)
    // 下記のとおりとします。 then lines without markers: each line is an item
    if (this.markdown && this.article && this.stack.length === 0 && announcesUnmarkedItems(content)) this.unmarkedItems = true
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

  emitLine(parent: Parent, line: Line, from: number, to: number, role: TextRole): Text | undefined {
    return this.writer.emitLine(parent, line, from, to, role)
  }

  emitHeadLine(parent: Parent, line: Line, head: Span, title?: Span): void {
    this.writer.emitHeadLine(parent, line, head, title)
  }

  emit(parent: Parent, start: number, end: number, role: TextRole): Text | undefined {
    return this.writer.emit(parent, start, end, role)
  }

  uniqueId(id: string): string {
    return this.writer.uniqueId(id)
  }
}

// numbers a wrapped line may start with (17 条…, 一部…): no diagnostic when they are read as text
/** `### 2.1 手続` under section 2 (`## 2. 会員登録`): paragraph 1 of it, its number and its title. */
function sectionParagraphHeading(text: string, shape: Extract<Shape, {kind: 'heading'}>, article: Article): {num: number; marker: Span; title: Span} | undefined {
  if (article.numbering !== 'section') return undefined
  const title = text.slice(shape.title.start, shape.title.end)
  const match = /^([0-9０-９]{1,3})[.．]([0-9０-９]{1,3})(?![0-9０-９.．])[ \t\u3000]*/.exec(title)
  if (!match || String(readNumeral(match[1])) !== article.num) return undefined
  const markerEnd = shape.title.start + match[0].trimEnd().length
  return {num: readNumeral(match[2])!, marker: {start: shape.title.start, end: markerEnd}, title: {start: shape.title.start + match[0].length, end: shape.title.end}}
}

// the rest of a caption left open on its article's head line: a few words and the closing bracket
const captionEnd = /^[^（）()。、\s]{1,30}[）)]$/

const unbracketedSeries = new Set(['digit', 'kanji', 'dot', 'iroha', 'aiueo', 'latin'])

// What the PDF reader hands on: the text the parser reads, and where each line of it sits.

/** A line of the extracted text and the place on its page where it begins. */
export interface PdfLine {
  /** offset of the line's first character in the extracted text */
  offset: number
  /** 1-based page number */
  page: number
  /** points from the page's left edge */
  x: number
  /** points from the page's top edge to the line's baseline */
  y: number
}

/** A line left out of the text because it is page furniture, not the document's words. */
export interface PdfFurniture {
  page: number
  text: string
  /** 'page-number' (- 16 -, 16/37), or 'running' (a header or footer repeated across pages) */
  kind: 'page-number' | 'running'
}

export interface PdfText {
  /** the extracted text, lines joined by LF; the parser reads exactly this */
  text: string
  pages: number
  /** one entry per line of `text`, in order */
  lines: PdfLine[]
  furniture: PdfFurniture[]
}

/** A point on a page: what a position in the extracted text maps back to. */
export interface PdfPlace {
  page: number
  x: number
  y: number
}

// Reading PDF: the extracted text the parser reads as decoded text, and a map from its lines
// back to pages and points. Nothing here knows the clause tree.
export type * from './types.js'
export {readPdf, PdfError, type PdfProblem} from './read.js'
export {isPdf} from './detect.js'
export {placeOfLine, placeOfOffset} from './place.js'

// Offsets → line and column (1-based, UTF-16 units), for positions people can look up.
import {pointFinder} from '../parse/lines.js'
import type {Place} from './types.js'

export type Placer = (offset: number) => Place

/** A lookup for one text; every line break (LF, CRLF, CR) starts a line. */
export const placer: (text: string) => Placer = pointFinder

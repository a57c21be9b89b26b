// `yakkan rewrite --exclude`: a clause of an upstream document given on the command line.
import {findReferences} from '../parse/references.js'
import {RewriteError} from '../terms/errors.js'
import {fromReference} from '../terms/resolve.js'
import type {ClauseReference} from '../terms/types.js'

/**
 * A reference given with --exclude: `個別規程「第7条（オプション）(4)」`, `個別規程第7条(4)`,
 * `第7条第1項第4号`, or a clause id `art_7__para_1__item_4` with an optional `文書名:` before it;
 * or a whole document (article ''): its name or title, or `ファイル名:doc`.
 */
export function parseExcludeOption(value: string): ClauseReference {
  const id = /^(?:(.+?)[:：])?(art_[0-9-]+(?:__para_\d+)?(?:__item_\d+)?)$/.exec(value.trim())
  if (id) {
    const [, document, path] = id
    const parts = /^art_([0-9-]+)(?:__para_(\d+))?(?:__item_(\d+))?$/.exec(path)!
    return {
      raw: value,
      document: document?.trim() || undefined,
      article: parts[1],
      paragraph: parts[2] === undefined ? undefined : Number(parts[2]),
      item: parts[3] === undefined ? undefined : Number(parts[3])
    }
  }
  // a whole document: its name or title (アオバ光 オプション規程, 甲SLA) or its file name with the root's id (aoba-option:doc)
  const whole = /^(.+?)[:：]doc$/.exec(value.trim())?.[1].trim() ?? value.trim()
  const found = findReferences(value).find((reference) => reference.path.some((step) => step.level === 'article'))
  if (!found && whole !== '' && !/第[\s\u3000]*[0-9０-９一二三四五六七八九十百]/.test(whole)) return {raw: value, document: whole, article: ''}
  if (!found) {
    throw new RewriteError('reference', {
      ja: `--exclude「${value}」を条項の指定としても文書の指定としても読めません（例: 個別規程第7条(4)、art_7__para_1__item_4、オプション規程、aoba-option:doc）`,
      en: `cannot read --exclude “${value}” as a clause or a document (e.g. 個別規程第7条(4), art_7__para_1__item_4, オプション規程, aoba-option:doc)`
    })
  }
  return {...fromReference(found), raw: value}
}

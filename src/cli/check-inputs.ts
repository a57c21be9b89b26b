// What `yakkan check` was asked to read: files, folders, globs (corpus/**/*.md) and `-` for
// standard input. An existing path is always taken literally, so `terms[1].md` is a file and
// not a pattern; folders and globs follow the same rules of what is a document. Globs are
// expanded here, as a shell that leaves them quoted (and Windows) would not.
import {readdir, stat} from 'node:fs/promises'
import {join, resolve} from 'node:path'
import {InputError} from '../parse/decode.js'
import {listDocuments, skipped} from './documents.js'

const magic = /[*?[{]/

export interface Expanded {
  /** the paths to check, in the order given, each file once however it was named */
  paths: string[]
  /** inputs that gave nothing to check (an empty folder, a glob with no match) */
  errors: InputError[]
}

export async function expandInputs(inputs: string[]): Promise<Expanded> {
  const paths = new Map<string, string>()
  const errors: InputError[] = []
  for (const input of inputs) {
    try {
      for (const path of await expandInput(input)) {
        const key = path === '-' ? path : resolve(path)
        if (!paths.has(key)) paths.set(key, path)
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      error.path = input
      errors.push(error)
    }
  }
  return {paths: [...paths.values()], errors}
}

async function expandInput(input: string): Promise<string[]> {
  if (input === '-') return [input]
  const info = await stat(input).catch(() => undefined)
  if (info?.isDirectory()) {
    const documents = await listDocuments(input)
    if (documents.length === 0) {
      throw new InputError('missing', {ja: '検査する文書がありません（*.md と *.txt。README は除く）', en: 'no documents to check here (*.md and *.txt, READMEs left out)'})
    }
    return documents
  }
  if (info || !magic.test(input)) return [input]
  return expandGlob(input)
}

/** Files matching a glob (`**` any folders, `*` `?` `[…]` `{a,b}` within a name), less those that are never documents. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const segments = pattern.replace(/\\/g, '/').split('/')
  const fixed = segments.findIndex((segment) => magic.test(segment))
  const base = segments.slice(0, fixed).join('/') || '.'
  const rest = globRegExp(segments.slice(fixed).join('/'))
  const names = await readdir(base, {recursive: true}).catch(() => [] as string[])
  const matches: string[] = []
  for (const name of names.map((n) => n.split('\\').join('/')).sort()) {
    if (skipped(name) || !rest.test(name)) continue
    const path = base === '.' && !pattern.startsWith('./') ? name : join(base, name)
    if ((await stat(path)).isFile()) matches.push(path)
  }
  if (matches.length === 0) throw new InputError('missing', {ja: 'パターンに一致するファイルがありません', en: 'no files match the pattern'})
  return matches
}

export function globRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      source += slash ? '(?:[^/]+/)*' : '.*'
      i += slash ? 2 : 1
    } else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else if (ch === '{') {
      const close = glob.indexOf('}', i)
      if (close < 0) source += '\\{'
      else {
        source += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`
        i = close
      }
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 1)
      if (close < 0) source += '\\['
      else {
        source += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`
        i = close
      }
    } else source += escape(ch)
  }
  return new RegExp(`^${source}$`)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

// What `yakkan check` was asked to read: files, folders (their *.md and *.txt, READMEs
// left out), globs (corpus/**/*.md), and `-` for standard input. Globs are expanded here,
// as a shell that leaves them quoted (and Windows) would not.
import {readdir, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {InputError} from '../parse/decode.js'
import {listDocuments} from './documents.js'

const magic = /[*?[{]/

/** The paths to check, in the order given, each once. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = []
  for (const input of inputs) {
    if (input === '-') out.push(input)
    else if (magic.test(input)) out.push(...(await expandGlob(input)))
    else if ((await stat(input).catch(() => undefined))?.isDirectory()) out.push(...(await listDocuments(input)))
    else out.push(input)
  }
  return [...new Set(out)]
}

/** Files matching a glob (`**` any folders, `*` `?` `[…]` `{a,b}` within a name); dot folders and node_modules are skipped. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const segments = pattern.replace(/\\/g, '/').split('/')
  const fixed = segments.findIndex((segment) => magic.test(segment))
  const base = segments.slice(0, fixed).join('/') || '.'
  const rest = globRegExp(segments.slice(fixed).join('/'))
  const names = await readdir(base, {recursive: true}).catch(() => [] as string[])
  const matches: string[] = []
  for (const name of names.map((n) => n.split('\\').join('/')).sort()) {
    if (/(^|\/)(\.[^/]|node_modules(\/|$))/.test(name) || !rest.test(name)) continue
    const path = base === '.' && !pattern.startsWith('./') ? name : join(base, name)
    if ((await stat(path)).isFile()) matches.push(path)
  }
  if (matches.length === 0) {
    const error = new InputError('missing', {ja: 'パターンに一致するファイルがありません', en: 'no files match the pattern'})
    error.path = pattern
    throw error
  }
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

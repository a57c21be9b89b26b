// Words the effective-terms writers share, in Japanese (default) and English, so the
// Markdown, HTML and report say the same thing the same way.
import type {EffectiveDocument, EffectiveUpstream, Exclusion, Location, Override, Precedence, ReadingRow} from '../rewrite/index.js'
import {rowLabel} from '../terms/labels.js'
import type {Lang} from '../parse/index.js'

export type {Lang}

export function documentTitle(document: EffectiveUpstream): string {
  return document.title ?? document.meta.title ?? document.path
}

export function heading(doc: EffectiveDocument, lang: Lang): string {
  const name = doc.service.name ?? doc.service.path
  return lang === 'ja' ? `${name} 実効約款（読替え適用後）` : `${name}: effective terms (readings applied)`
}

export function reportHeading(doc: EffectiveDocument, lang: Lang): string {
  const name = doc.service.name ?? doc.service.path
  return lang === 'ja' ? `${name} 読替えレポート` : `${name}: rewrite report`
}

/** Lines under the heading: version, source, what the document is. */
export function preamble(doc: EffectiveDocument, lang: Lang): string[] {
  const {version, issuer, path} = doc.service
  const lines: string[] = []
  if (lang === 'ja') {
    lines.push(`本書は、${path} の定めにより上流事業者の約款を読み替えて示したものです。読替え箇所・適用除外・優先する条項を表示しています。`)
    if (version) lines.push(`版：${version}${issuer ? `（${issuer}）` : ''}`)
  } else {
    lines.push(`The upstream terms as read under ${path}: substituted wording, excluded clauses and overriding articles are marked.`)
    if (version) lines.push(`Version: ${version}${issuer ? ` (${issuer})` : ''}`)
  }
  return lines
}

/** The precedence as a list, highest first; the upstream rank names the documents shown. */
export function precedenceLines(doc: EffectiveDocument, lang: Lang): string[] {
  const precedence: Precedence | undefined = doc.precedence
  if (!precedence) return [lang === 'ja' ? '（優先順位の定めは見つかりませんでした）' : '(no precedence statement found)']
  return precedence.ranks.map((rank, index) => {
    const names = rank.map((name) => `「${name}」`).join('・')
    const documents = doc.precedenceDocuments?.[index] ?? (index === precedence.upstream ? doc.documents.map((_, d) => d) : [])
    if (documents.length > 0) return `${names}${lang === 'ja' ? '：' : ': '}${documents.map((d) => documentTitle(doc.documents[d])).join(lang === 'ja' ? '、' : ', ')}`
    if (index === precedence.reseller) return `${names}${lang === 'ja' ? '：' : ': '}${doc.service.path}`
    return names
  })
}

export function precedenceTitle(doc: EffectiveDocument, lang: Lang): string {
  const where = doc.precedence?.statedIn?.label
  if (lang === 'ja') return `適用の優先順位${where ? `（${doc.service.self}${where.replace(/第\d+項$/, '')}）` : ''}`
  return `Order of precedence${where ? ` (reseller's ${where.replace(/第\d+項$/, '')})` : ''}`
}

export function exclusionLabel(doc: EffectiveDocument, exclusion: Exclusion, lang: Lang): string {
  const where = exclusion.statedIn?.label
  if (lang === 'ja') return where ? `（適用除外：${doc.service.self}${where}）` : '（適用除外：--exclude による指定）'
  return where ? `(excluded: reseller's ${where})` : '(excluded: --exclude)'
}

export function overrideLabel(doc: EffectiveDocument, override: Override, lang: Lang): string {
  const rule = override.rule ? override.rule.label : ''
  const self = doc.service.self
  if (lang === 'ja') return `（${self}${override.by.label}が優先して適用されます${rule ? `：${self}${rule}` : ''}）`
  return `(overridden by the reseller's ${override.by.label}${rule ? `, per its ${rule}` : ''})`
}

export function substitutionNote(row: ReadingRow | undefined, original: string, lang: Lang): string {
  const where = row ? rowLabel(row, lang) : ''
  return lang === 'ja' ? `読替え（${where}）　原文：${original}` : `reading (${where}); originally: ${original}`
}

/**
 * The note for each substitution in a writer's form, made once per row and original wording:
 * a long document has many substitutions, a table few rows and spellings.
 */
export function noteWriter(doc: EffectiveDocument, lang: Lang, write: (note: string) => string): (row: number, original: string) => string {
  const rows = new Map(doc.report.rows.map((report) => [report.row.index, report.row]))
  const notes = new Map<string, string>()
  return (row, original) => {
    const key = `${row}\u0000${original}`
    let text = notes.get(key)
    if (text === undefined) notes.set(key, (text = write(substitutionNote(rows.get(row), original, lang))))
    return text
  }
}

/** Where the d-th upstream document comes from; a document excluded as a whole says so here, above its struck text. */
export function sourceLine(doc: EffectiveDocument, d: number, lang: Lang): string {
  const document = doc.documents[d]
  const version = document.meta.version
  const by = doc.exclusions
    .filter((exclusion) => exclusion.whole && exclusion.target?.document === d)
    .map((exclusion) => exclusion.statedIn?.label)
    .map((where) => (lang === 'ja' ? (where ? `${doc.service.self}${where}` : '--exclude による指定') : where ? `reseller's ${where}` : '--exclude'))
  if (lang === 'ja') return `原文：${document.path}${version ? `（${version}版）` : ''}${by.length > 0 ? `　文書全体が適用除外です（${by.join('、')}）` : ''}`
  return `Source: ${document.path}${version ? ` (version ${version})` : ''}${by.length > 0 ? `; the whole document is excluded (${by.join(', ')})` : ''}`
}

export function locationText(doc: EffectiveDocument, location: Location): string {
  const path = doc.documents[location.document]?.path ?? '?'
  return `${path}:${location.line}:${location.column}${location.clause ? ` ${location.clause}` : ''}`
}

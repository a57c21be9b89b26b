// `yakkan check --format sarif`: SARIF 2.1.0, which GitHub code scanning and other CI tools
// read. Columns count UTF-16 code units (columnKind), as the parser's positions do; regions
// end one past the last character, as both SARIF and unist have it. What GitHub requires
// beyond the schema (its rules in Microsoft's SARIF Multitool): every rule described in
// full with help, and files named relative to the checkout (`uriBaseId` %SRCROOT%).
// Lines of a PDF are lines of its extracted text; the page each is on goes in the region's properties.
import {isAbsolute, relative, sep} from 'node:path'
import type {VFile} from 'vfile'
import {clauseOf, findingsOf, positionOf, severityOf} from '../check/findings.js'
import type {Finding, Lang, Rule} from '../check/types.js'
import {levelNames} from './diagnostics.js'

export interface SarifOptions {
  /** yakkan's version, for the tool descriptor */
  version: string
  /** every rule, for the descriptors results point at */
  rules: readonly Rule[]
  lang?: Lang
  /** yakkan's home page; each rule's help is its section there (README.md, `#rule-ID`) */
  informationUri?: string
  /** the folder that relative paths start from, which %SRCROOT% stands for; default the working folder */
  root?: string
}

export function renderSarif(files: VFile[], options: SarifOptions): string {
  const lang = options.lang ?? 'ja'
  const index = new Map(options.rules.map((rule, i) => [rule.id, i]))
  const results = files.flatMap((file) =>
    findingsOf(file).map((finding) => sarifResult(file, finding, index, options.root ?? process.cwd()))
  )
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'yakkan',
            version: options.version,
            ...(options.informationUri !== undefined && {informationUri: options.informationUri}),
            rules: options.rules.map((rule) => describeRule(rule, lang, options.informationUri))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** One finding as a SARIF result. */
function sarifResult(file: VFile, finding: Finding, index: Map<string, number>, root: string) {
  const {start, end} = positionOf(finding)
  const clause = clauseOf(finding)
  const ruleId = finding.ruleId ?? ''
  return {
    ruleId,
    ...(index.has(ruleId) && {ruleIndex: index.get(ruleId)}),
    level: severityOf(finding),
    message: {text: finding.reason},
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(file.path, root),
          region: {
            startLine: start.line,
            startColumn: start.column,
            endLine: end.line,
            endColumn: end.column,
            ...(start.offset !== undefined &&
              end.offset !== undefined && {
                charOffset: start.offset,
                charLength: end.offset - start.offset
              }),
            ...pageProperty(file.data.pageOfLine?.(start.line))
          }
        },
        ...(clause !== undefined && {logicalLocations: [{name: clause, kind: 'member'}]})
      }
    ]
  }
}

function describeRule(rule: Rule, lang: Lang, home: string | undefined) {
  const description = rule.description[lang].replace(/[。.]$/, '')
  const level = levelNames[rule.severity][lang]
  const full =
    lang === 'ja'
      ? `${description}。既定の重要度は${level}です。${rule.needsUpstream ? '--upstream で上流の文書を渡したときに検査します。' : ''}--rule ${rule.id}=off で止め、=warn・=error で重要度を変えられます。`
      : `Checks that ${description}. Default severity: ${level}.${rule.needsUpstream ? ' Runs when upstream documents are given with --upstream.' : ''} Turn it off with --rule ${rule.id}=off, or change its severity with =warn or =error.`
  const helpUri = home === undefined ? undefined : `${home.replace(/#.*$/, '')}#rule-${rule.id}`
  const more = helpUri === undefined ? '' : lang === 'ja' ? `\n\n詳しくは ${helpUri}` : `\n\nMore: ${helpUri}`
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: {text: `${description}${lang === 'ja' ? '。' : '.'}`},
    fullDescription: {text: full},
    help: {text: full + more, markdown: `**${rule.id}**: ${full}${helpUri === undefined ? '' : `\n\n[README](${helpUri})`}`},
    ...(helpUri !== undefined && {helpUri}),
    defaultConfiguration: {level: rule.severity}
  }
}

/**
 * A path below `root` as a URI relative to %SRCROOT% (forward slashes, non-ASCII
 * percent-encoded); a path outside it as an absolute file URI.
 */
function artifactLocation(path: string, root: string): {uri: string; uriBaseId?: string} {
  const below = isAbsolute(path) ? relative(root, path) : path
  if (!isAbsolute(below) && !below.startsWith('..')) return {uri: encodePath(below.split(sep).join('/')), uriBaseId: '%SRCROOT%'}
  const slashed = path.replace(/\\/g, '/')
  return {uri: /^[A-Za-z]:\//.test(slashed) ? `file:///${slashed.slice(0, 2)}${encodePath(slashed.slice(2))}` : `file://${encodePath(slashed)}`}
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** A PDF's page, in the region's property bag (SARIF has no page field of its own). */
function pageProperty(page: number | undefined): {properties?: {page: number}} {
  return page === undefined ? {} : {properties: {page}}
}

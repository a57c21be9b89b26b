// `yakkan check --format sarif`: SARIF 2.1.0, which GitHub code scanning and other CI tools
// read. Columns count UTF-16 code units (columnKind), as the parser's positions do; regions
// end one past the last character, as both SARIF and unist have it. Lines of a PDF are lines
// of its extracted text; the page each is on goes in the region's properties.
import type {CheckedFile, Lang, Rule} from '../check/types.js'

export interface SarifOptions {
  /** yakkan's version, for the tool descriptor */
  version: string
  /** every rule, for the descriptors results point at */
  rules: readonly Rule[]
  lang?: Lang
}

export function renderSarif(files: CheckedFile[], options: SarifOptions): string {
  const lang = options.lang ?? 'ja'
  const index = new Map(options.rules.map((rule, i) => [rule.id, i]))
  const results = files.flatMap((file) =>
    file.findings.map((finding) => ({
      ruleId: finding.ruleId,
      ...(index.has(finding.ruleId) && {ruleIndex: index.get(finding.ruleId)}),
      level: finding.severity,
      message: {text: finding.message},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: toUri(file.path)},
            region: {
              startLine: finding.position.start.line,
              startColumn: finding.position.start.column,
              endLine: finding.position.end.line,
              endColumn: finding.position.end.column,
              ...(finding.position.start.offset !== undefined &&
                finding.position.end.offset !== undefined && {
                  charOffset: finding.position.start.offset,
                  charLength: finding.position.end.offset - finding.position.start.offset
                }),
              ...pageProperty(file.pageOfLine?.(finding.position.start.line))
            }
          },
          ...(finding.clause !== undefined && {logicalLocations: [{name: finding.clause, kind: 'member'}]})
        }
      ]
    }))
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
            rules: options.rules.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.description[lang]},
              defaultConfiguration: {level: rule.severity}
            }))
          }
        },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** A PDF's page, in the region's property bag (SARIF has no page field of its own). */
function pageProperty(page: number | undefined): {properties?: {page: number}} {
  return page === undefined ? {} : {properties: {page}}
}

/** A relative path as a URI reference (forward slashes, non-ASCII percent-encoded); an absolute one as a file URI. */
function toUri(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  const encoded = slashed.split('/').map(encodeURIComponent).join('/')
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encoded.replace(/^([A-Za-z])%3A/, '$1:')}`
  return slashed.startsWith('/') ? `file://${encoded}` : encoded
}

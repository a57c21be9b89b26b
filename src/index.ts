// The library API: the same functions the command line uses.
export * from './parse/index.js'
export {renderOutline, type OutlineOptions} from './render/outline.js'
export {renderJson, toJson} from './render/json.js'
export {levelOf, renderDiagnostics, summarizeDiagnostics, type DiagnosticsOptions, type Level} from './render/diagnostics.js'
export * from './rewrite/index.js'
export {renderEffectiveMarkdown, renderReportMarkdown, type EffectiveMarkdownOptions} from './render/effective-md.js'
export {renderEffectiveHtml, renderReportHtml} from './render/effective-html.js'
export {effectiveJson, renderEffectiveJson, renderReportJson} from './render/effective-json.js'

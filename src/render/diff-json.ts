// The diff as JSON: both versions, the summary, every classified change and the aligned
// clause pairs with their sentence pairs and token edits. Positions are the documents'
// (line and column 1-based, offsets 0-based in UTF-16 units). Timings are left out, so the
// same inputs always give the same output.
import type {DiffResult} from '../diff/types.js'

export function renderDiffJson(result: DiffResult): string {
  const {stats: _stats, ...stable} = result
  return JSON.stringify({format: 'yakkan-diff', formatVersion: 1, ...stable}, null, 2) + '\n'
}

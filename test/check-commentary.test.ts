// References in a commentary part (コメント) read from the article its 第N条関係 heading names:
// 本条, 第2項, 前条 there are that article's; 本項 / 前項 stand in no paragraph and are not
// judged; a model provision or form the commentary quotes, and the text before a revision,
// are other texts. Our own small document, and the ministry's PDF (../shared/real-pdf).
import {existsSync, readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkDocument} from '../src/check/index.js'
import {viewFinding, type FindingView as Finding} from './helpers/findings.js'
import {parse, type Appendix, type Document} from '../src/parse/index.js'
import {collectReferences, traceReference} from '../src/parse/references.js'
import {readPdf} from '../src/pdf/index.js'

/** Each reference of the commentary as `line raw → targets or problem`. */
function commentaryReferences(tree: Document, commentary: string): string[] {
  return collectReferences(tree)
    .filter((ref) => ref.source === commentary)
    .map((ref) => {
      const {targets, problem} = traceReference(ref, tree)
      return `${ref.position.start.line} ${ref.raw} → ${problem ? problem.type : targets.join(',')}`
    })
}

const garden = readFileSync(new URL('fixtures/commentary/garden-rules.txt', import.meta.url), 'utf8')

describe('a commentary of our own', () => {
  const {tree, file} = parse(garden)
  const commentary = tree.children.find((c): c is Appendix => c.type === 'appendix' && c.kind === 'コメント')!

  it('reads each reference from the article its heading names', () => {
    expect(commentaryReferences(tree, commentary.id)).toEqual([
      '21 第2条 → art_2',
      '22 本条 → art_2',
      '22 第2項 → art_2__para_2',
      '23 第3項 → art_2__para_3',
      '23 本項 → unplaced',
      '24 第5項 → missing',
      '25 第4項 → external',
      '26 第3条 → art_3',
      '27 本条 → art_3',
      '27 前条 → art_2',
      '30 第3条の2 → external',
      '31 前項 → unplaced',
      '32 第3条の2 → external',
      '32 前項 → unplaced',
      '33 第4条 → art_4',
      '34 第2号 → art_4__para_1__item_2',
      '34 第3号 → missing'
    ])
  })

  it('check reports only the paragraph and the item the commented articles do not have', async () => {
    const findings = (await checkDocument(tree, file)).map(viewFinding)
    expect(findings.map((f) => `${f.position.start.line} ${f.ruleId} ${f.message}`)).toEqual([
      '24 reference-target-exists 「第5項」は存在しません（第2条は第3項まで）',
      '34 reference-target-exists 「第3号」は存在しません（第4条は第2号まで）'
    ])
  })
})

const pdfPath = new URL('../../shared/real-pdf/mlit-r7-standard-rules.pdf', import.meta.url)
const present = existsSync(pdfPath)
if (!present) console.warn('check-commentary: the PDF part is skipped — ../shared/real-pdf/mlit-r7-standard-rules.pdf is absent')

describe.skipIf(!present)('the コメント part of the ministry PDF', () => {
  let tree: Document
  let findings: Finding[]
  let commentary: string

  beforeAll(async () => {
    const pdf = await readPdf(readFileSync(pdfPath))
    const parsed = parse(pdf.text)
    tree = parsed.tree
    findings = (await checkDocument(tree, parsed.file)).map(viewFinding)
    commentary = tree.children.find((c): c is Appendix => c.type === 'appendix' && c.kind === 'コメント')!.id
  }, 300_000)

  it('has no finding: all 177 it had were false, read against the wrong article or none', () => {
    // Read one by one before this rule: 本条 / 第N項 / 第N号 of the article the heading names,
    // the model provisions and the form the commentary quotes (its 前項, 附則第5条, 第五号),
    // the numbering before a revision (改正前までの第24条第2項), and definitions in the
    // explanation. The rules' one true defect (a wording slip in 第67条の4) no rule reaches.
    expect(findings.filter((f) => f.clause?.startsWith(commentary)).map((f) => `${f.position.start.line} ${f.message}`)).toEqual([])
    expect(findings).toEqual([])
  })

  it('reads 本条, 第N項 and 本条第1項 from the article named by the heading, in the version that has the paragraph', () => {
    const lines = commentaryReferences(tree, commentary)
    expect(lines).toContain('1521 本条 → art_10')
    expect(lines).toContain('1740 第５項 → art_17__dup_2__para_5')
    expect(lines).toContain('3196 本条第１項 → art_64__para_1')
    // what cannot be judged is left unjudged, never reported: 本項 / 前項 in the explanation and the quoted provisions
    expect(lines.filter((line) => /→ (missing|relative)$/.test(line))).toEqual([])
    expect(lines.filter((line) => line.endsWith('→ unplaced'))).toHaveLength(10)
    // 前五号 in the explanation stands in no item either
    expect(lines).toContain('2386 前五号 → unplaced')
  })
})

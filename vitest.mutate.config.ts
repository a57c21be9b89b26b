// The tests `npm run mutate` runs against each mutant: the in-process ones. Command-line
// tests run the built dist/ (which a mutant never reaches), and the browser, fuzz and timing
// tests only slow each mutant down. MUTATE_TESTS (comma-separated paths or globs) narrows the
// set for a quick run on one file, e.g.
//   MUTATE_TESTS=test/mutation-numbered.test.ts,src/parse/classify/numbered.spec.ts \
//     npx stryker run --mutate src/parse/classify/numbered.ts
// Unset (as in `npm run mutate`), every test below runs.
import {defineConfig} from 'vitest/config'

const narrowed = process.env.MUTATE_TESTS?.split(',').filter(Boolean)

export default defineConfig({
  test: {
    include: narrowed?.length ? narrowed : [
      'src/**/*.spec.ts',
      'test/mutation-*.test.ts',
      'test/references.test.ts',
      'test/check-rules.test.ts',
      'test/check-render.test.ts',
      'test/diff-align.test.ts',
      'test/diff-align-linear.test.ts',
      'test/diff-classify.test.ts',
      'test/diff-corpus.test.ts',
      'test/diff-render.test.ts',
      'test/rewrite-matcher.test.ts',
      'test/rewrite-parts.test.ts',
      'test/rewrite-acceptance.test.ts',
      'test/parse-builder.test.ts',
      'test/parse-seed.test.ts',
      'test/parse-variants.test.ts'
    ],
    setupFiles: ['test/fast-check-setup.ts'],
    testTimeout: 60_000
  }
})

// The tests `npm run mutate` runs against each mutant: the in-process ones. Command-line
// tests run the built dist/ (which a mutant never reaches), and the browser, fuzz and timing
// tests only slow each mutant down.
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: [
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

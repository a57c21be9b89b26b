// `npm run mutate`: mutation testing of the core files (not part of `npm test`). Each file's
// score is printed in the clear-text table; run one file with `npm run mutate -- --mutate PATH`.
// StrykerJS 9 (10 needs Node 22); one test process at a time, as the machines are small.
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: {configFile: 'vitest.mutate.config.ts', related: true},
  mutate: [
    'src/parse/references/resolve.ts',
    'src/check/rules/relative-reference-valid.ts',
    'src/check/rules/reference-target-exists.ts',
    'src/parse/classify/numbered.ts',
    'src/terms/matcher.ts',
    'src/diff/classify.ts',
    'src/diff/align.ts'
  ],
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 1),
  reporters: ['clear-text', 'progress'],
  clearTextReporter: {allowColor: false, logTests: false, reportScoreTable: true},
  thresholds: {high: 85, low: 85, break: null},
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}

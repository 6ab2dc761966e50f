import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Growth tests compare timings, so they run in a second, separate pass with no other test
    // files running beside them (RSTRO_TIMING_TESTS=1, see the `test` script).
    include: process.env.RSTRO_TIMING_TESTS ? ['test/**/growth.test.ts'] : ['test/**/*.test.ts'],
    exclude: process.env.RSTRO_TIMING_TESTS ? [] : ['test/**/growth.test.ts', '**/node_modules/**'],
    fileParallelism: !process.env.RSTRO_TIMING_TESTS,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Timing tests: one GC thread (helper threads' CPU time is noise) and gc() between measurements.
    poolOptions: process.env.RSTRO_TIMING_TESTS ? { forks: { execArgv: ['--expose-gc', '--single-threaded-gc'] } } : {},
    reporters: ['default', './test/summary-reporter.ts'],
    // One id per `vitest run`, so browser tests in different files share one site build.
    env: { RSTRO_TEST_RUN: String(Date.now()) },
  },
});

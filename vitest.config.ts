import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
    // One id per `vitest run`, so browser tests in different files share one site build.
    env: { RSTRO_TEST_RUN: String(Date.now()) },
  },
});

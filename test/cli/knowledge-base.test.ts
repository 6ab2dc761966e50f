// The embedded knowledge base is checked like a user's project: only the
// deliberate unresolved references warn, and every runbook diagnostic proves
// itself against its recorded outputs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runNode } from '../e2e/harness.js';

const rstro = (...args: string[]) => runNode([path.join(REPO, 'bin', 'rstro.js'), ...args], { RSTRO_CACHE_DIR: path.join(REPO, '.cache', 'test-rstro') });

describe('content/', () => {
  it('passes rstro check with only the expected warnings', async () => {
    const result = await rstro('check', 'content', '--fail-on-warning', '--expected', 'content/expected-warnings.txt');
    expect(result.output).toMatch(/\d+ warnings? \(\d+ expected\)/);
    expect(result.status, result.output).toBe(0);
  }, 120_000);

  it('passes rstro test: every diagnostic holds on its fixtures and fails on healthy outputs', async () => {
    const result = await rstro('test', 'content', '--json');
    const report = JSON.parse(result.stdout) as { snippets: Array<{ docname: string; line: number; title: string; ok: boolean; failures: unknown[] }> };
    const failed = report.snippets.filter((s) => !s.ok);
    expect(failed, JSON.stringify(failed, null, 2)).toEqual([]);
    expect(report.snippets.length).toBeGreaterThanOrEqual(24);
    expect(result.status).toBe(0);
  }, 300_000);
});

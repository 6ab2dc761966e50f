import { describe, expect, it } from 'vitest';
import { runSandboxed } from '../../src/runbook/sandbox.js';

describe('runSandboxed', () => {
  it('runs a real pipeline on stdin', async () => {
    const r = await runSandboxed("grep -c 'cannot allocate memory'", 'a\nmkdir: cannot allocate memory\nb\ncannot allocate memory\n');
    expect(r.stdout.trim()).toBe('2');
    expect(r.exitCode).toBe(0);
  });

  it('reports a failing filter status and stops a filter that runs too long', async () => {
    expect((await runSandboxed('grep -q nothing', 'text')).exitCode).toBe(1);
    const slow = await runSandboxed('sleep 20', '', 300);
    expect(slow.timedOut).toBe(true);
  });

  it('runs in an empty temporary directory with no inherited environment', async () => {
    process.env.RSTRO_SECRET_FOR_TEST = 'leak';
    const r = await runSandboxed('ls -A | wc -l; echo "${RSTRO_SECRET_FOR_TEST:-none}"', '');
    expect(r.stdout.split('\n').map((s) => s.trim())).toEqual(['0', 'none', '']);
  });
});

describe('runSandboxed with common text tools', () => {
  it('runs awk, sed, sort and paste pipelines', async () => {
    const r = await runSandboxed("awk '{s += $1} END {print s}' | sed 's/^/sum=/'", '1\n2\n3\n');
    expect(r.stdout.trim()).toBe('sum=6');
    const p = await runSandboxed("paste -sd' ' - | awk '{print $1 * 100 / $2}'", '50\n200\n');
    expect(p.stdout.trim()).toBe('25');
  });
});

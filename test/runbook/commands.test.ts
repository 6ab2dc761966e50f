// `rstro test` and `rstro diagnose` on small projects of their own.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runNode } from '../e2e/harness.js';

const rstro = (cwd: string, args: string[], input?: string) =>
  runNode([path.join(REPO, 'bin', 'rstro.js'), ...args], { RSTRO_CACHE_DIR: path.join(cwd, '.cache') }, input);

function project(pages: Record<string, string>, fixtures: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rstro-runbook-'));
  writeFileSync(path.join(root, 'package.json'), '{}');
  const content = path.join(root, 'content');
  mkdirSync(content);
  writeFileSync(path.join(content, 'conf.py'), "project = 'T'\n");
  writeFileSync(path.join(content, 'index.rst'), 'Home\n====\n\n.. toctree::\n\n' + Object.keys(pages).map((p) => `   ${p}\n`).join(''));
  for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(content, `${name}.rst`), text);
  for (const [name, text] of Object.entries(fixtures)) {
    const file = path.join(root, 'literalinclude', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

const SLAB = `.. _slab:

Slab leak
=========

.. diagnostic:: Slab caches leaked
   :command: ls /sys/kernel/slab | wc -l
   :fixture: slab/count.txt
   :healthy: slab/count_healthy.txt
   :match: number > 100000

   Too many caches.

.. diagnostic:: mkdir fails
   :command: dmesg
   :fixture: slab/events.txt
   :filter: grep -c 'cannot allocate memory'
   :match: number >= 1
`;

describe('rstro test', () => {
  it('passes when the matchers hold, and fails naming the matcher and fixture once a recorded output stops matching', async () => {
    const root = project({ slab: SLAB }, { 'slab/count.txt': '182210\n', 'slab/count_healthy.txt': '3012\n', 'slab/events.txt': 'x\nmkdir: cannot allocate memory\n' });
    const ok = await rstro(root, ['test', path.join(root, 'content'), '--json']);
    expect(ok.status, ok.output).toBe(0);
    expect(JSON.parse(ok.stdout).snippets.map((s: { ok: boolean }) => s.ok)).toEqual([true, true]);

    writeFileSync(path.join(root, 'literalinclude', 'slab', 'count.txt'), '95\n');
    const bad = await rstro(root, ['test', path.join(root, 'content')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/FAIL .*slab\.rst:6 +Slab caches leaked/);
    expect(bad.stdout).toContain('number > 100000: does not hold: first number is 95');
  }, 120_000);

  it('fails when a healthy output also matches', async () => {
    const root = project({ slab: SLAB }, { 'slab/count.txt': '182210\n', 'slab/count_healthy.txt': '250000\n', 'slab/events.txt': 'cannot allocate memory\n' });
    const result = await rstro(root, ['test', path.join(root, 'content')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('healthy output slab/count_healthy.txt');
  }, 120_000);

  it('reports a malformed matcher and a missing fixture with file and line from check', async () => {
    const page = `Bad\n===\n\n.. diagnostic:: Broken\n   :command: true\n   :fixture: nope.txt\n   :match: regex /(/\n`;
    const root = project({ bad: page }, {});
    const check = await rstro(root, ['check', path.join(root, 'content')]);
    expect(check.output).toMatch(/bad\.rst:4: WARNING: diagnostic "Broken": bad regular expression/);
    expect(check.output).toMatch(/bad\.rst:4: WARNING: diagnostic "Broken": recorded output not found: nope\.txt/);
    const test = await rstro(root, ['test', path.join(root, 'content')]);
    expect(test.status).toBe(1);
  }, 120_000);
});

describe('rstro diagnose', () => {
  it('ranks the page whose recorded outputs are pasted first', async () => {
    const dns = `DNS\n===\n\n.. diagnostic:: Upstream timeout\n   :command: kubectl logs -n kube-system deploy/coredns\n   :fixture: dns/log.txt\n   :match: contains "i/o timeout"\n           regex /plugin\\/errors/\n`;
    const root = project({ slab: SLAB, dns }, {
      'slab/count.txt': '182210\n', 'slab/count_healthy.txt': '3\n', 'slab/events.txt': 'mkdir: cannot allocate memory\n',
      'dns/log.txt': '[ERROR] plugin/errors: 2 example.com. A: read udp 10.0.0.1:53->8.8.8.8:53: i/o timeout\n',
    });
    const log = readFileSync(path.join(root, 'literalinclude', 'dns', 'log.txt'), 'utf8');
    const result = await rstro(root, ['diagnose', path.join(root, 'content'), '--json'], log);
    const ranking = JSON.parse(result.stdout).results as Array<{ docname: string; present: number }>;
    expect(ranking[0].docname).toBe('dns');
    const text = await rstro(root, ['diagnose', path.join(root, 'content')], log);
    expect(text.stdout).toMatch(/1\. DNS \(dns\): 1 of 1 symptom present/);
    expect(text.stdout).toContain('i/o timeout');
  }, 120_000);

  it('runs only :safe: commands on this host, and reports a missing command without failing', async () => {
    const page = `Host\n====\n\n.. diagnostic:: Echo works\n   :command: echo rstro-diagnose-marker\n   :fixture: host/echo.txt\n   :match: contains "rstro-diagnose-marker"\n   :safe:\n\n.. diagnostic:: Missing tool\n   :command: rstro-no-such-command-xyz\n   :fixture: host/echo.txt\n   :match: contains "x"\n   :safe:\n\n.. diagnostic:: Not safe\n   :command: touch SHOULD_NOT_EXIST\n   :fixture: host/echo.txt\n   :match: contains "x"\n`;
    const root = project({ host: page }, { 'host/echo.txt': 'rstro-diagnose-marker\n' });
    const refused = await rstro(root, ['diagnose', path.join(root, 'content'), '--run']);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain('pass --yes');
    const result = await rstro(root, ['diagnose', path.join(root, 'content'), '--run', '--yes', '--json']);
    expect(result.status, result.output).toBe(0);
    const report = JSON.parse(result.stdout) as { results: Array<{ docname: string; present: number }>; commands: Array<{ command: string; error: string | null; present: boolean }> };
    expect(report.commands.map((c) => c.command)).toEqual(['echo rstro-diagnose-marker', 'rstro-no-such-command-xyz']);
    expect(report.commands[0].present).toBe(true);
    expect(report.commands[1].error).toMatch(/not found/);
    expect(report.results[0]).toMatchObject({ docname: 'host', present: 1 });
  }, 120_000);
});

// `rstro check` output formats and exit codes, on a small project of its own.
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runNode } from '../e2e/harness.js';

function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rstro-check-'));
  writeFileSync(path.join(root, 'package.json'), '{}');
  const src = path.join(root, 'docs');
  mkdirSync(src);
  writeFileSync(path.join(src, 'conf.py'), "project = 'P'\nextensions = ['sphinx.ext.todo', 'not_a_real.extension']\n");
  writeFileSync(path.join(src, 'index.rst'), 'Home\n====\n\nSee :ref:`nowhere`.\n\n.. toctree::\n\n   missing\n');
  writeFileSync(path.join(src, 'lonely.rst'), 'Lonely\n======\n');
  return root;
}

const rstro = (root: string, ...args: string[]) => runNode([path.join(REPO, 'bin', 'rstro.js'), ...args], { RSTRO_CACHE_DIR: path.join(root, '.cache') });

describe('rstro check', () => {
  it('prints Sphinx-style warnings and exits 1 with --fail-on-warning, writing nothing in the sources', async () => {
    const root = project();
    const result = await rstro(root, 'check', path.join(root, 'docs'), '--fail-on-warning');
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/index\.rst:4: WARNING: undefined label: 'nowhere'/);
    expect(result.output).toMatch(/index\.rst:6: WARNING: toctree contains reference to nonexisting document 'missing'/);
    expect(result.output).toMatch(/lonely\.rst: WARNING: document isn't included in any toctree/);
    expect(result.output).toContain('not_a_real.extension');
    expect(readdirSync(path.join(root, 'docs')).sort()).toEqual(['conf.py', 'index.rst', 'lonely.rst']);
    expect((await rstro(root, 'check', path.join(root, 'docs'))).status).toBe(0);
  }, 60_000);

  it('prints one JSON object per warning and GitHub annotations', async () => {
    const root = project();
    const json = await rstro(root, 'check', path.join(root, 'docs'), '--format', 'json');
    const warnings = json.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; line: number | null; level: string; message: string });
    const undefinedLabel = warnings.find((w) => w.message.includes("undefined label: 'nowhere'"))!;
    expect(undefinedLabel).toMatchObject({ line: 4, level: 'warning' });
    expect(undefinedLabel.file.endsWith('index.rst')).toBe(true);
    const github = await rstro(root, 'check', path.join(root, 'docs'), '--format', 'github');
    expect(github.stdout).toMatch(/^::warning file=.*index\.rst,line=4::undefined label: 'nowhere'$/m);
  }, 60_000);

  it('accepts known warnings from --expected and reports ones that are gone', async () => {
    const root = project();
    const expected = path.join(root, 'expected.txt');
    writeFileSync(expected, "index.rst:4: WARNING: undefined label: 'nowhere'\nindex.rst:9: WARNING: undefined label: 'gone'\n");
    const result = await rstro(root, 'check', path.join(root, 'docs'), '--expected', expected);
    expect(result.output).toContain("expected warning no longer occurs (remove it from");
    expect(result.output).toMatch(/\(1 expected\)/);
  }, 60_000);
});

// `rstro dev`: an edit changes the served page; a page with errors shows them
// (file, line, message) in the page, and fixing the source clears them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from './harness.js';

const PORT = 4000 + Math.floor(Math.random() * 900);
const base = `http://localhost:${PORT}`;
let child: ChildProcess;
let log = '';
let source: string;

async function get(pathname: string): Promise<string> {
  try {
    const response = await fetch(base + pathname);
    return response.ok ? await response.text() : '';
  } catch {
    return '';
  }
}

async function until(pathname: string, test: (html: string) => boolean, timeoutMs = 60_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const html = await get(pathname);
    if (test(html)) return html;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${pathname}; server log:\n${log.slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rstro-dev-'));
  writeFileSync(path.join(root, 'package.json'), '{}');
  source = path.join(root, 'content');
  mkdirSync(source);
  writeFileSync(path.join(source, 'conf.py'), "project = 'Dev test'\n");
  writeFileSync(path.join(source, 'index.rst'), 'Home\n====\n\n.. toctree::\n\n   page\n');
  writeFileSync(path.join(source, 'page.rst'), 'A page\n======\n\nFirst version of the text.\n');
  child = spawn(process.execPath, [path.join(REPO, 'bin', 'rstro.js'), 'dev', source, '--port', String(PORT)], {
    cwd: REPO,
    env: { ...process.env, RSTRO_CACHE_DIR: path.join(root, '.cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c) => (log += c));
  child.stderr!.on('data', (c) => (log += c));
  await until('/page/', (html) => html.includes('First version of the text.'), 180_000);
}, 240_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('rstro dev', () => {
  it('serves the edited text after a save', async () => {
    writeFileSync(path.join(source, 'page.rst'), 'A page\n======\n\nSecond version, edited.\n');
    const html = await until('/page/', (h) => h.includes('Second version, edited.'));
    expect(html).not.toContain('First version of the text.');
  }, 90_000);

  it('shows a broken page\'s problems in the page, and clears them once fixed', async () => {
    writeFileSync(path.join(source, 'page.rst'), 'A page\n======\n\nSome text.\n\n.. no-such-directive:: x\n\nSee :ref:`missing-label`.\n');
    const broken = await until('/page/', (h) => h.includes('class="problems"'));
    expect(broken).toContain('page.rst:6');
    expect(broken).toContain('Unknown directive type');
    expect(broken).toMatch(/undefined label: (&#39;|')missing-label/);
    writeFileSync(path.join(source, 'page.rst'), 'A page\n======\n\nFixed text.\n');
    const fixed = await until('/page/', (h) => h.includes('Fixed text.'));
    expect(fixed).not.toContain('class="problems"');
  }, 90_000);
});

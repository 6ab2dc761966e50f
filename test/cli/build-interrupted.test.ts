// "A build that fails leaves the previous output folder intact": the site is
// built beside the output and swapped in only at the end. A build killed
// halfway (Ctrl+C, a CI timeout) must leave the previous site being served,
// and the next build must clean up what the killed one left.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../e2e/harness.js';

const rstro = path.join(REPO, 'bin', 'rstro.js');

describe('rstro build, interrupted', () => {
  it('keeps the previous site when killed halfway, and the next build tidies up', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'rstro-interrupted-'));
    const docs = path.join(home, 'docs');
    mkdirSync(docs);
    writeFileSync(path.join(docs, 'conf.py'), "project = 'Kept'\n");
    writeFileSync(path.join(docs, 'index.rst'), 'First version\n=============\n\ntext\n');
    const env = { ...process.env, RSTRO_CACHE_DIR: path.join(home, 'cache') };
    const first = spawnSync(process.execPath, [rstro, 'build', 'docs', '--out', 'site', '--quiet'], { cwd: home, encoding: 'utf8', env });
    expect(first.status, first.stderr).toBe(0);
    const before = readFileSync(path.join(home, 'site', 'index.html'), 'utf8');
    expect(before).toContain('First version');

    // Second version, killed as soon as its staging folder appears.
    writeFileSync(path.join(docs, 'index.rst'), 'Second version\n==============\n\ntext\n');
    const child = spawn(process.execPath, [rstro, 'build', 'docs', '--out', 'site', '--quiet'], { cwd: home, env, stdio: 'ignore' });
    const leftovers = () => readdirSync(home).filter((name) => /^site\.(building|pagefind)-\d+$/.test(name));
    const deadline = Date.now() + 120_000;
    while (leftovers().length === 0 && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(child.exitCode, 'the build finished before it could be interrupted').toBeNull();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(leftovers().length).toBeGreaterThan(0);
    expect(readFileSync(path.join(home, 'site', 'index.html'), 'utf8')).toBe(before);

    const third = spawnSync(process.execPath, [rstro, 'build', 'docs', '--out', 'site', '--quiet'], { cwd: home, encoding: 'utf8', env });
    expect(third.status, third.stderr).toBe(0);
    expect(readFileSync(path.join(home, 'site', 'index.html'), 'utf8')).toContain('Second version');
    expect(leftovers()).toEqual([]);
    expect(existsSync(path.join(home, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
  }, 300_000);
});

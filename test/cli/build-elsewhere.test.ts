// `npx rstro build` is run from a team's own folder, not from rstro's: the
// site must build there too, with the prerendered pages able to load
// everything they import, and relative paths taken from that folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../e2e/harness.js';

describe('rstro build from another folder', () => {
  it('builds a project given by relative paths from a folder outside the repository', () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'rstro-elsewhere-'));
    mkdirSync(path.join(home, 'docs'));
    writeFileSync(path.join(home, 'docs', 'conf.py'), "project = 'Elsewhere'\n");
    writeFileSync(path.join(home, 'docs', 'index.rst'), 'Home\n====\n\n.. toctree::\n\n   page\n');
    writeFileSync(path.join(home, 'docs', 'page.rst'), 'A page\n======\n\nSee :ref:`missing-label` and *unclosed.\n');
    const env = { ...process.env };
    delete env.RSTRO_CACHE_DIR;
    const result = spawnSync(process.execPath, [path.join(REPO, 'bin', 'rstro.js'), 'build', 'docs', '--out', 'site', '--quiet'], { cwd: home, encoding: 'utf8', env });
    expect(result.status, result.stderr).toBe(0);
    // Warnings name the file relative to where the command was run.
    expect(result.stderr).toContain(`docs${path.sep}page.rst:4: WARNING: undefined label: 'missing-label'`);
    const page = readFileSync(path.join(home, 'site', 'page', 'index.html'), 'utf8');
    expect(page).toContain('<title>A page | Elsewhere</title>');
    expect(existsSync(path.join(home, 'site', 'pagefind', 'pagefind.js'))).toBe(true);
    // The default cache is kept beside the project's folder, never inside the sources.
    expect(existsSync(path.join(home, '.cache', 'rstro'))).toBe(true);
  }, 180_000);
});

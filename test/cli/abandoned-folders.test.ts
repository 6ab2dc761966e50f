import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedFolders } from '../../src/cli/commands/build.js';

describe('rstro build, after a build was killed', () => {
  it("removes the folders the killed build left beside the output, and nothing else", () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'rstro-abandoned-'));
    const out = path.join(parent, 'dist');
    // Process 2^22 + 1 is above Linux's largest pid: it cannot be running.
    const dead = 4194305;
    const made = ['dist.building-' + dead, 'dist.pagefind-' + dead, 'dist.building-' + process.ppid, 'dist', 'dist.old', 'other.building-' + dead, 'dist.building-x'];
    for (const name of made) mkdirSync(path.join(parent, name));
    removeAbandonedFolders(out);
    const left = made.filter((name) => existsSync(path.join(parent, name)));
    expect(left).toEqual(['dist.building-' + process.ppid, 'dist', 'dist.old', 'other.building-' + dead, 'dist.building-x']);
  });
});

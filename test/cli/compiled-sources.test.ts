// The rstro command runs from a compiled copy of src/; an edit to a source
// file must take effect on the next run, and the copy must load natively.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without types
import { compiledSourceDir } from '../../bin/compiled-sources.js';

function fakePackage(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rstro-compiled-'));
  mkdirSync(path.join(root, 'src', 'lib'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'lib', 'answer.ts'), 'export const answer: number = 41;\n');
  writeFileSync(path.join(root, 'src', 'main.ts'), "import { answer } from './lib/answer.js';\nexport const result = (): number => answer + 1;\n");
  writeFileSync(path.join(root, 'src', 'data.txt'), 'kept as is\n');
  return root;
}

describe('compiled copy of the sources', () => {
  it('compiles TypeScript to JavaScript that Node loads without a loader, keeping other files', async () => {
    const root = fakePackage();
    const dir: string = await compiledSourceDir(root);
    expect(dir).toBeTruthy();
    const mod = await import(pathToFileURL(path.join(dir, 'main.js')).href);
    expect(mod.result()).toBe(42);
    expect(readFileSync(path.join(dir, 'data.txt'), 'utf8')).toBe('kept as is\n');
    expect(existsSync(path.join(dir, 'main.ts'))).toBe(true);
  });

  it('reuses the copy while the sources are unchanged and makes a new one after an edit', async () => {
    const root = fakePackage();
    const first: string = await compiledSourceDir(root);
    expect(await compiledSourceDir(root)).toBe(first);
    writeFileSync(path.join(root, 'src', 'lib', 'answer.ts'), 'export const answer: number = 99;\n');
    const second: string = await compiledSourceDir(root);
    expect(second).not.toBe(first);
    const mod = await import(pathToFileURL(path.join(second, 'main.js')).href);
    expect(mod.result()).toBe(100);
  });

  it('removes old copies of sources that changed, keeping the few newest', async () => {
    const root = fakePackage();
    const made: string[] = [];
    for (let i = 0; i < 6; i++) {
      writeFileSync(path.join(root, 'src', 'lib', 'answer.ts'), `export const answer: number = ${i};\n`);
      made.push(path.dirname(await compiledSourceDir(root)));
      // Age every copy but the newest beyond the ten minutes a running command may still need them.
      const old = new Date(Date.now() - 3600_000 + i);
      for (const dir of made.slice(0, -1)) if (existsSync(dir)) utimesSync(dir, old, old);
    }
    const left = readdirSync(path.dirname(made[0]!));
    expect(left).toContain(path.basename(made[5]!));
    expect(left.length).toBeLessThanOrEqual(4);
    expect(left.length).toBeGreaterThanOrEqual(2);
  });

  it('gives null (the command then falls back to tsx) when the sources cannot be read', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rstro-compiled-'));
    expect(await compiledSourceDir(root)).toBeNull();
  });
});

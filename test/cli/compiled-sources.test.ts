// The rstro command runs from a compiled copy of src/; an edit to a source
// file must take effect on the next run, and the copy must load natively.
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
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

  it('gives null (the command then falls back to tsx) when the sources cannot be read', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rstro-compiled-'));
    expect(await compiledSourceDir(root)).toBeNull();
  });
});

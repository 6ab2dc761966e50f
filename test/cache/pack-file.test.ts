import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackFile, closePacks, packFile, removeLegacyEntries } from '../../src/cache/pack-file.js';

const tempPack = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'rstro-pack-')), 'cache', 'entries.pack');
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean);

describe('pack file cache', () => {
  it('keeps entries between processes, the latest value of a key winning', () => {
    const file = tempPack();
    const first = new PackFile<{ n: number }>(file);
    first.set('a', { n: 1 });
    first.set('b', { n: 2 });
    first.set('a', { n: 3 });
    first.flush();
    expect(lines(file)).toHaveLength(3); // appended, not rewritten

    const second = new PackFile<{ n: number }>(file);
    expect(second.get('a')).toEqual({ n: 3 });
    expect(second.get('b')).toEqual({ n: 2 });
    expect(second.get('c')).toBeUndefined();
  });

  it('writes what was set on its own once the current task yields', async () => {
    const file = tempPack();
    new PackFile<string>(file).set('k', 'value');
    await new Promise((resolve) => setImmediate(resolve));
    expect(new PackFile<string>(file).get('k')).toBe('value');
  });

  it('skips garbled and cut-short lines, and starts a new line after a cut-short one', () => {
    const file = tempPack();
    const writer = new PackFile<string>(file);
    writer.set('good', 'kept');
    writer.flush();
    appendFileSync(file, 'no tab here\nbad\t{"unclosed\n\t"empty key"\ncut\t"short');
    const reader = new PackFile<string>(file);
    expect(reader.get('good')).toBe('kept');
    expect(reader.get('bad')).toBeUndefined();
    expect(reader.get('cut')).toBeUndefined();
    reader.set('after', 'crash');
    reader.flush();
    expect(new PackFile<string>(file).get('after')).toBe('crash');
  });

  it("takes in another process's appends", () => {
    const file = tempPack();
    const mine = new PackFile<string>(file);
    mine.set('mine', 'x');
    mine.flush();
    const theirs = new PackFile<string>(file);
    theirs.set('theirs', 'y');
    theirs.flush();
    expect(mine.get('theirs')).toBeUndefined(); // not looked yet
    mine.refresh();
    expect(mine.get('theirs')).toBe('y');
    expect(mine.get('mine')).toBe('x');
  });

  it('rewrites the file once replaced values pile up, keeping every live entry', () => {
    const file = tempPack();
    const pack = new PackFile<number>(file);
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 600; i++) pack.set(`k${i}`, round);
      pack.flush();
    }
    expect(lines(file)).toHaveLength(600);
    const reread = new PackFile<number>(file);
    for (let i = 0; i < 600; i++) expect(reread.get(`k${i}`)).toBe(3);
  });

  it('drops the least recently used entries beyond its limit', () => {
    const file = tempPack();
    const pack = new PackFile<number>(file, { maxEntries: 100 });
    for (let i = 0; i < 100; i++) pack.set(`k${i}`, i);
    pack.flush();
    pack.get('k0'); // used again: kept
    for (let i = 100; i < 110; i++) pack.set(`k${i}`, i);
    pack.flush();
    const reread = new PackFile<number>(file);
    expect(reread.get('k0')).toBe(0);
    expect(reread.get('k1')).toBeUndefined();
    expect(reread.get('k109')).toBe(109);
    expect(lines(file).length).toBeLessThanOrEqual(100);
  });

  it('shares one pack per file within a process, and reads it again after it was replaced', () => {
    const file = tempPack();
    const a = packFile<string>(file);
    a.set('k', 'v');
    expect(packFile<string>(file)).toBe(a);
    closePacks();
    writeFileSync(file, 'k\t"replaced"\n');
    expect(packFile<string>(file).get('k')).toBe('replaced');
  });
});

describe('caches written by earlier versions', () => {
  it('are removed from the cache folder, and nothing else is', () => {
    const dir = path.dirname(tempPack());
    mkdirSync(path.join(dir, 'ab'), { recursive: true });
    writeFileSync(path.join(dir, 'ab', 'abcdef.json'), '{}');
    writeFileSync(path.join(dir, 'blocks.pack'), '');
    removeLegacyEntries(dir, (name) => /^[0-9a-f]{2}$/.test(name));
    expect(existsSync(path.join(dir, 'ab'))).toBe(false);
    expect(existsSync(path.join(dir, 'blocks.pack'))).toBe(true);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closePacks } from '../../src/cache/pack-file.js';
import { loadProject, parseProject } from '../../src/sphinx/project.js';

const backend = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'line-backend.ts');

function makeProject(pages: number) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rstro-cache-'));
  const src = path.join(root, 'content');
  mkdirSync(src);
  writeFileSync(path.join(root, 'package.json'), '{}');
  const counter = path.join(root, 'parsed.log');
  writeFileSync(path.join(src, 'conf.py'), `project = 't'\ncounter_file = ${JSON.stringify(counter)}\n`);
  writeFileSync(path.join(src, 'index.rst'), 'home\ninclude: shared.txt\ntoctree\n');
  writeFileSync(path.join(src, 'shared.txt'), 'shared text\n');
  for (let i = 0; i < pages; i++) writeFileSync(path.join(src, `p${i}.rst`), `page ${i}\n`);
  const parsedCount = () => (existsSync(counter) ? readFileSync(counter, 'utf8').split('\n').filter(Boolean).length : 0);
  return { root, src, counter, parsedCount };
}

describe('parse pipeline and cache', () => {
  it('a second run parses nothing; an edited page or an edited include is parsed again', async () => {
    const p = makeProject(3);
    const cacheDir = path.join(p.root, 'cache');
    const run = async () => parseProject(loadProject(p.src, { backendModule: backend, cacheDir, jobs: 1 }));

    const first = await run();
    expect(first.parsedCount).toBe(4);
    expect(first.parsed.find((d) => d.docname === 'index')!.dependencies).toEqual([path.join(p.src, 'shared.txt')]);
    expect(p.parsedCount()).toBe(4);

    const second = await run();
    expect(second.parsedCount).toBe(0);
    expect(p.parsedCount()).toBe(4);
    expect(second.parsed.map((d) => d.docname)).toEqual(['index', 'p0', 'p1', 'p2']);

    writeFileSync(path.join(p.src, 'p1.rst'), 'page one, edited\n');
    const third = await run();
    expect(third.parsedCount).toBe(1);
    expect(third.parsed.find((d) => d.docname === 'p1')!.doctree.children).toHaveLength(1);

    writeFileSync(path.join(p.src, 'shared.txt'), 'shared text, longer now\n');
    const fourth = await run();
    expect(fourth.parsedCount).toBe(1);
    expect(JSON.stringify(fourth.parsed.find((d) => d.docname === 'index')!.doctree)).toContain('longer now');

    // A new page: only it and the pages holding toctrees (which check and glob the docnames) are parsed.
    writeFileSync(path.join(p.src, 'p9.rst'), 'new page\n');
    const fifth = await run();
    expect(fifth.parsedCount).toBe(2);
    expect(fifth.parsed.map((d) => d.docname)).toEqual(['index', 'p0', 'p1', 'p2', 'p9']);

    // A new process reads the cache from disk: nothing is parsed again.
    closePacks();
    const sixth = await run();
    expect(sixth.parsedCount).toBe(0);
    expect(JSON.stringify(sixth.parsed.find((d) => d.docname === 'p1')!.doctree)).toContain('page one, edited');
  });

  it('parses across worker threads with the same results', async () => {
    const p = makeProject(30);
    const project = loadProject(p.src, { backendModule: backend, noCache: true, jobs: 2, parallelThreshold: { documents: 0, bytes: 0 } });
    const { parsed, parsedCount } = await parseProject(project);
    expect(parsedCount).toBe(31);
    expect(parsed.map((d) => d.docname)).toEqual(project.documents.map((d) => d.docname));
    expect(JSON.stringify(parsed.find((d) => d.docname === 'p7')!.doctree)).toContain('page 7');
    // Parsed in two worker threads (thread 0 is the main thread).
    const threads = new Set(readFileSync(p.counter, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[1]));
    expect(threads.size).toBe(2);
    expect(threads.has('0')).toBe(false);
  }, 60_000);

  it('never writes into the source tree: the default cache lives outside it', async () => {
    const p = makeProject(1);
    const before = readdirSync(p.src).sort();
    const project = loadProject(p.src, { backendModule: backend });
    expect(project.cacheDir!.startsWith(path.join(p.root, '.cache', 'rstro'))).toBe(true);
    await parseProject(project);
    expect(readdirSync(p.src).sort()).toEqual(before);
    const pack = readFileSync(path.join(project.cacheDir!, 'doctrees.pack'), 'utf8');
    expect(pack.trim().split('\n')).toHaveLength(2);

    const inside = loadProject(p.src, { backendModule: backend, cacheDir: path.join(p.src, '.cache') });
    expect(inside.cacheDir).toBeNull();
    expect(inside.warnings.some((w) => w.message.includes('inside the source folder'))).toBe(true);
  });
});

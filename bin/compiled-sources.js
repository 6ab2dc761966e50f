// rstro's sources are TypeScript. Loading them through tsx's module hooks
// puts every import of the process (Astro, Vite, Rollup included) through a
// loader thread, which cost several seconds per site build. So the command
// runs from a compiled copy instead: src/ transpiled file by file with esbuild
// (no bundling, so dynamic imports, worker files and plugin paths keep their
// layout), kept under .cache/rstro/js/<hash of the sources>/ and rebuilt only
// when a source file changes. The .ts files are copied beside their .js
// output, so anything that reads sources by name (cache keys, Astro
// components) finds them there too.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const READY = '.ready';

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Content hash of every file under `srcDir` (names included), as hex. */
export function sourcesHash(srcDir) {
  const hash = createHash('sha256');
  for (const file of listFiles(srcDir).sort()) {
    hash.update(path.relative(srcDir, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function compileInto(srcDir, outSrc) {
  const { build } = await import('esbuild');
  const files = listFiles(srcDir);
  cpSync(srcDir, outSrc, { recursive: true });
  const entryPoints = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await build({
    entryPoints,
    outdir: outSrc,
    outbase: srcDir,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
}

// Copies for sources that changed since. A command started before the change
// may still be loading modules from a recent one, so the few newest stay and
// only copies older than ten minutes go.
const KEEP_RECENT = 3;
const OLD_MS = 10 * 60 * 1000;

function removeStaleCopies(base, key) {
  const copies = [];
  for (const name of readdirSync(base)) {
    if (name === key || name.includes('.building-')) continue;
    try {
      copies.push({ dir: path.join(base, name), mtimeMs: statSync(path.join(base, name)).mtimeMs });
    } catch {
      // Removed by another process meanwhile.
    }
  }
  copies.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const copy of copies.slice(KEEP_RECENT)) {
    if (Date.now() - copy.mtimeMs > OLD_MS) rmSync(copy.dir, { recursive: true, force: true });
  }
}

/**
 * The folder holding the compiled copy of `<packageRoot>/src`, compiling it
 * first when the sources changed. Returns null when it cannot be made (a
 * read-only install, esbuild missing): the caller falls back to tsx.
 */
export async function compiledSourceDir(packageRoot) {
  const srcDir = path.join(packageRoot, 'src');
  try {
    const base = path.join(packageRoot, '.cache', 'rstro', 'js');
    const key = sourcesHash(srcDir);
    const target = path.join(base, key);
    if (existsSync(path.join(target, READY))) return path.join(target, 'src');
    // Compile aside and rename into place, so concurrent commands never see half a copy.
    const staging = path.join(base, `${key}.building-${process.pid}`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    await compileInto(srcDir, path.join(staging, 'src'));
    writeFileSync(path.join(staging, READY), key + '\n');
    try {
      renameSync(staging, target);
    } catch {
      // Another process finished the same copy first; theirs is identical.
      rmSync(staging, { recursive: true, force: true });
    }
    if (!existsSync(path.join(target, READY))) return null;
    removeStaleCopies(base, key);
    return path.join(target, 'src');
  } catch {
    return null;
  }
}

#!/usr/bin/env node
// Sphinx parity: runs sphinx-build (the oracle) and rstro's checker on the same
// project and compares their warnings, file and line, for the kinds the Sphinx
// layer must match: undefined labels, unknown documents, missing includes,
// documents in no toctree (and toctree entries naming missing documents).
//
//   node test/oracle/sphinx-parity.mjs [SOURCE_DIR] [--verbose] [--all]
//
// --all also compares every other warning (images, directives' errors...) and
// lists the differences; they do not change the exit code.
//
// Skipped (exit 0, with a message) when sphinx-build or the corpus is absent.
// Not part of `npm test`: sphinx-build takes several seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const given = args.filter((a) => !a.startsWith('--'));
// By default: the real-world slice, then our own project of every warning kind.
const sources = given.length > 0 ? given.map((s) => path.resolve(s)) : [path.join(repo, '..', 'shared', 'corpora', 'cloud-atlas', 'source'), path.join(repo, 'test', 'oracle', 'projects', 'xref-cases')];

const version = spawnSync('sphinx-build', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  console.log('sphinx-parity: skipped, sphinx-build is not installed (apt-get install python3-sphinx)');
  process.exit(0);
}
register();
const { checkProject } = await import(pathToFileURL(path.join(repo, 'src/sphinx/project.ts')).href);
let mismatches = 0;
for (const source of sources) {
  if (!existsSync(path.join(source, 'conf.py'))) {
    console.log(`sphinx-parity: skipped, no Sphinx project at ${source}`);
    continue;
  }
  mismatches += await compare(source);
  console.log('');
}
process.exitCode = mismatches === 0 ? 0 : 1;

async function compare(source) {

const KINDS = {
  'undefined-label': (m) => m.startsWith('undefined label:'),
  'unknown-document': (m) => m.startsWith('unknown document:'),
  'missing-include': (m) => /^Include file .* not found or reading it failed/.test(m) || m.startsWith('Problems with "include" directive path'),
  'not-in-toctree': (m) => m === "document isn't included in any toctree",
  'toctree-missing-doc': (m) => m.startsWith('toctree contains reference to nonexisting document'),
};

function kindOf(message) {
  for (const [kind, test] of Object.entries(KINDS)) if (test(message)) return kind;
  return null;
}

// --- the oracle
const work = mkdtempSync(path.join(os.tmpdir(), 'rstro-parity-'));
const started = Date.now();
const sphinx = spawnSync('sphinx-build', ['-b', 'html', '-q', '-E', '-d', path.join(work, 'doctrees'), source, path.join(work, 'html')], { encoding: 'utf8', maxBuffer: 64 << 20 });
const sphinxSeconds = (Date.now() - started) / 1000;
rmSync(work, { recursive: true, force: true });
const oracle = [];
for (const line of sphinx.stderr.split('\n')) {
  const m = /^(.*?):(\d*): (WARNING|ERROR|CRITICAL): (.*)$/.exec(line) ?? /^(.*?)(): (WARNING|ERROR|CRITICAL): (.*)$/.exec(line);
  if (!m) continue;
  oracle.push({ file: m[1], line: m[2] ? Number(m[2]) : undefined, message: m[4] });
}

// --- rstro
const t0 = Date.now();
const result = await checkProject(source, { noCache: true });
const rstroSeconds = (Date.now() - t0) / 1000;
const ours = result.warnings.filter((w) => w.file).map((w) => ({ file: w.file, line: w.line, message: w.message.split('\n')[0] }));

// --- compare per kind
const key = (w) => `${path.relative(source, w.file)}:${w.line ?? ''}: ${w.message}`;
let mismatches = 0;
console.log(`sphinx-parity on ${source}`);
console.log(`sphinx-build ${sphinxSeconds.toFixed(1)} s, rstro check ${rstroSeconds.toFixed(1)} s (${result.stats.documents} documents)`);
console.log(`${'kind'.padEnd(22)} ${'sphinx'.padStart(6)} ${'rstro'.padStart(6)} ${'matched'.padStart(7)} ${'missing'.padStart(7)} ${'extra'.padStart(6)}`);
for (const kind of Object.keys(KINDS)) {
  const expected = oracle.filter((w) => kindOf(w.message) === kind).map(key);
  const actual = ours.filter((w) => kindOf(w.message) === kind).map(key);
  const remaining = [...actual];
  const missing = [];
  let matched = 0;
  for (const e of expected) {
    const i = remaining.indexOf(e);
    if (i >= 0) {
      remaining.splice(i, 1);
      matched++;
    } else missing.push(e);
  }
  mismatches += missing.length + remaining.length;
  console.log(`${kind.padEnd(22)} ${String(expected.length).padStart(6)} ${String(actual.length).padStart(6)} ${String(matched).padStart(7)} ${String(missing.length).padStart(7)} ${String(remaining.length).padStart(6)}`);
  if (verbose || missing.length + remaining.length <= 10) {
    for (const m of missing) console.log(`    missing: ${m}`);
    for (const x of remaining) console.log(`    extra:   ${x}`);
  }
}
const otherSphinx = oracle.filter((w) => !kindOf(w.message)).map(key);
const otherOurs = ours.filter((w) => !kindOf(w.message)).map(key);
if (args.includes('--all')) {
  const remaining = [...otherOurs];
  const missing = otherSphinx.filter((e) => {
    const i = remaining.indexOf(e);
    if (i < 0) return true;
    remaining.splice(i, 1);
    return false;
  });
  console.log(`other warnings: sphinx ${otherSphinx.length}, rstro ${otherOurs.length}, matched ${otherSphinx.length - missing.length}`);
  for (const m of missing) console.log(`    missing: ${m}`);
  for (const x of remaining) console.log(`    extra:   ${x}`);
} else {
  console.log(`other warnings (not compared; --all lists them): sphinx ${otherSphinx.length}, rstro ${otherOurs.length}`);
}
return mismatches;
}

// Shared by the browser tests: build the knowledge base once per test run,
// serve the built folder on localhost, and drive Debian's Chromium.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE_DIR = path.join(REPO, '.cache', 'test-site');
const BUILD_STAMP = path.join(REPO, '.cache', 'test-site.stamp');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * Build content/ into SITE_DIR once per `npm test` run: test files run in
 * separate processes, so the first to arrive builds under a lock and stamps
 * the folder with the run's id (set in vitest.config.ts); the rest reuse it.
 */
export async function ensureSiteBuilt(): Promise<string> {
  const runId = process.env.RSTRO_TEST_RUN ?? 'manual';
  mkdirSync(path.dirname(SITE_DIR), { recursive: true });
  const lock = `${SITE_DIR}.lock`;
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 600_000) throw new Error(`another test holds ${lock} for too long; remove it if no test is running`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const built = existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, 'utf8') === runId && existsSync(path.join(SITE_DIR, 'index.html'));
    if (!built) {
      // Asynchronous, so the test worker keeps answering the runner while the site builds.
      const result = await runNode([path.join(REPO, 'bin', 'rstro.js'), 'build', path.join(REPO, 'content'), '--out', SITE_DIR, '--quiet'], {
        RSTRO_CACHE_DIR: path.join(REPO, '.cache', 'test-rstro'),
      });
      if (result.status !== 0) throw new Error(`site build failed:\n${result.output}`);
      writeFileSync(BUILD_STAMP, runId);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return SITE_DIR;
}

export function runNode(args: string[], env: Record<string, string> = {}, input?: string): Promise<{ status: number; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => {
      output += c;
      stdout += c;
    });
    child.stderr.on('data', (c: Buffer) => (output += c));
    child.on('close', (status) => resolve({ status: status ?? 1, output, stdout }));
    child.stdin.end(input ?? '');
  });
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serve(root: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

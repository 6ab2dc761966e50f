// `rstro serve [DIR] [--port N]`: serves a built site as a static web server
// would (folder URLs answer with their index.html), for `npm start`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs, stringOption } from '../args.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.sh': 'text/plain; charset=utf-8',
  '.inv': 'application/octet-stream',
};

export function fileFor(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('usage: rstro serve [DIR] [--port N] [--host HOST]\n\nServes a built site (default: dist) on http://localhost:4321.');
    return 0;
  }
  const args = parseArgs(argv, ['port', 'host'], []);
  const root = path.resolve(args.positionals[0] ?? 'dist');
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`rstro serve: ${root} holds no built site (no index.html); run \`rstro build\` first`);
    return 1;
  }
  const port = Number(stringOption(args, 'port') ?? 4321);
  const host = stringOption(args, 'host') ?? 'localhost';
  const server = http.createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    console.error(`rstro serve: cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  console.log(`rstro serve: ${root} on http://${host}:${port}/ (Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => server.close(() => resolve()));
    process.once('SIGTERM', () => server.close(() => resolve()));
  });
  return 0;
}

// `rstro dev [SOURCE_DIR]`: the site with live reload. Edits to pages,
// includes and recorded outputs rebuild what changed and reload the browser;
// a page with errors shows them in the page instead of breaking the build.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { parseArgs, stringOption } from '../args.js';
import { exportSiteOptions } from '../../astro/options.js';

const HELP = `usage: rstro dev [SOURCE_DIR] [--port N] [--host HOST] [--fixtures DIR]

Serves SOURCE_DIR (default: content) on http://localhost:4321 with live reload.`;


export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['port', 'host', 'fixtures'], []);
  const source = path.resolve(args.positionals[0] ?? 'content');
  if (!existsSync(source)) {
    console.error(`rstro dev: source folder ${source} not found`);
    return 1;
  }
  const fixtures = stringOption(args, 'fixtures') ?? path.join(path.dirname(source), 'literalinclude');
  exportSiteOptions({ source, fixtureRoot: existsSync(fixtures) ? fixtures : undefined, dev: true });
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { dev } = await import('astro');
  const port = Number(stringOption(args, 'port') ?? 4321);
  const server = await dev({ root: PACKAGE_ROOT, server: { port, host: stringOption(args, 'host') ?? 'localhost' }, logLevel: 'info' });
  await new Promise<void>((resolve) => {
    const stop = () => void server.stop().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

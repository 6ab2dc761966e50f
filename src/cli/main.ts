// The `rstro` command: dispatches to one module per subcommand, loaded on
// demand so that `rstro pformat` does not pay for the site builder's imports.
import path from 'node:path';
import { UsageError } from './args.js';
import { PACKAGE_ROOT } from './package-root.js';

type CommandModule = { run(argv: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  check: { summary: 'check a Sphinx project and print its warnings', load: () => import('./commands/check.js') },
  build: { summary: 'build a Sphinx project into a static site', load: () => import('./commands/build.js') },
  pformat: { summary: "print docutils' pseudo-XML of an rST file (- for stdin)", load: () => import('./commands/pformat.js') },
  test: { summary: 'validate every runbook diagnostic against its recorded outputs', load: () => import('./commands/test.js') },
  diagnose: { summary: 'find the runbooks whose symptoms a log or this host shows', load: () => import('./commands/diagnose.js') },
  search: { summary: 'search a built site by error message or keywords', load: () => import('./commands/search.js') },
  new: { summary: 'scaffold a new incident page', load: () => import('./commands/new.js') },
  dev: { summary: 'serve the site with live reload', load: () => import('./commands/dev.js') },
  serve: { summary: 'serve a built site', load: () => import('./commands/serve.js') },
};

export function usage(): string {
  const lines = ['usage: rstro <command> [options]', '', 'commands:'];
  for (const [name, { summary }] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(9)} ${summary}`);
  lines.push('', 'Run `rstro <command> --help` for a command\'s options.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    console.log(pkg.version);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`rstro: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  try {
    const module = await command.load();
    return await module.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`rstro ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

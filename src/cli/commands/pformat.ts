// `rstro pformat FILE|-`: the parsed, untransformed document as docutils'
// pseudo-XML, so any file can be diffed against `docutils --writer=pseudoxml`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../args.js';
import { pformat } from '../../doctree/pformat.js';
import { parseRst } from '../../rst/index.js';
import { createRegistries } from '../../rst/registries.js';

const HELP = `usage: rstro pformat FILE|- [--sphinx] [--source NAME]

Prints the docutils pseudo-XML of the parsed document (no transforms);
.md files are read as MyST Markdown.
  --sphinx       also enable the Sphinx layer's directives and roles
  --source NAME  the source name printed in the output (default: the file path)`;

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['source'], ['sphinx']);
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) {
    console.error(HELP);
    return 2;
  }
  let source: string;
  try {
    source = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`rstro pformat: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const registries = createRegistries();
  if (args.options.sphinx) {
    const { registerSphinxForFile } = await import('../../sphinx/standalone.js');
    registerSphinxForFile(registries, file === '-' ? process.cwd() : path.resolve(file));
  }
  const sourcePath = typeof args.options.source === 'string' ? args.options.source : file === '-' ? '<stdin>' : file;
  const cwd = file === '-' ? process.cwd() : path.dirname(path.resolve(file));
  // A Markdown (MyST) file becomes the same doctree through the Markdown reader.
  const markdown = /\.(md|markdown)$/i.test(file);
  const document = markdown
    ? (await import('../../markdown/index.js')).parseMarkdown(source, { settings: { sourcePath, cwd }, registries, srcdir: cwd })
    : parseRst(source, { settings: { sourcePath, cwd }, registries });
  process.stdout.write(pformat(document));
  return 0;
}

// `rstro new incident "TITLE" [--section PATH] [--label LABEL] [--source DIR]`
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, stringOption } from '../args.js';
import { newIncident, ScaffoldError, labelFromTitle } from '../../scaffold/new-incident.js';

const HELP = `usage: rstro new incident "TITLE" [--section PATH] [--label LABEL] [--source DIR] [--fixtures DIR]

Creates SOURCE/PATH/LABEL.rst from the incident template, its fixture folder
FIXTURES/PATH/LABEL/, and the toctree entries that reach it. Never overwrites.
  --section PATH  folder inside the source (default: incidents)
  --label LABEL   the page's label and file name (default: derived from the title)
  --source DIR    the Sphinx source folder (default: content)
  --fixtures DIR  the fixture root (default: literalinclude)
Run in a terminal without a title to be asked for each value.`;

async function ask(title: string | undefined, section: string | undefined, label: string | undefined) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const t = title ?? (await rl.question('Title of the incident: ')).trim();
    const s = section ?? ((await rl.question('Section folder [incidents]: ')).trim() || 'incidents');
    const suggested = labelFromTitle(t);
    const l = label ?? ((await rl.question(`Label [${suggested}]: `)).trim() || suggested);
    return { title: t, section: s, label: l };
  } finally {
    rl.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.length === 0) {
    console.log(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const args = parseArgs(argv, ['section', 'label', 'source', 'fixtures'], []);
  const [kind, ...titleWords] = args.positionals;
  if (kind !== 'incident') {
    console.error(`rstro new: unknown kind "${kind}"; only "incident" can be created\n\n${HELP}`);
    return 2;
  }
  let title = titleWords.join(' ').trim() || undefined;
  let section = stringOption(args, 'section');
  let label = stringOption(args, 'label');
  if (!title) {
    if (!process.stdin.isTTY || process.env.CI) {
      console.error('rstro new incident: give the title as an argument (prompts need a terminal)');
      return 2;
    }
    ({ title, section, label } = await ask(title, section, label));
  }
  try {
    const result = newIncident({
      title: title!,
      section: section ?? 'incidents',
      label,
      sourceRoot: path.resolve(stringOption(args, 'source') ?? 'content'),
      fixtureRoot: path.resolve(stringOption(args, 'fixtures') ?? 'literalinclude'),
    });
    for (const file of result.created) console.log(`created  ${path.relative(process.cwd(), file)}`);
    for (const file of result.modified) console.log(`updated  ${path.relative(process.cwd(), file)} (toctree entry added)`);
    console.log(`\nNext: fill in every «fill in: ...» in the page, save the recorded output, then run\n  npx rstro check && npx rstro test`);
    return 0;
  } catch (error) {
    if (error instanceof ScaffoldError) {
      console.error(`rstro new incident: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

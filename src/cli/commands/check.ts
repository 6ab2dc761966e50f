// `rstro check [SOURCE_DIR]`: reads a Sphinx project and prints the warnings
// sphinx-build would print (same words, file and line), plus rstro's own
// (runbook placeholders). Never writes in the source tree.
import { watch } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, stringOption, UsageError } from '../args.js';
import { checkProject } from '../../sphinx/project.js';
import { formatWarning, warningToJson, type SphinxWarning } from '../../sphinx/warnings.js';
import { placeholderWarnings } from '../../scaffold/placeholders.js';
import { compareExpected, readExpected } from '../expected-warnings.js';
import { RSTRO_PLUGINS } from '../../runbook/plugin.js';

const HELP = `usage: rstro check [SOURCE_DIR] [--fail-on-warning] [--format text|json|github]
                   [--expected FILE] [--watch] [--no-cache]

Reads the Sphinx project in SOURCE_DIR (default: content) and prints its warnings.
  --fail-on-warning  exit 1 when there are warnings (like sphinx-build -W)
  --format FORMAT    text (sphinx-build's), json (one object per line), github (Actions annotations)
  --expected FILE    warnings that are known and accepted, one per line as printed relative to
                     SOURCE_DIR; only other warnings count, and an expected one that is gone is reported
  --watch            check again whenever a file changes
  --no-cache         parse every document again
  --jobs N           parse in N worker threads (default: one thread below 32 MB of source, where
                     workers were measured slower on 2 cores; the machine's cores above)`;

type Format = 'text' | 'json' | 'github';

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['format', 'expected', 'jobs'], ['fail-on-warning', 'watch', 'no-cache']);
  const jobsOption = stringOption(args, 'jobs');
  const jobs = jobsOption === undefined ? undefined : Number(jobsOption);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs takes a whole number of worker threads, not "${jobsOption}"`);
  const source = path.resolve(args.positionals[0] ?? 'content');
  const format = (stringOption(args, 'format') ?? 'text') as Format;
  if (!['text', 'json', 'github'].includes(format)) throw new UsageError(`--format must be text, json or github, not "${format}"`);
  const expectedFile = stringOption(args, 'expected');
  const once = () => checkOnce(source, format, Boolean(args.options['fail-on-warning']), expectedFile, Boolean(args.options['no-cache']), jobs);
  if (!args.options.watch) return once();
  await once();
  return watchAndRecheck(source, once);
}

function githubLine(w: SphinxWarning, cwd: string): string {
  const level = w.level === 'INFO' ? 'notice' : w.level === 'WARNING' ? 'warning' : 'error';
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = w.file && !w.file.startsWith('<') ? `file=${path.relative(cwd, w.file)}${w.line ? `,line=${w.line}` : ''}` : '';
  return `::${level}${props ? ' ' + props : ''}::${escape(w.message)}`;
}

async function checkOnce(source: string, format: Format, failOnWarning: boolean, expectedFile: string | undefined, noCache: boolean, jobs?: number): Promise<number> {
  let result;
  try {
    result = await checkProject(source, { noCache, jobs, plugins: RSTRO_PLUGINS });
  } catch (error) {
    console.error(`rstro check: ${(error as Error).message}`);
    return 1;
  }
  const warnings = [...result.warnings];
  for (const doc of result.documents.values()) {
    let text = '';
    try {
      text = readFileSync(doc.path, 'utf8');
    } catch {
      continue;
    }
    warnings.push(...placeholderWarnings(doc.path, text, doc.docname));
  }
  const cwd = process.cwd();
  let counted = warnings;
  const extra: string[] = [];
  if (expectedFile) {
    const expected = readExpected(expectedFile);
    const comparison = compareExpected(warnings, expected, source);
    counted = comparison.unexpected;
    for (const gone of comparison.missing) extra.push(`rstro check: expected warning no longer occurs (remove it from ${expectedFile}): ${gone}`);
  }
  for (const w of warnings) {
    if (format === 'json') console.log(JSON.stringify(warningToJson(w, { relativeTo: cwd })));
    else if (format === 'github') console.log(githubLine(w, cwd));
    else console.error(formatWarning(w, { relativeTo: cwd }));
  }
  for (const line of extra) console.error(line);
  if (format === 'text') {
    const s = result.stats;
    const expectedNote = expectedFile ? ` (${warnings.length - counted.length} expected)` : '';
    console.error(`rstro check: ${s.documents} documents (${s.parsed} parsed, ${s.fromCache} from cache) in ${s.milliseconds} ms; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}${expectedNote}.`);
  }
  if (extra.length > 0 && failOnWarning) return 1;
  return failOnWarning && counted.length > 0 ? 1 : 0;
}

function watchAndRecheck(source: string, once: () => Promise<number>): Promise<number> {
  return new Promise(() => {
    let timer: NodeJS.Timeout | null = null;
    let running = false;
    let again = false;
    const rerun = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      console.error(`\n--- ${new Date().toLocaleTimeString()} change detected, checking again`);
      await once();
      running = false;
      if (again) {
        again = false;
        void rerun();
      }
    };
    const roots = [source, path.join(path.dirname(source), 'literalinclude')];
    for (const root of roots) {
      try {
        watch(root, { recursive: true }, () => {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => void rerun(), 100);
        });
      } catch {
        // a fixture root that does not exist is simply not watched
      }
    }
    console.error(`rstro check: watching ${source} (Ctrl+C to stop)`);
  });
}

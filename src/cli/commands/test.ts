// `rstro test [SOURCE_DIR] [--json]`: proves every diagnostic of the project
// against its recorded outputs. Exit 1 on any failure.
import path from 'node:path';
import { parseArgs } from '../args.js';
import { loadRunbooks } from '../../runbook/project.js';
import { validateDiagnostic, type ValidationFailure } from '../../runbook/validate.js';

const HELP = `usage: rstro test [SOURCE_DIR] [--json]

Validates every diagnostic in SOURCE_DIR (default: content): each matcher must
hold on every :fixture: output and the matchers must fail on every :healthy:
output; :filter: pipelines run for real in a sandbox. Exit 1 on any failure.`;

interface SnippetReport {
  docname: string;
  file: string;
  line: number;
  title: string;
  ok: boolean;
  failures: ValidationFailure[];
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, [], ['json', 'no-cache']);
  const source = path.resolve(args.positionals[0] ?? 'content');
  let runbooks;
  try {
    runbooks = await loadRunbooks(source, { noCache: Boolean(args.options['no-cache']) });
  } catch (error) {
    console.error(`rstro test: ${(error as Error).message}`);
    return 1;
  }
  const cwd = process.cwd();
  const snippets: SnippetReport[] = [];
  let isolation: string | undefined;
  for (const spec of runbooks.specs) {
    const result = await validateDiagnostic(spec);
    isolation ??= result.isolation;
    snippets.push({ docname: spec.docname, file: path.relative(cwd, spec.source), line: spec.line, title: spec.title, ok: result.ok, failures: result.failures });
  }
  // Problems that are not one diagnostic's (a check naming no block, placeholders) fail the run too.
  for (const p of runbooks.problems) {
    snippets.push({ docname: p.docname, file: path.relative(cwd, p.file), line: p.line, title: '(page)', ok: false, failures: [{ fixture: '', kind: 'matcher', message: p.message }] });
  }
  const failed = snippets.filter((s) => !s.ok);
  if (args.options.json) {
    console.log(JSON.stringify({ snippets: snippets.map(({ file: _file, ...rest }) => rest) }, null, 2));
    return failed.length ? 1 : 0;
  }
  for (const s of snippets) {
    console.log(`${s.ok ? 'PASS' : 'FAIL'}  ${s.file}:${s.line}  ${s.title}`);
    for (const f of s.failures) {
      const where = [f.kind === 'healthy' ? 'healthy output' : f.kind === 'fixture' ? 'recorded output' : f.kind, f.fixture].filter(Boolean).join(' ');
      console.log(`      ${where}${f.matcher ? `: ${f.matcher}` : ''}: ${f.message}`);
      for (const line of f.output ?? []) console.log(`        | ${line}`);
    }
  }
  const passed = snippets.length - failed.length;
  console.log(`\nrunbook snippets: ${passed} passed, ${failed.length} failed (filters sandboxed with ${isolation ?? 'no filter run'})`);
  return failed.length ? 1 : 0;
}

// `rstro diagnose`: which runbooks' symptoms are present — in a log
// (`--log FILE`, or standard input), or on this host (`--run`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, stringOption } from '../args.js';
import { loadRunbooks } from '../../runbook/project.js';
import { diagnoseText, rank, type PageDiagnosis } from '../../runbook/diagnose.js';
import { runOnHost } from '../../runbook/host.js';

const HELP = `usage: rstro diagnose [SOURCE_DIR] [--log FILE | --run] [--page DOCNAME]... [--yes] [--json]

  --log FILE   check every diagnostic's matchers against FILE (- or no --log: standard input)
  --run        run the :safe: (read-only) commands of the runbooks on this host
  --page NAME  only these pages (docnames, e.g. kubernetes/debug/pod_stuck); repeatable with commas
  --yes        run without asking for confirmation
  --json       machine-readable output`;

function printRanking(pages: PageDiagnosis[]): void {
  if (pages.length === 0) {
    console.log('No runbook matches.');
    return;
  }
  pages.forEach((page, i) => {
    console.log(`${i + 1}. ${page.title} (${page.docname}): ${page.present} of ${page.total} symptom${page.total === 1 ? '' : 's'} present`);
    for (const s of page.symptoms.filter((x) => x.present)) {
      console.log(`   ✓ ${s.title}`);
      for (const line of s.matchingLines) console.log(`       ${line}`);
    }
  });
}

export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const args = parseArgs(argv, ['log', 'page'], ['run', 'yes', 'json']);
  const source = path.resolve(args.positionals[0] ?? 'content');
  const pages = (stringOption(args, 'page') ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  let runbooks;
  try {
    runbooks = await loadRunbooks(source);
  } catch (error) {
    console.error(`rstro diagnose: ${(error as Error).message}`);
    return 1;
  }
  let specs = runbooks.specs;
  if (pages.length) {
    const unknown = pages.filter((p) => !runbooks.titles.has(p));
    if (unknown.length) {
      console.error(`rstro diagnose: no such page: ${unknown.join(', ')}`);
      return 2;
    }
    specs = specs.filter((s) => pages.includes(s.docname));
  }

  if (!args.options.run) {
    const logFile = stringOption(args, 'log') ?? '-';
    let text: string;
    try {
      text = readFileSync(logFile === '-' ? 0 : logFile, 'utf8');
    } catch (error) {
      console.error(`rstro diagnose: cannot read ${logFile}: ${(error as Error).message}`);
      return 1;
    }
    const ranking = await diagnoseText(text, specs, runbooks.titles);
    if (args.options.json) console.log(JSON.stringify({ results: ranking }, null, 2));
    else printRanking(ranking);
    return 0;
  }

  const safe = specs.filter((s) => s.safe && s.command);
  if (safe.length === 0) {
    console.error('rstro diagnose: no :safe: diagnostics to run' + (pages.length ? ' on those pages' : ''));
    return 1;
  }
  if (!args.options.yes) {
    console.error('These read-only commands will run on this host:');
    for (const s of safe) console.error(`  $ ${s.command}    (${s.docname}, timeout ${s.timeoutSeconds}s)`);
    if (!process.stdin.isTTY) {
      console.error('rstro diagnose: not a terminal, so nothing was run; pass --yes to run them');
      return 2;
    }
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    const answer = (await rl.question('Run them? [y/N] ')).trim().toLowerCase();
    rl.close();
    if (answer !== 'y' && answer !== 'yes') return 1;
  }
  const byPage = new Map<string, PageDiagnosis>();
  const runs = [];
  for (const spec of safe) {
    if (!args.options.json) console.error(`$ ${spec.command}`);
    const result = await runOnHost(spec);
    runs.push(result);
    if (result.error && !args.options.json) console.error(`  ! ${result.error}`);
    const page = byPage.get(spec.docname) ?? { docname: spec.docname, title: runbooks.titles.get(spec.docname)?.title ?? spec.docname, present: 0, total: 0, symptoms: [] };
    byPage.set(spec.docname, page);
    page.symptoms.push({ title: spec.title, line: spec.line, present: result.present, matchingLines: result.matchingLines, skipped: result.error });
    if (!result.error) page.total++;
    if (result.present) page.present++;
  }
  const ranking = rank([...byPage.values()]);
  if (args.options.json) {
    console.log(JSON.stringify({ results: ranking, commands: runs.map((r) => ({ docname: r.spec.docname, command: r.spec.command, exitCode: r.output?.exitCode ?? null, error: r.error ?? null, present: r.present })) }, null, 2));
  } else printRanking(ranking);
  return 0;
}

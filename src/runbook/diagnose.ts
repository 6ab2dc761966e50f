// Which runbooks' symptoms does this text (a pasted log, `kubectl describe`,
// dmesg) or this host show? Each diagnostic is a symptom; a page ranks by how
// many of its symptoms are present.
import type { DiagnosticSpec } from './model.js';
import { isTextual, testMatcher, outputLines, type CommandOutput, type Matcher } from './matchers.js';
import { parseMatchers } from './validate.js';
import { runSandboxed } from './sandbox.js';

export interface SymptomResult {
  title: string;
  line: number;
  present: boolean;
  /** The input lines that matched (trimmed), for the report. */
  matchingLines: string[];
  /** Why it was not evaluated, e.g. "needs the command's own output". */
  skipped?: string;
}

export interface PageDiagnosis {
  docname: string;
  title: string;
  present: number;
  total: number;
  symptoms: SymptomResult[];
}

/**
 * On a pasted log a diagnostic counts when it has textual matchers and all of
 * them hold (counts, line totals and exit statuses describe one command's own
 * output, not a log) — unless it has a filter, which turns the log into that
 * output first, so then every matcher applies.
 */
async function evaluateOnText(spec: DiagnosticSpec, matchers: Matcher[], output: CommandOutput): Promise<SymptomResult> {
  const base = { title: spec.title, line: spec.line };
  let subject = output;
  if (spec.filter) {
    const filtered = await runSandboxed(spec.filter, output.text, spec.timeoutSeconds * 1000);
    if (filtered.error || filtered.timedOut) return { ...base, present: false, matchingLines: [], skipped: filtered.error ?? 'filter timed out' };
    subject = { text: filtered.stdout, exitCode: filtered.exitCode };
  }
  const applicable = spec.filter ? matchers : matchers.filter(isTextual);
  const positive = applicable.filter((m) => m.kind !== 'not-contains');
  if (positive.length === 0) return { ...base, present: false, matchingLines: [], skipped: "needs the command's own output" };
  const outcomes = applicable.map((m) => testMatcher(m, subject));
  const present = outcomes.every((o) => o.ok);
  const inputLines = outputLines(output.text);
  const matchingLines = present && !spec.filter ? [...new Set(outcomes.flatMap((o) => o.lines))].sort((a, b) => a - b).map((i) => inputLines[i].trim()) : [];
  return { ...base, present, matchingLines: matchingLines.slice(0, 5) };
}

export interface PageInfo {
  docname: string;
  title: string;
}

export async function diagnoseText(text: string, specs: DiagnosticSpec[], pages: Map<string, PageInfo>): Promise<PageDiagnosis[]> {
  const output: CommandOutput = { text, exitCode: 0 };
  const byPage = new Map<string, PageDiagnosis>();
  for (const spec of specs) {
    const { matchers } = parseMatchers(spec);
    const result = await evaluateOnText(spec, matchers, output);
    let page = byPage.get(spec.docname);
    if (!page) {
      page = { docname: spec.docname, title: pages.get(spec.docname)?.title ?? spec.docname, present: 0, total: 0, symptoms: [] };
      byPage.set(spec.docname, page);
    }
    page.symptoms.push(result);
    if (!result.skipped) page.total++;
    if (result.present) page.present++;
  }
  return rank([...byPage.values()]);
}

/** Most symptoms present first; ties go to the page where a larger share is present. */
export function rank(pages: PageDiagnosis[]): PageDiagnosis[] {
  return pages
    .filter((p) => p.present > 0)
    .sort((a, b) => b.present - a.present || b.present / Math.max(1, b.total) - a.present / Math.max(1, a.total) || a.docname.localeCompare(b.docname));
}

// Proving a diagnostic: every matcher must hold on every recorded output of
// the incident (`:fixture:`) and must not all hold on any healthy output
// (`:healthy:`). A `:filter:` pipeline really runs on each output first.
import { existsSync, readFileSync } from 'node:fs';
import type { DiagnosticSpec, FixtureRef } from './model.js';
import { MatcherSyntaxError, parseMatcher, testMatcher, type CommandOutput, type Matcher } from './matchers.js';
import { runSandboxed, type Isolation } from './sandbox.js';

export interface ValidationFailure {
  /** Which recorded output, as written in the page. */
  fixture: string;
  kind: 'fixture' | 'healthy' | 'matcher' | 'filter';
  /** The matcher that failed (as written), when one did. */
  matcher?: string;
  message: string;
  /** Relevant output lines (after the filter), for the report. */
  output?: string[];
}

export interface FixtureResult {
  fixture: string;
  kind: 'fixture' | 'healthy';
  ok: boolean;
  /** 0-based lines of the (unfiltered) output that the matchers point at, for highlighting. */
  matchedLines: number[];
}

export interface ValidationResult {
  ok: boolean;
  failures: ValidationFailure[];
  results: FixtureResult[];
  isolation?: Isolation;
}

export function parseMatchers(spec: DiagnosticSpec): { matchers: Matcher[]; errors: string[] } {
  const matchers: Matcher[] = [];
  const errors: string[] = [];
  for (const line of spec.match) {
    try {
      matchers.push(parseMatcher(line));
    } catch (error) {
      if (error instanceof MatcherSyntaxError) errors.push(error.message);
      else throw error;
    }
  }
  return { matchers, errors };
}

/** Read a recorded output and its exit status (`<file>.exit`, default 0). */
export function readRecordedOutput(path: string): CommandOutput {
  const text = readFileSync(path, 'utf8');
  const exitFile = `${path}.exit`;
  const exitCode = existsSync(exitFile) ? Number.parseInt(readFileSync(exitFile, 'utf8').trim(), 10) || 0 : 0;
  return { text, exitCode };
}

/** Problems with the spec itself that need no fixture to find: what `rstro check` warns about. */
export function specProblems(spec: DiagnosticSpec): string[] {
  const problems = [...parseMatchers(spec).errors];
  if (spec.match.length === 0) problems.push('no :match: matcher given');
  if (spec.kind === 'diagnostic' && spec.fixtures.length === 0) problems.push('no :fixture: recorded output given');
  for (const ref of [...spec.fixtures, ...spec.healthy]) {
    if (!ref.path && ref.content === undefined) problems.push(`recorded output not found: ${ref.written} (looked in ${ref.candidates.join(', ')})`);
  }
  return problems;
}

async function applyFilter(spec: DiagnosticSpec, output: CommandOutput): Promise<{ output: CommandOutput; error?: string; isolation?: Isolation }> {
  if (!spec.filter) return { output };
  const result = await runSandboxed(spec.filter, output.text, spec.timeoutSeconds * 1000);
  if (result.error) return { output, error: `filter could not run: ${result.error}`, isolation: result.isolation };
  if (result.timedOut) return { output, error: `filter timed out after ${spec.timeoutSeconds}s`, isolation: result.isolation };
  // The filter's exit status stands for the command's: `grep -q` style filters are matched with `exit`.
  return { output: { text: result.stdout, exitCode: result.exitCode }, isolation: result.isolation };
}

export async function validateDiagnostic(spec: DiagnosticSpec): Promise<ValidationResult> {
  const failures: ValidationFailure[] = [];
  const results: FixtureResult[] = [];
  const { matchers, errors } = parseMatchers(spec);
  for (const message of errors) failures.push({ fixture: '', kind: 'matcher', message });
  if (spec.match.length === 0) failures.push({ fixture: '', kind: 'matcher', message: 'no :match: matcher given' });
  if (spec.kind === 'diagnostic' && spec.fixtures.length === 0) failures.push({ fixture: '', kind: 'fixture', message: 'no :fixture: recorded output given' });
  let isolation: Isolation | undefined;

  const check = async (ref: FixtureRef, kind: 'fixture' | 'healthy') => {
    if (!ref.path && ref.content === undefined) {
      failures.push({ fixture: ref.written, kind, message: `recorded output not found (looked in ${ref.candidates.join(', ')})` });
      return;
    }
    let recorded: CommandOutput;
    try {
      recorded = ref.path ? readRecordedOutput(ref.path) : { text: ref.content ?? '', exitCode: 0 };
    } catch (error) {
      failures.push({ fixture: ref.written, kind, message: `cannot read recorded output: ${(error as Error).message}` });
      return;
    }
    const filtered = await applyFilter(spec, recorded);
    isolation ??= filtered.isolation;
    if (filtered.error) {
      failures.push({ fixture: ref.written, kind: 'filter', message: filtered.error });
      return;
    }
    const outcomes = matchers.map((m) => ({ matcher: m, outcome: testMatcher(m, filtered.output) }));
    const allHold = matchers.length > 0 && outcomes.every((o) => o.outcome.ok);
    const shown = filtered.output.text.split('\n').slice(0, 8);
    if (kind === 'fixture') {
      for (const { matcher, outcome } of outcomes) {
        if (!outcome.ok) failures.push({ fixture: ref.written, kind, matcher: matcher.text, message: `does not hold: ${outcome.detail}`, output: shown });
      }
    } else if (allHold) {
      failures.push({ fixture: ref.written, kind, message: 'all matchers also hold on this healthy output, so they cannot tell the problem apart', output: shown });
    }
    // Highlight lines only when they index the recorded output itself (no filter in between).
    const matchedLines = spec.filter ? [] : [...new Set(outcomes.flatMap((o) => o.outcome.lines))].sort((a, b) => a - b);
    results.push({ fixture: ref.written, kind, ok: kind === 'fixture' ? allHold : !allHold, matchedLines });
  };

  for (const ref of spec.fixtures) await check(ref, 'fixture');
  for (const ref of spec.healthy) await check(ref, 'healthy');
  return { ok: failures.length === 0, failures, results, isolation };
}

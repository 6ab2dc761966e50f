// `diagnose --run`: runs the read-only (`:safe:`) commands of runbooks on this
// host. The commands are the pages' own text, run as written with `sh -c`
// (pipelines need a shell) — never a string built from user input, never a
// command not marked safe — each with its timeout. A missing or failing
// command is reported, not fatal.
import { capture } from './capture.js';
import type { DiagnosticSpec } from './model.js';
import { testMatcher, type CommandOutput } from './matchers.js';
import { parseMatchers } from './validate.js';
import { runSandboxed } from './sandbox.js';

export interface HostRun {
  spec: DiagnosticSpec;
  /** The command did not run or ended abnormally. */
  error?: string;
  output?: CommandOutput;
  present: boolean;
  matchingLines: string[];
}

export async function runCommand(command: string, timeoutSeconds: number): Promise<{ output: CommandOutput; error?: string }> {
  const result = await capture('sh', ['-c', command], { timeoutMs: timeoutSeconds * 1000 });
  const output = { text: result.stdout, exitCode: result.exitCode };
  if (result.error) return { output, error: result.error };
  if (result.timedOut) return { output, error: `timed out after ${timeoutSeconds}s` };
  if (result.exitCode === 127) return { output, error: `command not found: ${result.stderr.trim().split('\n').pop() ?? ''}` };
  return { output };
}

export async function runOnHost(spec: DiagnosticSpec): Promise<HostRun> {
  if (!spec.safe || !spec.command) return { spec, present: false, matchingLines: [], error: 'not marked :safe:, not run' };
  const { output, error } = await runCommand(spec.command, spec.timeoutSeconds);
  if (error) return { spec, error, output, present: false, matchingLines: [] };
  let subject = output;
  if (spec.filter) {
    const filtered = await runSandboxed(spec.filter, output.text, spec.timeoutSeconds * 1000);
    if (filtered.error || filtered.timedOut) return { spec, error: `filter: ${filtered.error ?? 'timed out'}`, output, present: false, matchingLines: [] };
    subject = { text: filtered.stdout, exitCode: filtered.exitCode };
  }
  const { matchers } = parseMatchers(spec);
  const outcomes = matchers.map((m) => testMatcher(m, subject));
  const present = matchers.length > 0 && outcomes.every((o) => o.ok);
  const lines = subject.text.split('\n');
  const matchingLines = present ? [...new Set(outcomes.flatMap((o) => o.lines))].sort((a, b) => a - b).map((i) => lines[i].trim()).slice(0, 5) : [];
  return { spec, output, present, matchingLines };
}

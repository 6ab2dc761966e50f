// Matchers: what a diagnostic command's output looks like when the problem is
// present. One per `:match:` line; all of a diagnostic's matchers must hold.
//
//   regex /cannot allocate memory/i     the output matches the regular expression
//   contains "ContainerCreating"        the output contains the text
//   not-contains "Running"              the output does not contain the text
//   number > 100000                     the first number in the output compares so
//   lines >= 3                          the number of output lines compares so
//   exit != 0                           the command's exit status compares so

export type Comparison = '>' | '>=' | '<' | '<=' | '==' | '!=';

export type Matcher =
  | { kind: 'regex'; source: string; flags: string; regex: RegExp; text: string }
  | { kind: 'contains' | 'not-contains'; needle: string; text: string }
  | { kind: 'number' | 'lines' | 'exit'; op: Comparison; value: number; text: string };

export interface MatchOutcome {
  ok: boolean;
  /** 0-based indices of the output lines that made the matcher hold (for highlighting). */
  lines: number[];
  /** What was seen, in words, when it did not hold. */
  detail?: string;
}

export interface CommandOutput {
  text: string;
  /** Exit status; fixtures record it in a `<fixture>.exit` file, else 0. */
  exitCode: number;
}

export class MatcherSyntaxError extends Error {}

const COMPARISONS: Comparison[] = ['>=', '<=', '==', '!=', '>', '<'];

/** Parse one `:match:` line. Throws MatcherSyntaxError with a message fit for the author. */
export function parseMatcher(line: string): Matcher {
  const text = line.trim();
  const [keyword] = text.split(/\s+/, 1);
  const rest = text.slice(keyword.length).trim();
  switch (keyword) {
    case 'regex':
      return parseRegex(rest, text);
    case 'contains':
    case 'not-contains':
      return { kind: keyword, needle: parseQuoted(rest, keyword), text };
    case 'number':
    case 'lines':
    case 'exit':
      return { kind: keyword, ...parseComparison(rest, keyword), text };
    default:
      throw new MatcherSyntaxError(
        `unknown matcher "${keyword}" in "${text}": use regex /.../flags, contains "text", not-contains "text", number OP N, lines OP N or exit OP N`,
      );
  }
}

function parseRegex(rest: string, text: string): Matcher {
  const match = /^\/(.*)\/([a-z]*)$/s.exec(rest);
  if (!match) throw new MatcherSyntaxError(`regex matcher needs /pattern/flags, got "${rest}"`);
  const [, source, flags] = match;
  if (/[^imsu]/.test(flags)) throw new MatcherSyntaxError(`regex flags may be i, m, s, u; got "${flags}"`);
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    throw new MatcherSyntaxError(`bad regular expression /${source}/: ${(error as Error).message}`);
  }
  return { kind: 'regex', source, flags, regex, text };
}

function parseQuoted(rest: string, keyword: string): string {
  const match = /^(["'])(.*)\1$/s.exec(rest);
  if (!match || match[2] === '') throw new MatcherSyntaxError(`${keyword} needs a quoted, non-empty text: ${keyword} "text"`);
  return match[2].replace(/\\(["'\\])/g, '$1');
}

function parseComparison(rest: string, keyword: string): { op: Comparison; value: number } {
  const op = COMPARISONS.find((candidate) => rest.startsWith(candidate));
  const value = op ? Number(rest.slice(op.length).trim()) : NaN;
  if (!op || rest.slice(op.length).trim() === '' || !Number.isFinite(value)) {
    throw new MatcherSyntaxError(`${keyword} needs a comparison and a number, e.g. "${keyword} > 0"; got "${rest}"`);
  }
  return { op, value };
}

function compare(left: number, op: Comparison, right: number): boolean {
  switch (op) {
    case '>': return left > right;
    case '>=': return left >= right;
    case '<': return left < right;
    case '<=': return left <= right;
    case '==': return left === right;
    case '!=': return left !== right;
  }
}

/** Lines of output; a final newline does not start another line. */
export function outputLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const FIRST_NUMBER = /-?\d+(?:\.\d+)?/;

export function testMatcher(matcher: Matcher, output: CommandOutput): MatchOutcome {
  const lines = outputLines(output.text);
  switch (matcher.kind) {
    case 'regex': {
      const perLine = new RegExp(matcher.source, matcher.flags.replace('m', ''));
      const hits = lines.flatMap((line, i) => (perLine.test(line) ? [i] : []));
      const ok = hits.length > 0 || matcher.regex.test(output.text);
      return { ok, lines: hits, detail: ok ? undefined : `no line matches /${matcher.source}/${matcher.flags}` };
    }
    case 'contains': {
      const hits = lines.flatMap((line, i) => (line.includes(matcher.needle) ? [i] : []));
      const ok = hits.length > 0 || output.text.includes(matcher.needle);
      return { ok, lines: hits, detail: ok ? undefined : `"${matcher.needle}" does not occur` };
    }
    case 'not-contains': {
      const hits = lines.flatMap((line, i) => (line.includes(matcher.needle) ? [i] : []));
      const ok = !output.text.includes(matcher.needle);
      return { ok, lines: [], detail: ok ? undefined : `"${matcher.needle}" occurs on line ${hits.map((i) => i + 1).join(', ')}` };
    }
    case 'number': {
      const index = lines.findIndex((line) => FIRST_NUMBER.test(line));
      if (index < 0) return { ok: false, lines: [], detail: 'the output has no number' };
      const value = Number(FIRST_NUMBER.exec(lines[index])![0]);
      const ok = compare(value, matcher.op, matcher.value);
      return { ok, lines: ok ? [index] : [], detail: ok ? undefined : `first number is ${value}` };
    }
    case 'lines': {
      const ok = compare(lines.length, matcher.op, matcher.value);
      return { ok, lines: [], detail: ok ? undefined : `the output has ${lines.length} line(s)` };
    }
    case 'exit': {
      const ok = compare(output.exitCode, matcher.op, matcher.value);
      return { ok, lines: [], detail: ok ? undefined : `exit status is ${output.exitCode}` };
    }
  }
}

/** The matcher in plain words, for the page: "output contains 'cannot allocate memory'". */
export function describeMatcher(matcher: Matcher): string {
  const words: Record<Comparison, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '==': '=', '!=': '≠' };
  switch (matcher.kind) {
    case 'regex': return `output matches /${matcher.source}/${matcher.flags}`;
    case 'contains': return `output contains '${matcher.needle}'`;
    case 'not-contains': return `output does not contain '${matcher.needle}'`;
    case 'number': return `first number ${words[matcher.op]} ${matcher.value}`;
    case 'lines': return `number of lines ${words[matcher.op]} ${matcher.value}`;
    case 'exit': return `exit status ${words[matcher.op]} ${matcher.value}`;
  }
}

/** Matchers that look at text (as opposed to one command's count or status): usable on a pasted log. */
export function isTextual(matcher: Matcher): boolean {
  return matcher.kind === 'regex' || matcher.kind === 'contains' || matcher.kind === 'not-contains';
}

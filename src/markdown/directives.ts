// Fenced directives: the registries' DirectiveSpec run on MyST's syntax.
//
//     ```{code-block} python        name in braces, then the arguments
//     :linenos:                     options as `:name: value` lines ...
//     :emphasize-lines: 2
//
//     print("content")              ... then the content
//     ```
//
//     ```{figure} img.png           ... or options as a YAML block
//     ---
//     name: fig-1
//     width: 50%
//     ---
//     Caption
//     ```
//
// A directive that takes no arguments reads the text after its name as the
// first content line (```{note} Short note.```). `{eval-rst}` content is
// reStructuredText. Problems become system messages at the fence's line.
import { parse as parseYaml } from 'yaml';
import { el, text } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import { DirectiveError, type DirectiveInvocation, type DirectiveSpec } from '../rst/api.js';
import { pythonRepr } from '../rst/python-repr.js';
import type { Code } from 'mdast';
import { definitionList } from './deflist.js';
import { fieldList } from './fieldlist.js';
import { DEFLIST_FENCE, FIELDLIST_FENCE } from './preprocess-lists.js';
import type { Frame, MystState } from './state.js';

const FENCE_NAME = /^\{([^{}\s]+)\}$/;
const OPTION_LINE = /^:([A-Za-z0-9_][\w.+-]*):(?:\s+(.*))?\s*$/;

export function fenceName(lang: string | null | undefined): string | null {
  const match = lang ? FENCE_NAME.exec(lang) : null;
  return match ? match[1] : null;
}

class FenceSyntaxError extends Error {}

/** A problem with the options that does not stop the directive; `at` is the body line it is on. */
interface FenceProblem {
  message: string;
  at?: number;
}

/** An option as written: name, value (null when empty) and the body line it starts on. */
type RawOption = [name: string, value: string | null, at: number];

interface ParsedFence {
  arguments: string[];
  options: Record<string, unknown>;
  content: string[];
  /** Index into the fence's body lines of content[0] (-1: the first line is the fence line's text). */
  contentStart: number;
}

export function runFence(state: MystState, node: Code, frame: Frame): DoctreeNode[] {
  const name = fenceName(node.lang)!;
  const canonical = name.toLowerCase();
  const lineno = state.lineOf(node, frame);
  const body = node.value === '' ? [] : node.value.split('\n');
  const startLine = node.position?.start.line ?? 1;
  /** 0-based document line index of body line k (the fence's content starts on the line after the fence). */
  const bodyIndex = (k: number) => {
    const at = startLine + k;
    return frame.base + (frame.lineMap[at] ?? frame.lineMap[frame.lineMap.length - 1] ?? at);
  };
  const blockText = '```' + node.lang + (node.meta ? ' ' + node.meta : '') + '\n' + node.value + '\n```';
  const literal = () => el('literal_block', { 'xml:space': 'preserve' }, [text(blockText)], state.pos(node, frame));

  if (canonical === 'eval-rst' || canonical === 'eval-rest') {
    const holder = el('container', {});
    if (body.length) state.parseRst(body, bodyIndex(0), holder);
    return holder.children;
  }
  if (QUOTE_DIRECTIVES.has(canonical) && state.registries.directives.has(canonical)) {
    const lines = node.meta ? [node.meta, ...body] : body;
    const indexOf = node.meta ? (k: number) => (k === 0 ? lineno - 1 : bodyIndex(k - 1)) : bodyIndex;
    return classedQuote(state, canonical, lines, indexOf, state.pos(node, frame));
  }
  if (name === DEFLIST_FENCE) return definitionList(state, body, bodyIndex, state.pos(node, frame));
  if (name === FIELDLIST_FENCE) return fieldList(state, body, bodyIndex, state.pos(node, frame));
  const spec = state.registries.directives.get(canonical);
  if (!spec) {
    return [state.report(2, `Unknown directive type: '${name}' [myst.directive_unknown]`, { line: lineno, children: [literal()] })];
  }
  let parsed: ParsedFence;
  const problems: FenceProblem[] = [];
  try {
    parsed = parseFence(spec, node.meta ?? '', body, problems);
  } catch (error) {
    if (!(error instanceof FenceSyntaxError)) throw error;
    return [state.report(3, `Error in "${name}" directive:\n${error.message}.`, { line: lineno, children: [literal()] })];
  }
  // Option problems are not fatal (as in myst-parser): the directive runs without the faulty options.
  const warnings = problems.map((problem) => state.report(2, `"${name}" directive: ${problem.message}; ignored. [myst.directive_parse]`, { line: problem.at === undefined ? lineno : bodyIndex(problem.at) + 1 }));
  const contentOffset = parsed.contentStart < 0 ? lineno - 1 : bodyIndex(parsed.contentStart);
  const invocation: DirectiveInvocation = {
    name,
    arguments: parsed.arguments,
    options: parsed.options,
    content: parsed.content,
    contentOffset,
    lineno,
    blockText,
    state,
    document: state.document,
    reporter: state.reporter,
    error: (message) => new DirectiveError(3, message),
    warning: (message) => new DirectiveError(2, message),
    info: (message) => new DirectiveError(1, message),
    severe: (message) => new DirectiveError(4, message),
  };
  state.document.currentLine = state.lineOf(node, frame, true);
  try {
    return [...warnings, ...spec.run(invocation)];
  } catch (error) {
    if (error instanceof DirectiveError) return [...warnings, state.report(error.level, error.message, { line: lineno, children: [literal()] })];
    const message = error instanceof Error ? error.message : String(error);
    return [...warnings, state.report(3, `Error in "${name}" directive:\n${message}`, { line: lineno, children: [literal()] })];
  }
}

/**
 * epigraph, highlights and pull-quote: the rST implementations indent their content to make the
 * block parser read a block quote, which means nothing in Markdown. Here the content is the quote
 * and a last paragraph starting with "-- " its attribution, as docutils reads it.
 */
const QUOTE_DIRECTIVES = new Set(['epigraph', 'highlights', 'pull-quote']);

function classedQuote(state: MystState, name: string, body: string[], indexOf: (k: number) => number, position: Position): DoctreeNode[] {
  const quote = el('block_quote', { classes: [name] }, [], position);
  if (body.length) state.nestedParse(body, indexOf(0), quote);
  const last = quote.children[quote.children.length - 1];
  if (last?.type === 'paragraph') {
    const first = (last as Element).children[0];
    if (first?.type === 'text' && /^(--|---|\u2014) ?/.test((first as { value: string }).value)) {
      (first as { value: string }).value = (first as { value: string }).value.replace(/^(--|---|\u2014) ?/, '');
      last.type = 'attribution';
    }
  }
  return [quote];
}

function parseFence(spec: DirectiveSpec, argText: string, body: string[], problems: FenceProblem[]): ParsedFence {
  const { raw, next } = readOptions(body, problems);
  let start = next;
  while (start < body.length && body[start].trim() === '') start++;
  let end = body.length;
  while (end > start && body[end - 1].trim() === '') end--;
  let content = body.slice(start, end);
  let contentStart = start;

  const required = spec.requiredArguments ?? 0;
  const optional = spec.optionalArguments ?? 0;
  let args: string[] = [];
  const trimmed = argText.trim();
  if (required || optional) {
    args = trimmed.split(/\s+/).filter(Boolean);
    if (args.length < required) throw new FenceSyntaxError(`${required} argument(s) required, ${args.length} supplied`);
    if (args.length > required + optional) {
      if (spec.finalArgumentWhitespace) args = splitMax(trimmed, required + optional);
      else throw new FenceSyntaxError(`maximum ${required + optional} argument(s) allowed, ${args.length} supplied`);
    }
  } else if (trimmed) {
    content = [trimmed, ...content];
    contentStart = -1;
  }
  if (content.length && !spec.hasContent) throw new FenceSyntaxError('no content permitted');
  return { arguments: args, options: convertOptions(spec, raw, problems), content, contentStart };
}

/** The option block: a `---` YAML block, or leading `:name: value` lines (indented lines continue a value). */
function readOptions(body: string[], problems: FenceProblem[]): { raw: RawOption[]; next: number } {
  const raw: RawOption[] = [];
  if (body.length && body[0].trim() === '---') {
    const end = body.findIndex((line, i) => i > 0 && line.trim() === '---');
    // Without its closing line nothing tells the options from the content: the directive cannot run.
    if (end < 0) throw new FenceSyntaxError('the YAML option block opened by "---" is never closed');
    let data: unknown;
    try {
      data = parseYaml(body.slice(1, end).join('\n'));
    } catch (error) {
      problems.push({ message: `invalid YAML option block (${String((error as Error).message).split('\n')[0]})`, at: 0 });
      return { raw, next: end + 1 };
    }
    if (data !== null && data !== undefined) {
      if (typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ message: 'the YAML option block is not a mapping of option names to values', at: 0 });
        return { raw, next: end + 1 };
      }
      for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        if (value === false) continue;
        raw.push([key, yamlValue(value), 0]);
      }
    }
    return { raw, next: end + 1 };
  }
  let i = 0;
  while (i < body.length) {
    const match = OPTION_LINE.exec(body[i]);
    if (!match) break;
    const at = i;
    let value = match[2]?.trim() ?? '';
    i++;
    while (i < body.length && /^\s+\S/.test(body[i])) value += (value ? '\n' : '') + body[i++].trim();
    raw.push([match[1], value === '' ? null : value, at]);
  }
  return { raw, next: i };
}

function yamlValue(value: unknown): string | null {
  if (value === null || value === undefined || value === true) return null;
  if (Array.isArray(value)) return value.map((v) => yamlValue(v) ?? '').join('\n');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function convertOptions(spec: DirectiveSpec, raw: RawOption[], problems: FenceProblem[]): Record<string, unknown> {
  const optionSpec = spec.optionSpec ?? null;
  if (!optionSpec) {
    if (raw.length) problems.push({ message: `no options permitted, got ${raw.map(([name]) => `"${name}"`).join(', ')}`, at: raw[0][2] });
    return {};
  }
  const options: Record<string, unknown> = {};
  for (const [rawName, value, at] of raw) {
    const name = rawName.toLowerCase();
    const convert = Object.prototype.hasOwnProperty.call(optionSpec, name) ? optionSpec[name] : undefined;
    if (!convert) {
      problems.push({ message: `unknown option "${name}" (known: ${Object.keys(optionSpec).sort().join(', ')})`, at });
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(options, name)) {
      problems.push({ message: `duplicate option "${name}", the first is used`, at });
      continue;
    }
    try {
      options[name] = convert(value);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ message: `invalid value for option "${name}": ${pythonRepr(value)} (${message})`, at });
    }
  }
  return options;
}

/** Python's str.split(None, n - 1): at most n fields, the last keeping its inner whitespace. */
function splitMax(value: string, n: number): string[] {
  const out: string[] = [];
  let rest = value;
  while (out.length < n - 1 && rest) {
    const m = /\s+/.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest);
  return out;
}


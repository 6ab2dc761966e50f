// Directives (the spec's "Directives"): the extension mechanism.
//
//   .. name:: arguments
//      :option: value
//
//      Content.
//
// The block is split into arguments, options (a field list) and content as
// the directive's spec allows, options are converted by the spec's
// converters, and the directive's run() returns the nodes. Every problem is
// reported as docutils reports it: 'Unknown directive type "x".' or
// 'Error in "x" directive: ...' with the block as written.
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { DirectiveError, type DirectiveInvocation, type DirectiveSpec } from '../api.js';
import { resolveDirectiveName } from '../languages/index.js';
import { Machine, getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import { fieldName } from './field-list.js';
import { FIELD_MARKER } from './patterns.js';
import type { ExplicitResult } from './explicit-markup.js';
import { pythonRepr } from '../python-repr.js';

class DirectiveMarkupError extends Error {}

export function directive(p: Parser, ctx: BlockContext, match: RegExpExecArray, typeName: string, presets: Record<string, unknown> = {}): ExplicitResult {
  const m = ctx.m;
  const lineno = m.lineno();
  const registries = p.registries;
  const resolution = resolveDirectiveName(typeName, p.document.settings.languageCode, p.isDirective);
  const messages: DoctreeNode[] = [];
  if (resolution.message) messages.push(p.reporter.info(resolution.message, { line: lineno }));
  const spec = registries.directives.get(resolution.canonical);
  if (!spec) {
    const unknown = unknownDirective(p, ctx, typeName);
    return { nodes: [...messages, unknown.message], blankFinish: unknown.blankFinish };
  }
  const result = runDirective(p, ctx, spec, match, typeName, presets);
  return { nodes: [...messages, ...result.nodes], blankFinish: result.blankFinish };
}

function unknownDirective(p: Parser, ctx: BlockContext, typeName: string): { message: Element; blankFinish: boolean } {
  const m = ctx.m;
  const lineno = m.lineno();
  const block = getIndented(m, m.pos, { firstIndent: 0, stripIndent: false });
  m.pos = block.end;
  const value = trimTrailingBlank(block.lines).join('\n');
  const message = p.reporter.error(`Unknown directive type "${typeName}".`, { line: lineno, children: [p.quote(value)] });
  return { message, blankFinish: block.blankFinish };
}

function runDirective(p: Parser, ctx: BlockContext, spec: DirectiveSpec, match: RegExpExecArray, typeName: string, presets: Record<string, unknown>): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const lineno = m.lineno(start);
  const block = getIndented(m, start, { firstIndent: match[0].length, stripTop: false });
  m.pos = block.end;
  const blockText = m.lines.slice(start, block.end).join('\n');
  const blankFinish = block.blankFinish || m.isBlankLine(block.end);
  const lines = block.lines;
  const offset = block.start;
  let parsed: ParsedBlock;
  try {
    parsed = parseDirectiveBlock(lines, offset, spec, presets);
  } catch (error) {
    if (!(error instanceof DirectiveMarkupError)) throw error;
    return {
      nodes: [p.reporter.error(`Error in "${typeName}" directive:\n${error.message}.`, { line: lineno, children: [p.quote(blockText)] })],
      blankFinish,
    };
  }
  const invocation: DirectiveInvocation = {
    name: typeName,
    arguments: parsed.arguments,
    options: parsed.options,
    content: parsed.content,
    contentOffset: m.abs(parsed.contentOffset),
    lineno,
    blockText,
    state: p,
    document: p.document,
    reporter: p.reporter,
    error: directiveError,
    warning: directiveWarning,
    info: directiveInfo,
    severe: directiveSevere,
  };
  let nodes: DoctreeNode[];
  // Nodes a directive creates without a line are reported at the block's last line, as docutils does.
  p.document.currentLine = m.lineno(Math.max(start, block.end - 1));
  try {
    nodes = p.at(m.abs(start), () => spec.run(invocation));
  } catch (error) {
    if (error instanceof DirectiveError) {
      nodes = [p.reporter.systemMessage(error.level, error.message, { line: lineno, children: [p.quote(blockText)] })];
    } else {
      const message = error instanceof Error ? error.message : String(error);
      nodes = [p.reporter.error(`Error in "${typeName}" directive:\n${message}`, { line: lineno, children: [p.quote(blockText)] })];
    }
  }
  return { nodes, blankFinish };
}

// The invocation's error constructors capture nothing: made once, not per directive.
function directiveError(message: string): DirectiveError {
  return new DirectiveError(3, message);
}
function directiveWarning(message: string): DirectiveError {
  return new DirectiveError(2, message);
}
function directiveInfo(message: string): DirectiveError {
  return new DirectiveError(1, message);
}
function directiveSevere(message: string): DirectiveError {
  return new DirectiveError(4, message);
}

interface ParsedBlock {
  arguments: string[];
  options: Record<string, unknown>;
  content: string[];
  /** Local line index of content[0]. */
  contentOffset: number;
}

function parseDirectiveBlock(indented: string[], lineOffset: number, spec: DirectiveSpec, presets: Record<string, unknown>): ParsedBlock {
  const required = spec.requiredArguments ?? 0;
  const optional = spec.optionalArguments ?? 0;
  const optionSpec = spec.optionSpec ?? null;
  let lines = indented;
  if (lines.length && lines[0].trim() === '') {
    lines = lines.slice(1);
    lineOffset++;
  }
  lines = trimTrailingBlank(lines);
  let argBlock: string[];
  let content: string[];
  let contentOffset: number;
  let i = 0;
  if (lines.length && (required || optional || optionSpec)) {
    while (i < lines.length && lines[i].trim() !== '') i++;
    argBlock = lines.slice(0, i);
    content = lines.slice(i + 1);
    contentOffset = lineOffset + i + 1;
  } else {
    argBlock = [];
    content = lines;
    contentOffset = lineOffset;
  }
  let options: Record<string, unknown> = {};
  if (optionSpec) {
    const split = argBlock.findIndex((line) => FIELD_MARKER.test(line));
    const optBlock = split >= 0 ? argBlock.slice(split) : [];
    if (split >= 0) argBlock = argBlock.slice(0, split);
    options = { ...presets };
    if (optBlock.length) Object.assign(options, parseOptions(optionSpec, optBlock));
  }
  if (argBlock.length && !(required || optional)) {
    content = [...argBlock, ...lines.slice(i)];
    contentOffset = lineOffset;
    argBlock = [];
  }
  while (content.length && content[0].trim() === '') {
    content = content.slice(1);
    contentOffset++;
  }
  let args: string[] = [];
  if (required || optional) {
    const argText = argBlock.join('\n');
    args = argText.split(/\s+/).filter(Boolean);
    if (args.length < required) throw new DirectiveMarkupError(`${required} argument(s) required, ${args.length} supplied`);
    if (args.length > required + optional) {
      if (spec.finalArgumentWhitespace) args = splitMax(argText, required + optional);
      else throw new DirectiveMarkupError(`maximum ${required + optional} argument(s) allowed, ${args.length} supplied`);
    }
  }
  if (content.length && !spec.hasContent) throw new DirectiveMarkupError('no content permitted');
  return { arguments: args, options, content, contentOffset };
}

/** Python's str.split(None, n - 1): at most n fields, the last keeping its inner whitespace. */
function splitMax(value: string, n: number): string[] {
  const out: string[] = [];
  let rest = value.replace(/^\s+/, '');
  while (out.length < n - 1 && rest) {
    const m = /\s+/.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest.replace(/\s+$/, ''));
  return out;
}

/**
 * The option block is a field list whose bodies are plain text: one field per
 * option, names are single words, each converted by the spec's converter.
 */
function parseOptions(optionSpec: Record<string, (value: string | null) => unknown>, lines: string[]): Record<string, unknown> {
  const m = new Machine(lines, 0);
  const fields: [string, string | null | undefined][] = [];
  let blankFinish = true;
  while (m.pos < m.length) {
    const match = FIELD_MARKER.exec(m.lines[m.pos]);
    if (!match) throw new DirectiveMarkupError('invalid option block');
    const name = fieldName(match[0]);
    const block = getIndented(m, m.pos, { firstIndent: match[0].length });
    m.pos = block.end;
    blankFinish = block.blankFinish;
    fields.push([name, fieldBodyText(block.lines)]);
  }
  if (!blankFinish) throw new DirectiveMarkupError('option data incompletely parsed');
  const options: Record<string, unknown> = {};
  for (const [rawName, value] of fields) {
    const words = rawName.split(/\s+/).filter(Boolean);
    if (words.length !== 1) throw new DirectiveMarkupError('invalid option data: extension option field name may not contain multiple words');
    const name = unescapeName(rawName).toLowerCase();
    if (value === undefined) {
      throw new DirectiveMarkupError(`invalid option data: extension option field body may contain\na single paragraph only (option "${name}")`);
    }
    if (!Object.prototype.hasOwnProperty.call(optionSpec, name) || !optionSpec[name]) throw new DirectiveMarkupError(`unknown option: "${name}"`);
    if (Object.prototype.hasOwnProperty.call(options, name)) throw new DirectiveMarkupError(`invalid option data: duplicate option "${name}"`);
    try {
      options[name] = optionSpec[name](value ?? null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DirectiveMarkupError(`invalid option value: (option: "${name}"; value: ${pythonRepr(value ?? null)})\n${message}`);
    }
  }
  return options;
}

/** A field body as option text: null when empty, undefined when it is more than one paragraph. */
function fieldBodyText(lines: string[]): string | null | undefined {
  const trimmed = trimTrailingBlank(lines);
  if (!trimmed.length) return null;
  if (trimmed.some((line) => line.trim() === '')) return undefined;
  return trimmed.join('\n');
}

function unescapeName(name: string): string {
  return name.replace(/\\(.)/g, '$1');
}

export { pythonRepr } from '../python-repr.js';

function trimTrailingBlank(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1].trim() === '') n--;
  return n === lines.length ? lines : lines.slice(0, n);
}

// reStructuredText -> doctree. `parseRst` is the entry point; `rstParse` is
// the same parser as a unified plugin.
import { unpositioned } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import { DEFAULT_SETTINGS, type Registries, type RstSettings } from './api.js';
import { Document } from './document.js';
import { toLines } from './lines.js';
import { Machine } from './machine.js';
import { Parser, VIRTUAL_BASE } from './parser.js';
import { createRegistries, hasOnlyOwnExtensions } from './registries.js';
import { DocumentReporter } from './reporter.js';

export interface ParseOptions {
  settings?: Partial<RstSettings>;
  registries?: Registries;
}

export interface ParseResult {
  root: Element;
  document: Document;
}

let sharedRegistries: Registries | null = null;

/** Parse and keep the document bookkeeping (ids, targets, substitutions) for later stages. */
export function parseRstDocument(source: string, options: ParseOptions = {}): ParseResult {
  const settings: RstSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const registries = options.registries ?? (sharedRegistries ??= createRegistries());
  const unpositionedBefore = unpositioned.count;
  const root: Element = {
    type: 'document',
    attributes: { source: settings.sourcePath },
    children: [],
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
  const reporter = new DocumentReporter(settings.sourcePath, settings.reportLevel, settings.haltLevel);
  const document = new Document(root, settings, reporter);
  const lines = toLines(source, settings.tabWidth);
  root.position!.end.line = Math.max(1, lines.length);
  const tooLong = firstLineLongerThan(lines, settings.lineLengthLimit);
  if (tooLong >= 0) {
    root.children.push(reporter.error(`Line ${tooLong + 1} exceeds the line-length-limit.`));
    // The message has no line: it takes the document's position, like every node built without one.
    fillPositions(root, null);
    return { root, document };
  }
  const parser = new Parser(document, registries);
  reporter.resolveLine = lineResolver(parser);
  try {
    parser.parseBlock(new Machine(lines, 0), root, true);
  } catch (error) {
    // A bug must not lose the document: report it where parsing stopped.
    const message = error instanceof Error ? error.message : String(error);
    root.children.push(reporter.severe(`Internal parser error: ${message}`));
  }
  // The block and inline parsers, the reporter and the table builder give every node its
  // position as they build it. The walk over the whole tree is needed only for nodes built
  // without one (by `el`/`text`, which count them: some directives set positions afterwards or
  // leave them to their parent), for nodes from extensions registered from outside (built who
  // knows how), and for included text (virtual line numbers).
  const complete = unpositioned.count === unpositionedBefore && parser.insertedRanges.length === 0 && hasOnlyOwnExtensions(registries);
  if (!complete) fillPositions(root, parser);
  return { root, document };
}

/**
 * Maps a message's line to its file and line (included text has virtual line numbers).
 *
 * Made here, not as an arrow function inside parseRstDocument: that closure, stored in the
 * reporter, kept every parsed tree alive through V8's young-generation collections until the next
 * full collection (node 20, `--trace-gc-nvp`: about 45% of what a parse allocates survived each
 * scavenge, was copied, then promoted; garbage collection was a fifth of parse time). Made by a
 * separate function it does not (about 2% survive). See test/rst/retention.test.ts.
 */
function lineResolver(parser: Parser): (line: number) => { source: string; line: number } | null {
  return (line) => {
    if (line <= VIRTUAL_BASE) return null;
    const where = parser.locate(line - 1);
    return { source: where.source, line: where.line };
  };
}

function firstLineLongerThan(lines: string[], limit: number): number {
  for (let i = 0; i < lines.length; i++) if (lines[i].length > limit) return i;
  return -1;
}

/** Parse reStructuredText into a `<document>` doctree. Never throws: problems become system_message nodes. */
export function parseRst(source: string, options: ParseOptions = {}): Element {
  return parseRstDocument(source, options).root;
}

/** Give every node a position: nodes built without one share their parent's (positions are never mutated). */
function fillPositions(root: Element, parser: Parser | null): void {
  // Without included text no line is virtual: skip the per-node check (this walk visits every node).
  const included = parser !== null && parser.insertedRanges.length > 0;
  const stack: Element[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const position = included ? fixIncluded(node, parser!) : node.position;
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (!child.position) child.position = position;
      else if (included) fixIncluded(child, parser!);
      if (child.type !== 'text') stack.push(child as Element);
    }
  }
}

/** Included text was parsed with virtual line numbers: point at the included file's own lines. */
function fixIncluded(node: DoctreeNode, parser: Parser): Position {
  const pos = node.position!;
  if (pos.start.line <= VIRTUAL_BASE) return pos;
  const start = parser.locate(pos.start.line - 1);
  const end = parser.locate(pos.end.line - 1);
  node.position = { start: { ...pos.start, line: start.line }, end: { ...pos.end, line: end.line }, source: start.source };
  return node.position;
}

/**
 * unified plugin: `unified().use(rstParse).parse(text)` yields the doctree.
 * Options are those of parseRst.
 */
export function rstParse(this: { parser?: unknown }, options: ParseOptions = {}): void {
  this.parser = (doc: unknown) => parseRst(String(doc), options);
}

export { createRegistries } from './registries.js';
export type { Registries, RstSettings } from './api.js';

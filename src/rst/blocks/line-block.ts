// Line blocks (the spec's "Line Blocks"): lines kept as written, with
// indentation expressing nesting.
//
//   | Lend us a couple of bones.
//   |     Nested line.
//   | Continuation lines
//     start with a space.
import { el } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';

const LINE_START = /^\|( +|$)/;

interface LineEntry {
  node: Element;
  indent: number | null;
}

export const lineBlock: Construct = {
  name: 'line_block',
  first: '|',
  pattern: LINE_START,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const m = ctx.m;
    const startLine = m.pos;
    const block = p.node(ctx, 'line_block', startLine);
    ctx.parent.children.push(block);
    const entries: LineEntry[] = [];
    const messages: Element[] = [];
    let current: RegExpExecArray | null = match;
    let blankFinish = false;
    while (current) {
      blankFinish = lineOf(p, ctx, current, entries, messages, block);
      if (blankFinish) break;
      current = m.pos < m.length ? LINE_START.exec(m.lines[m.pos]) : null;
    }
    ctx.parent.children.push(...messages);
    if (!blankFinish) ctx.parent.children.push(p.reporter.warning('Line block ends without a blank line.', { line: m.lineno(m.pos) }));
    if (entries.length) {
      if (entries[0].indent === null) entries[0].indent = 0;
      for (let i = 1; i < entries.length; i++) if (entries[i].indent === null) entries[i].indent = entries[i - 1].indent;
      block.children = nest(entries, block);
    }
    return true;
  },
};

function lineOf(p: Parser, ctx: BlockContext, match: RegExpExecArray, entries: LineEntry[], messages: Element[], container: Element): boolean {
  const m = ctx.m;
  const start = m.pos;
  const raw = m.lines[start];
  const block = getIndented(m, start, { firstIndent: match[0].length, untilBlank: true });
  m.pos = block.end;
  const value = block.lines.join('\n');
  const result = p.inline(ctx, value, start, container, block.end - 1);
  const node = p.node(ctx, 'line', start, block.end - 1, {}, result.nodes);
  messages.push(...result.messages);
  entries.push({ node, indent: raw.trim() !== '|' ? match[1].length - 1 : null });
  return block.blankFinish;
}

/** Lines indented more than the least-indented ones form nested line blocks. */
function nest(entries: LineEntry[], container: Element): Element[] {
  let least = Infinity;
  for (const e of entries) least = Math.min(least, e.indent!);
  const out: Element[] = [];
  let run: LineEntry[] = [];
  for (const e of entries) {
    if (e.indent! > least) run.push(e);
    else {
      if (run.length) {
        out.push(nestedBlock(run, container));
        run = [];
      }
      out.push(e.node);
    }
  }
  if (run.length) out.push(nestedBlock(run, container));
  return out;
}

/** A run of more-indented lines as a nested line_block. */
function nestedBlock(run: LineEntry[], container: Element): Element {
  const inner = el('line_block', {}, [], run[0].node.position ?? container.position);
  inner.children = nest(run, inner);
  return inner;
}

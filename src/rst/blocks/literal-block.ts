// Literal blocks (the spec's "Literal Blocks"), introduced by a paragraph
// ending in "::". Either indented:
//
//   Paragraph::
//
//       literal text, kept as is
//
// or quoted, every line starting with the same punctuation character:
//
//   Paragraph::
//
//   > quoted literal
//   > text
import type { Element } from '../../doctree/types.js';
import { getIndented, trimEnd } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import { NONALPHANUM7BIT } from './patterns.js';

const QUOTE_START = new RegExp(`^${NONALPHANUM7BIT}`);

export function literalBlockAfterParagraph(p: Parser, ctx: BlockContext): void {
  const m = ctx.m;
  const block = getIndented(m, m.pos);
  const lines = trimEnd(block.lines);
  if (lines.length === 0) {
    quotedLiteralBlock(p, ctx);
    return;
  }
  m.pos = block.end;
  ctx.parent.children.push(p.literal(lines.join('\n'), p.position(ctx, block.start, block.start + lines.length - 1)));
  if (!block.blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Literal block', block.end));
}

function quotedLiteralBlock(p: Parser, ctx: BlockContext): void {
  const m = ctx.m;
  let i = m.pos;
  while (i < m.length && m.lines[i] === '') i++;
  if (i >= m.length || !QUOTE_START.test(m.lines[i])) {
    ctx.parent.children.push(p.reporter.warning('Literal block expected; none found.', { line: m.lineno(i) }));
    m.pos = i;
    return;
  }
  const quote = m.lines[i][0];
  const start = i;
  const messages: Element[] = [];
  while (i < m.length) {
    const line = m.lines[i];
    if (line === '') break;
    if (line[0] === quote) {
      i++;
      continue;
    }
    if (line.charCodeAt(0) === 32) messages.push(p.reporter.error('Unexpected indentation.', { line: m.lineno(i) }));
    else messages.push(p.reporter.error('Inconsistent literal block quoting.', { line: m.lineno(i) }));
    break;
  }
  m.pos = i;
  ctx.parent.children.push(p.literal(m.lines.slice(start, i).join('\n'), p.position(ctx, start, i - 1)), ...messages);
}

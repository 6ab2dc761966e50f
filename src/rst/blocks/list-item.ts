// The body of a list item, field or option description: text after the
// marker on the first line, continued by lines indented past the marker.
//
//   - item text
//     continues here
//   ^ item body indentation = the marker's width
import type { Element } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';

/**
 * Parse the list item at ctx.m.pos whose marker ends at column `markerEnd`.
 * With text after the marker, following lines must be indented that far;
 * with nothing after it, the first indented line sets the indentation.
 */
export function listItem(p: Parser, ctx: BlockContext, markerEnd: number): { item: Element; blankFinish: boolean } {
  const m = ctx.m;
  const start = m.pos;
  const hasText = m.lines[start].length > markerEnd;
  const block = hasText ? getIndented(m, start, { blockIndent: markerEnd }) : getIndented(m, start, { firstIndent: markerEnd });
  m.pos = block.end;
  const item = p.node(ctx, 'list_item', start, block.end - 1);
  if (block.lines.length) p.parseSub(ctx, block.lines, block.start, item, false, hasText ? markerEnd : block.indent);
  return { item, blankFinish: block.blankFinish };
}

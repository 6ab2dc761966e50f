// Field lists (the spec's "Field Lists"): ":name: body", the body indented
// below when it continues.
//
//   :Author: A. Person
//   :Abstract:
//       A longer field body.
import type { Element } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';
import { FIELD_MARKER } from './patterns.js';

export const fieldList: Construct = {
  name: 'field_list',
  first: ':',
  pattern: FIELD_MARKER,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const m = ctx.m;
    const list = p.node(ctx, 'field_list', m.pos);
    ctx.parent.children.push(list);
    let current: RegExpExecArray | null = match;
    let blankFinish = true;
    while (current) {
      blankFinish = field(p, ctx, current, list);
      current = m.pos < m.length ? FIELD_MARKER.exec(m.lines[m.pos]) : null;
    }
    if (!blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Field list', m.pos));
    return true;
  },
};

/** The field name: the text between the marker's first and last colon. */
export function fieldName(marker: string): string {
  const inner = marker.slice(1).replace(/\s+$/, '');
  return inner.slice(0, inner.lastIndexOf(':'));
}

function field(p: Parser, ctx: BlockContext, match: RegExpExecArray, list: Element): boolean {
  const m = ctx.m;
  const start = m.pos;
  const name = fieldName(match[0]);
  const block = getIndented(m, start, { firstIndent: match[0].length });
  m.pos = block.end;
  const node = p.node(ctx, 'field', start, block.end - 1);
  const nameResult = p.inline(ctx, name, start, node);
  const fieldNameNode = p.node(ctx, 'field_name', start, start, {}, nameResult.nodes);
  const body = p.node(ctx, 'field_body', start, block.end - 1, {}, [...nameResult.messages]);
  node.children.push(fieldNameNode, body);
  list.children.push(node);
  if (block.lines.length) p.parseSub(ctx, block.lines, block.start, body, false, block.indent);
  return block.blankFinish;
}

// Doctest blocks (the spec's "Doctest Blocks"): interactive Python sessions,
// kept verbatim up to the next blank line.
//
//   >>> print('this is a doctest block')
//   this is a doctest block
import { text } from '../../doctree/builders.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';

export const doctestBlock: Construct = {
  name: 'doctest_block',
  first: '>',
  pattern: /^>>>( +|$)/,
  parse(p: Parser, ctx: BlockContext): boolean {
    const m = ctx.m;
    const start = m.pos;
    let end = start;
    while (end < m.length && m.lines[end] !== '') end++;
    m.pos = end;
    const value = m.lines.slice(start, end).join('\n');
    const pos = p.position(ctx, start, end - 1);
    ctx.parent.children.push(p.node(ctx, 'doctest_block', start, end - 1, { 'xml:space': 'preserve' }, [text(value, pos)]));
    return true;
  },
};

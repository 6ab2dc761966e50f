// Tables (the spec's "Grid Tables" and "Simple Tables"). The block parser
// only recognizes where a table starts; src/rst/tables reads and parses it.
//
//   +-----+-----+        =====  =====
//   | a   | b   |        a      b
//   +-----+-----+        =====  =====
import { readTable } from '../tables/index.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';

function table(kind: 'grid' | 'simple') {
  return (p: Parser, ctx: BlockContext): boolean => {
    const m = ctx.m;
    const result = readTable(kind, m.lines, m.pos, m.abs(0), p);
    m.pos = Math.max(result.end, m.pos + 1);
    ctx.parent.children.push(...result.nodes);
    return true;
  };
}

export const gridTable: Construct = {
  name: 'grid_table',
  first: '+',
  pattern: /^\+-[-+]+-\+ *$/,
  parse: table('grid'),
};

export const simpleTable: Construct = {
  name: 'simple_table',
  first: '=',
  pattern: /^=+( +=+)+ *$/,
  parse: table('simple'),
};

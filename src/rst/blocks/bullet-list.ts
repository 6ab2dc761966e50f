// Bullet lists (the spec's "Bullet Lists"): items start with one of
// "*+-•‣⁃" and a space; all items of one list use the same bullet.
//
//   - item one
//   - item two
//
//     * nested list
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';
import { listItem } from './list-item.js';

const BULLET = /^[-+*\u2022\u2023\u2043]( +|$)/;

export const bulletList: Construct = {
  name: 'bullet_list',
  first: '-+*\u2022\u2023\u2043',
  pattern: BULLET,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const m = ctx.m;
    const bullet = m.lines[m.pos][0];
    const list = p.node(ctx, 'bullet_list', m.pos, m.pos, { bullet });
    ctx.parent.children.push(list);
    let markerEnd = match[0].length;
    for (;;) {
      const { item, blankFinish } = listItem(p, ctx, markerEnd);
      list.children.push(item);
      const next = m.pos < m.length ? BULLET.exec(m.lines[m.pos]) : null;
      if (next && m.lines[m.pos][0] === bullet) {
        markerEnd = next[0].length;
        continue;
      }
      if (!blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Bullet list', m.pos));
      break;
    }
    // A new end point: the start point may be the same object (see Parser.node).
    if (list.position) list.position.end = { line: m.lineno(Math.max(0, m.pos - 1)), column: list.position.end.column };
    return true;
  },
};

// Definition lists (the spec's "Definition Lists"): a one-line term,
// optionally with classifiers after " : ", and an indented definition.
//
//   term : classifier
//       Definition of the term.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element, Text } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import { startsConstruct } from './index.js';

export function definitionList(p: Parser, ctx: BlockContext): void {
  const m = ctx.m;
  const list = p.node(ctx, 'definition_list', m.pos);
  ctx.parent.children.push(list);
  let blankFinish = true;
  for (;;) {
    blankFinish = definitionListItem(p, ctx, list);
    const i = m.pos;
    if (i >= m.length || m.lines[i] === '' || m.lines[i].charCodeAt(0) === 32) break;
    // Another item: a plain text line followed by an indented one.
    if (startsConstruct(m.lines[i])) break;
    const next = m.lines[i + 1];
    if (next === undefined || next === '' || next.charCodeAt(0) !== 32) break;
  }
  if (!blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Definition list', m.pos));
}

function definitionListItem(p: Parser, ctx: BlockContext, list: Element): boolean {
  const m = ctx.m;
  const termLine = m.pos;
  const termText = m.lines[termLine];
  const block = getIndented(m, termLine + 1);
  m.pos = block.end;
  const item = p.node(ctx, 'definition_list_item', termLine, block.end - 1);
  const { nodes: termNodes, messages } = p.inline(ctx, termText, termLine);
  const term = p.node(ctx, 'term', termLine);
  if (/(?<!\\) +: +/.test(termText)) item.children.push(...splitClassifiers(term, termNodes));
  else item.children.push(term), term.children.push(...termNodes);
  const definition = p.node(ctx, 'definition', block.start, block.end - 1, {}, [...messages]);
  item.children.push(definition);
  if (termText.endsWith('::')) {
    definition.children.push(
      p.reporter.info('Blank line missing before literal block (after the "::")? Interpreted as a definition list item.', { line: m.lineno(termLine + 1) }),
    );
  }
  p.parseSub(ctx, block.lines, block.start, definition, false, block.indent);
  list.children.push(item);
  return block.blankFinish;
}

/** "term : classifier one : classifier two": classifiers are split off at " : " in the term's text (not inside markup). */
function splitClassifiers(term: Element, nodes: DoctreeNode[]): Element[] {
  const out: Element[] = [term];
  for (const node of nodes) {
    if (node.type !== 'text') {
      out[out.length - 1].children.push(node);
      continue;
    }
    const parts = (node as Text).value.split(/ +: +/);
    if (parts.length === 1) {
      out[out.length - 1].children.push(node);
      continue;
    }
    out[out.length - 1].children.push(text(parts[0].replace(/\s+$/, ''), term.position));
    for (const part of parts.slice(1)) out.push(el('classifier', {}, [text(part, term.position)], term.position));
  }
  return out;
}

// Footnotes and citations (the spec's "Footnotes" and "Citations").
//
//   .. [1] Manually numbered.     .. [#] Auto-numbered.
//   .. [#label] Auto-numbered, with a label to refer to.
//   .. [*] Auto-symbol.           .. [CIT2002] A citation.
import { el, text } from '../../doctree/builders.js';
import { getIndented } from '../machine.js';
import { normalizeName } from '../ids.js';
import type { BlockContext, Parser } from '../parser.js';
import type { ExplicitResult } from './explicit-markup.js';

export function footnote(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const block = getIndented(m, start, { firstIndent: match[0].length });
  m.pos = block.end;
  const label = match[1];
  let name = normalizeName(label);
  const node = p.node(ctx, 'footnote', start, block.end - 1);
  node.data = { line: m.lineno(start) };
  const doc = p.document;
  if (name[0] === '#') {
    name = name.slice(1);
    node.attributes.auto = 1;
    if (name) node.attributes.names = [name];
    doc.noteAutofootnote(node);
  } else if (name === '*') {
    name = '';
    node.attributes.auto = '*';
    doc.noteSymbolFootnote(node);
  } else {
    node.children.push(el('label', {}, [text(label, node.position)], node.position));
    node.attributes.names = [name];
    doc.noteFootnote(node);
  }
  if (name) doc.noteExplicitTarget(node, node);
  else doc.setId(node, node);
  if (block.lines.length) p.parseSub(ctx, block.lines, block.start, node, false, block.indent);
  else node.children.push(p.reporter.warning('Footnote content expected.', { line: m.lineno(block.end - 1) }));
  return { nodes: [node], blankFinish: block.blankFinish };
}

export function citation(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const block = getIndented(m, start, { firstIndent: match[0].length });
  m.pos = block.end;
  const label = match[1];
  const node = p.node(ctx, 'citation', start, block.end - 1);
  node.data = { line: m.lineno(start) };
  node.children.push(el('label', {}, [text(label, node.position)], node.position));
  node.attributes.names = [normalizeName(label)];
  p.document.noteCitation(node);
  p.document.noteExplicitTarget(node, node);
  if (block.lines.length) p.parseSub(ctx, block.lines, block.start, node, false, block.indent);
  else node.children.push(p.reporter.warning('Citation content expected.', { line: m.lineno(block.end - 1) }));
  return { nodes: [node], blankFinish: block.blankFinish };
}

// Substitution definitions (the spec's "Substitution Definitions"): a name
// between bars and a directive producing inline content.
//
//   .. |name| replace:: replacement *text*
//   .. |logo| image:: logo.png
import { el } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { escapeToNull } from '../escapes.js';
import { whitespaceNormalize } from '../ids.js';
import { getIndented, Machine } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import { directive } from './directive.js';
import { MarkupError, type ExplicitResult } from './explicit-markup.js';
import { SIMPLENAME } from './patterns.js';

const SUBSTITUTION = /^(?![ ])(.+?)(?<![\s\x00])\|([ ]+|$)/s;
const EMBEDDED_DIRECTIVE = new RegExp(String.raw`^(${SIMPLENAME})::( +|$)`, 'u');

/** Inline elements may stay inside a substitution definition; anything else is moved out before it. */
const INLINE_TYPES = new Set([
  'text', 'emphasis', 'strong', 'literal', 'reference', 'footnote_reference', 'citation_reference',
  'substitution_reference', 'title_reference', 'abbreviation', 'acronym', 'superscript', 'subscript',
  'math', 'image', 'inline', 'problematic', 'generated', 'target', 'raw',
]);

export function substitutionDefinition(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const lineno = m.lineno(start);
  const block = getIndented(m, start, { firstIndent: match[0].length, stripIndent: false });
  const blockText = m.lines[start].slice(0, match[0].length) + block.lines.join('\n');
  let lines = [...block.lines];
  let escaped = escapeToNull((lines[0] ?? '').replace(/\s+$/, ''));
  let index = 0;
  let found: RegExpExecArray | null;
  while (!(found = SUBSTITUTION.exec(escaped))) {
    index++;
    if (index >= lines.length) throw new MarkupError('malformed substitution definition.', Math.max(start, block.end - 1));
    escaped = escaped + ' ' + escapeToNull(lines[index].trim());
  }
  m.pos = block.end;
  let offset = block.start + index;
  lines = lines.slice(index);
  const cut = found[0].length - escaped.length - 1;
  lines[0] = (lines[0].trim() + ' ').slice(cut, -1);
  if (!lines[0]) {
    lines.shift();
    offset++;
  }
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const subname = found[1];
  const node = p.node(ctx, 'substitution_definition', start, block.end - 1);
  node.data = { line: lineno };
  if (!lines.length) {
    const msg = p.reporter.warning(`Substitution definition "${subname}" missing contents.`, { line: lineno, children: [p.quote(blockText)] });
    return { nodes: [msg], blankFinish: block.blankFinish };
  }
  lines[0] = lines[0].trim();
  const name = whitespaceNormalize(subname);
  node.attributes.names = [name];

  // The content must be a directive ("name:: ..."); plain text is invalid.
  let blankFinish = block.blankFinish;
  const produced: DoctreeNode[] = [];
  const directiveMatch = EMBEDDED_DIRECTIVE.exec(lines[0]);
  if (directiveMatch) {
    const sub = new Machine(lines, m.abs(offset), m.mapSlice(offset, offset + lines.length), m.column);
    const subCtx: BlockContext = { ...ctx, m: sub, parent: node, root: node, sections: [] };
    const result = p.withSubstitution(subname, node, () => directive(p, subCtx, directiveMatch, directiveMatch[1], { alt: name }));
    produced.push(...result.nodes);
    if (sub.pos < sub.length) blankFinish = result.blankFinish;
  }
  const moved: DoctreeNode[] = [];
  for (const child of produced) (INLINE_TYPES.has(child.type) ? node.children : moved).push(child);
  ctx.parent.children.push(...moved);

  if (contains(node, 'problematic')) {
    const quote = el('block_quote', {}, [el('paragraph', {}, node.children)]);
    const msg = p.reporter.error('Problematic content in substitution definition', { line: lineno, children: [p.quote(blockText), quote] });
    return { nodes: [msg], blankFinish };
  }
  const illegal = findIllegal(node);
  if (illegal) {
    const msg = p.reporter.error(illegal, { line: lineno, children: [p.quote(blockText)] });
    return { nodes: [msg], blankFinish };
  }
  if (!node.children.length) {
    const msg = p.reporter.warning(`Substitution definition "${subname}" empty or invalid.`, { line: lineno, children: [p.quote(blockText)] });
    return { nodes: [msg], blankFinish };
  }
  p.document.noteSubstitutionDef(node, subname, ctx.parent);
  return { nodes: [node], blankFinish };
}

/** What would break when the substitution is copied into several places: targets, anonymous or auto-numbered references. */
function findIllegal(root: Element): string | null {
  for (const child of root.children) {
    if (child.type === 'text') continue;
    const e = child as Element;
    const ids = e.attributes.ids;
    const names = e.attributes.names;
    if (e.type === 'reference' && e.attributes.anonymous) return 'Anonymous references are not supported in a substitution definition.';
    if (e.type === 'footnote_reference' && e.attributes.auto) {
      return 'References to auto-numbered and auto-symbol footnotes are not supported in a substitution definition.';
    }
    if ((Array.isArray(ids) && ids.length) || (Array.isArray(names) && names.length)) {
      return 'Targets (names and identifiers) are not supported in a substitution definition.';
    }
    const inner = findIllegal(e);
    if (inner) return inner;
  }
  return null;
}

function contains(root: Element, type: string): boolean {
  for (const child of root.children) {
    if (child.type === type) return true;
    if (child.type !== 'text' && contains(child as Element, type)) return true;
  }
  return false;
}

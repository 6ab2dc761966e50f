// Small pieces most standard directives share: the generic `:name:` and
// `:class:` options, the "content required" check, inline-parsed titles,
// numbered code lines, and `:target:`-style reference parsing.
import { el, linePosition, listAttr, text, unpositioned } from '../../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../../doctree/types.js';
import type { DirectiveInvocation, MessageOptions } from '../api.js';
import { escapeToNull, unescape } from '../escapes.js';
import { normalizeName, whitespaceNormalize } from '../ids.js';
import { classOption, joinUri, unchanged } from './options.js';

/** The `:class:` and `:name:` options nearly every directive accepts. */
export const GENERIC_OPTIONS = { class: classOption, name: unchanged };

/** A position covering the directive's marker line. */
export function here(inv: DirectiveInvocation): ReturnType<typeof linePosition> {
  return linePosition(inv.lineno);
}

/** The included file being parsed, when the directive is not in the document itself. */
export function includedSource(inv: DirectiveInvocation): string | undefined {
  return inv.state.includeStack.length ? inv.state.currentSource : undefined;
}

/**
 * Reporter options placing a message at the directive. The block parser maps
 * line numbers of included text to their file, for these as for its own
 * messages.
 */
export function at(inv: DirectiveInvocation, extra: MessageOptions = {}): MessageOptions {
  return { line: inv.lineno, ...extra };
}

/** `:name: Fig. 1` makes the node a hyperlink target named "fig. 1". */
export function addName(node: Element, inv: DirectiveInvocation, option = 'name'): void {
  const name = inv.options[option];
  if (typeof name !== 'string' || name === '') return;
  // docutils keeps backslashes in the name as written.
  listAttr(node, 'names').push(normalizeName(name));
  inv.document.noteExplicitTarget(node, node);
}

/** Append the `:class:` option's values (already identifiers) to the node's classes. */
export function addClasses(node: Element, inv: DirectiveInvocation, option = 'class'): void {
  const classes = inv.options[option];
  if (Array.isArray(classes) && classes.length) listAttr(node, 'classes').push(...(classes as string[]));
}

export function hasContent(inv: DirectiveInvocation): boolean {
  return inv.content.some((line) => line.trim() !== '');
}

/** docutils' wording when a directive that needs a body has none. */
export function requireContent(inv: DirectiveInvocation): void {
  if (!hasContent(inv)) throw inv.error(`Content block expected for the "${inv.name}" directive; none found.`);
}

/** Parse the content as body elements into `parent`. */
export function parseContent(inv: DirectiveInvocation, parent: Element): Element {
  inv.state.nestedParse(inv.content, inv.contentOffset, parent);
  return parent;
}

/** Inline-parse a title-like argument: the nodes, and messages to place after the element. */
export function parseTitle(inv: DirectiveInvocation, source: string): { nodes: DoctreeNode[]; messages: Element[] } {
  return inv.state.parseInline(source, inv.lineno);
}

/** An element whose text is kept verbatim (docutils prints `xml:space="preserve"` on these). */
export function preserved(type: string, attributes: Element['attributes'] = {}, children: DoctreeNode[] = [], position?: Position): Element {
  // One copy of the attributes (el would copy the copy); counted like el's when unpositioned.
  if (position === undefined) unpositioned.count++;
  return { type, attributes: { ...attributes, 'xml:space': 'preserve' }, children, position };
}

/**
 * Code lines prefixed by their numbers, as docutils marks them for
 * `:number-lines:`: each number is an `inline.ln`, right-aligned to the
 * widest number and followed by a space.
 */
export function numberedLines(lines: string[], start: number, position?: Position): DoctreeNode[] {
  const width = String(start + lines.length - 1).length;
  const nodes: DoctreeNode[] = [];
  lines.forEach((line, index) => {
    nodes.push(el('inline', { classes: ['ln'] }, [text(String(start + index).padStart(width) + ' ', position)], position));
    nodes.push(text(index < lines.length - 1 ? line + '\n' : line, position));
  });
  return nodes;
}

/** Parse a `:number-lines:` value: empty means 1. Throws docutils' message for a non-integer. */
export function numberLinesStart(inv: DirectiveInvocation, value: unknown): number {
  const raw = typeof value === 'string' ? value.trim() : '';
  if (raw === '') return 1;
  if (!/^[+-]?\d+$/.test(raw)) throw inv.error(':number-lines: with non-integer start value');
  return Number(raw);
}

// A reference name that needs no backquotes: words joined by single - . _ + :
const SIMPLE_NAME = /^(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*$/u;

/**
 * A link target written in an option (image `:target:`): `name_` or
 * `` `phrase name`_ `` is a reference by name, anything else a URI.
 */
export function parseLinkTarget(value: string): { refname: string } | { refuri: string } {
  const joined = value.split('\n').map((line) => line.trim()).join(' ');
  const marked = escapeToNull(joined);
  if (marked.endsWith('_') && !marked.endsWith('\x00_')) {
    const body = marked.slice(0, -1);
    const phrase = /^`([\s\S]+)`$/.exec(body);
    const name = phrase ? phrase[1]! : SIMPLE_NAME.test(body) ? body : undefined;
    if (name !== undefined) return { refname: normalizeName(whitespaceNormalize(unescape(name))) };
  }
  return { refuri: joinUri(value) };
}

/** Python's str.expandtabs(). */
export function expandTabs(line: string, tabWidth: number): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += tabWidth > 0 ? ' '.repeat(tabWidth - (out.length % tabWidth)) : '';
    else out += ch;
  }
  return out;
}

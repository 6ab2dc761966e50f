// meta: HTML <meta> tags, written as a field list. The tags go to the top of
// the document wherever the directive stands.
//
//     .. meta::
//        :description lang=en: An amusing story
//        :http-equiv=Content-Type: text/html; charset=ISO-8859-1
//
// The field name is the tag's `name`, then `attribute=value` pairs; a first
// word with "=" (http-equiv=...) replaces the name. The field body is the
// tag's content.
import { el, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec } from '../api.js';
import { escapeToNull, unescape } from '../escapes.js';
import { at, preserved, requireContent } from './common.js';
import { furnitureIndex } from './decorations.js';

// `:name:` — a colon, a name (escaped characters, or colons not followed by
// space/backquote/end), a colon, then spaces or the end of the line.
const FIELD_MARKER = /^:((?![: ])(?:[^:\\]|\\.|:(?![ `]|$))*(?<! )):(?: +|$)/;

interface MetaField {
  name: string;
  body: string[];
  lines: string[];
  line: number;
}

export const meta: DirectiveSpec = {
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const { fields, invalid } = readFields(inv);
    const tags: Element[] = [];
    const messages: Element[] = [];
    for (const field of fields) {
      const result = metaTag(inv, field);
      (result.type === 'meta' ? tags : messages).push(result);
    }
    const root = inv.document.root;
    root.children.splice(furnitureIndex(root), 0, ...tags);
    if (invalid) {
      messages.push(inv.reporter.error('Invalid meta directive.', at(inv, { children: [preserved('literal_block', {}, [text(inv.blockText)])] })));
    }
    return messages;
  },
};

/** The content as fields; anything that is not a field ends the list and makes the directive invalid. */
function readFields(inv: DirectiveInvocation): { fields: MetaField[]; invalid: boolean } {
  const fields: MetaField[] = [];
  const lines = inv.content;
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (line.trim() === '') {
      index++;
      continue;
    }
    const marker = FIELD_MARKER.exec(line);
    if (!marker) return { fields, invalid: true };
    const field: MetaField = { name: marker[1]!, body: [line.slice(marker[0].length)], lines: [line], line: inv.contentOffset + index + 1 };
    index++;
    // The body continues on indented lines (and blank lines between them).
    while (index < lines.length && (lines[index]!.trim() === '' || /^\s/.test(lines[index]!))) {
      field.body.push(lines[index]!);
      field.lines.push(lines[index]!);
      index++;
    }
    while (field.lines.length > 1 && field.lines[field.lines.length - 1]!.trim() === '') {
      field.lines.pop();
      field.body.pop();
    }
    fields.push(field);
  }
  return { fields, invalid: false };
}

function metaTag(inv: DirectiveInvocation, field: MetaField): Element {
  const literal = preserved('literal_block', {}, [text(field.lines.join('\n'))]);
  const content = unescape(escapeToNull(field.body.map((part) => part.trim()).filter(Boolean).join(' ')));
  if (content === '') {
    return inv.reporter.info(`No content for meta tag "${unescape(escapeToNull(field.name))}".`, at(inv, { line: field.line, children: [literal] }));
  }
  const tokens = escapeToNull(field.name).split(/\s+/).filter(Boolean).map((token) => unescape(token));
  const node = el('meta', { content });
  const attributes = tokens[0]!.includes('=') ? tokens : tokens.slice(1);
  if (!tokens[0]!.includes('=')) node.attributes.name = tokens[0]!;
  for (const attribute of attributes) {
    const equals = attribute.indexOf('=');
    if (equals < 0) {
      return inv.reporter.error(`Error parsing meta tag attribute "${attribute}": missing "=".`, at(inv, { line: field.line, children: [literal] }));
    }
    node.attributes[attribute.slice(0, equals)] = attribute.slice(equals + 1);
  }
  node.position = { start: { line: field.line, column: 1 }, end: { line: field.line, column: 1 } };
  return node;
}

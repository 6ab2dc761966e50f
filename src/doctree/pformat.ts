// docutils' pseudo-XML: one start tag per element, four spaces per level, no
// end tags, attributes sorted by name and unescaped. Printing exactly what
// `document.pformat()` prints lets any parse be diffed against docutils.
import type { AttributeValue, DoctreeNode, Element, PendingInternals } from './types.js';

const INDENT = '    ';

export function pformat(node: DoctreeNode, level = 0): string {
  const out: string[] = [];
  write(node, level, out);
  return out.join('');
}

function write(node: DoctreeNode, level: number, out: string[]): void {
  const pad = INDENT.repeat(level);
  if (node.type === 'text') {
    const value = (node as { value: string }).value;
    if (value === '') return;
    for (const line of splitLines(value)) out.push(pad + line + '\n');
    return;
  }
  const element = node as Element;
  out.push(pad + startTag(element) + '\n');
  if (element.internals) writeInternals(element.internals, level, out);
  for (const child of element.children) write(child, level + 1, out);
}

export function startTag(element: Element): string {
  const parts = [element.type];
  for (const name of Object.keys(element.attributes).sort()) {
    const value = formatAttribute(element.attributes[name]);
    if (value !== null) parts.push(`${name}="${value}"`);
  }
  return '<' + parts.join(' ') + '>';
}

function formatAttribute(value: AttributeValue): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return value.map(serialEscape).join(' ');
  }
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** List items are space-separated, so spaces and backslashes inside an item are escaped. */
function serialEscape(item: string): string {
  return item.replace(/\\/g, '\\\\').replace(/ /g, '\\ ');
}

function writeInternals(internals: PendingInternals, level: number, out: string[]): void {
  const pad = INDENT.repeat(level + 1);
  out.push(`${pad}.. internal attributes:\n`);
  out.push(`${pad}     .transform: ${internals.transform}\n`);
  out.push(`${pad}     .details:\n`);
  for (const key of Object.keys(internals.details).sort()) {
    const value = internals.details[key];
    if (typeof value === 'string') {
      out.push(`${pad}       ${key}: ${value}\n`);
      continue;
    }
    out.push(`${pad}       ${key}:\n`);
    for (const child of Array.isArray(value) ? value : [value]) {
      for (const line of splitLines(pformat(child))) out.push(`${pad}         ${line}\n`);
    }
  }
}

/** Python's str.splitlines(): splits on every Unicode line boundary, drops a final empty line. */
export function splitLines(value: string): string[] {
  const lines = value.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// Sphinx object inventories (objects.inv, version 2): four header lines, then
// zlib-compressed lines `name domain:role priority uri dispname`, where a uri
// ending in `$` stands for the name and a dispname `-` means "same as name".
import { deflateSync, inflateSync } from 'node:zlib';
import type { Environment } from './environment.js';

export interface InventoryItem {
  name: string;
  /** 'domain:role', e.g. 'py:function', 'std:label', 'std:doc'. */
  type: string;
  priority: number;
  /** Relative to the inventory's base URI, `$` already expanded. */
  uri: string;
  /** Display name ('-' already replaced by the name). */
  dispname: string;
}

export interface Inventory {
  project: string;
  version: string;
  items: InventoryItem[];
}

export class InventoryError extends Error {}

/** URL of a document (and anchor) on the site, relative to its root: Sphinx's dirhtml style by default. */
export type DocUri = (docname: string, anchor: string) => string;

export const dirhtmlUri: DocUri = (docname, anchor) => {
  const base = docname === 'index' ? '' : docname.endsWith('/index') ? docname.slice(0, -'index'.length) : docname + '/';
  return anchor ? `${base}#${anchor}` : base;
};

export const htmlUri: DocUri = (docname, anchor) => `${docname}.html${anchor ? '#' + anchor : ''}`;

/** The project's own inventory: documents, titled labels, glossary terms and described objects. */
export function projectInventory(env: Environment, project: string, version: string, uri: DocUri = dirhtmlUri): Inventory {
  const items: InventoryItem[] = [];
  for (const [name, label] of Object.entries(env.labels).sort(([a], [b]) => cmp(a, b))) {
    items.push({ name, type: 'std:label', priority: -1, uri: uri(label.docname, label.anchor), dispname: label.title ?? name });
  }
  for (const docname of Object.keys(env.docs).sort()) {
    items.push({ name: docname, type: 'std:doc', priority: -1, uri: uri(docname, ''), dispname: env.docs[docname].title });
  }
  for (const term of Object.values(env.terms).sort((a, b) => cmp(a.term, b.term))) {
    items.push({ name: term.term, type: 'std:term', priority: -1, uri: uri(term.docname, term.anchor), dispname: term.term });
  }
  for (const obj of [...env.objects].sort((a, b) => cmp(`${a.domain}:${a.objtype}:${a.name}`, `${b.domain}:${b.objtype}:${b.name}`))) {
    items.push({ name: obj.name, type: `${obj.domain}:${obj.objtype}`, priority: obj.priority, uri: uri(obj.docname, obj.anchor), dispname: obj.dispname === '-' ? obj.name : obj.dispname });
  }
  return { project, version, items };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function writeInventory(inventory: Inventory): Buffer {
  const header = [
    '# Sphinx inventory version 2',
    `# Project: ${inventory.project}`,
    `# Version: ${inventory.version}`,
    '# The remainder of this file is compressed using zlib.',
    '',
  ].join('\n');
  const lines = inventory.items.map((item) => {
    let uri = item.uri;
    if (uri.endsWith('#' + item.name)) uri = uri.slice(0, -item.name.length) + '$';
    const dispname = item.dispname === item.name ? '-' : item.dispname;
    // Names may hold spaces (labels, terms) but never line breaks.
    return `${item.name.replace(/\s+/g, ' ')} ${item.type} ${item.priority} ${uri} ${dispname.replace(/\s+/g, ' ')}\n`;
  });
  return Buffer.concat([Buffer.from(header, 'utf8'), deflateSync(Buffer.from(lines.join(''), 'utf8'), { level: 9 })]);
}

const LINE = /^(.+?)\s+(\S+:\S+)\s+(-?\d+)\s+?(\S*)\s+(.*)$/;

export function readInventory(data: Buffer): Inventory {
  let offset = 0;
  const headerLine = (): string => {
    const end = data.indexOf(0x0a, offset);
    if (end < 0) throw new InventoryError('truncated inventory header');
    const line = data.subarray(offset, end).toString('utf8').replace(/\r$/, '');
    offset = end + 1;
    return line;
  };
  const first = headerLine();
  if (first === '# Sphinx inventory version 1') throw new InventoryError('inventory version 1 is not supported (only version 2)');
  if (first !== '# Sphinx inventory version 2') throw new InventoryError(`not a Sphinx inventory (first line: ${JSON.stringify(first.slice(0, 60))})`);
  const project = headerLine().replace(/^# Project: /, '');
  const version = headerLine().replace(/^# Version: /, '');
  const note = headerLine();
  if (!note.includes('zlib')) throw new InventoryError('invalid inventory header: not compressed with zlib');
  let body: string;
  try {
    body = inflateSync(data.subarray(offset)).toString('utf8');
  } catch (error) {
    throw new InventoryError(`inventory data cannot be decompressed: ${(error as Error).message}`);
  }
  const items: InventoryItem[] = [];
  for (const line of body.split('\n')) {
    const m = LINE.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    const [, name, type, priority, rawUri, dispname] = m;
    const uri = rawUri.endsWith('$') ? rawUri.slice(0, -1) + name : rawUri;
    items.push({ name, type, priority: Number(priority), uri, dispname: dispname === '-' ? name : dispname });
  }
  return { project, version, items };
}

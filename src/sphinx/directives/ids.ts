// Identifiers as Sphinx makes them for glossary terms and objects
// (`term-Foo-bar`): like docutils' ids but case kept, and `.`/`_` allowed.
import type { DocumentModel } from '../../rst/api.js';
import type { SphinxContext } from '../context.js';
import { nextSerial } from '../context.js';

const TRANSLITERATE: Record<string, string> = {
  ß: 'sz', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', ħ: 'h', Ħ: 'H', ı: 'i', ŧ: 't', Ŧ: 'T',
};

export function sphinxId(value: string): string {
  let id = '';
  for (const ch of value) id += TRANSLITERATE[ch] ?? ch;
  id = id.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  id = id.split(/\s+/).filter(Boolean).join(' ');
  id = id.replace(/[^A-Za-z0-9._]+/g, '-');
  return id.replace(/^[-0-9._]+|-+$/g, '');
}

/**
 * `prefix-<term>` unless that id is taken in the document (or empty), then
 * `prefix-<serial>` as Sphinx falls back (`term-0`, `term-1`, ...).
 */
export function uniqueId(context: SphinxContext, document: DocumentModel, prefix: string, term: string): string {
  const candidate = sphinxId(`${prefix}-${term}`);
  if (candidate && candidate !== prefix && !document.ids.has(candidate)) return candidate;
  for (;;) {
    const id = `${prefix}-${nextSerial(context, prefix)}`;
    if (!document.ids.has(id)) return id;
  }
}

// index: entries for the general index, and a target to link them to.
//
//     .. index::
//        single: memory; OOM killer      (type: value; subentry)
//        pair: cgroup; memory
//        !triple: a; b; c                ("!" marks the main entry)
//        see: OOM; out of memory
//        module: os                      (Python's object kinds become pairs)
//        plain text, other               (comma-separated singles)
//
// Produces `index` {data.entries: [type, value, targetid, main, key]} and a
// `target` {ids: ['index-N']} (or the :name: given).
import { el } from '../../doctree/builders.js';
import type { DoctreeNode } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { here } from '../../rst/directives/common.js';
import { unchanged } from '../../rst/directives/options.js';
import { normalizeName } from '../../rst/ids.js';
import { nextSerial } from '../context.js';
import type { ContextOf } from './scope.js';

export type IndexEntry = [type: string, value: string, targetId: string, main: string, key: string | null];

const ENTRY_TYPES = ['single', 'pair', 'triple', 'see', 'seealso'];
/** Python object kinds that the index directive files as pairs, e.g. "module: os" -> pair "module; os". */
const PAIR_KINDS: Record<string, string> = {
  module: 'module', keyword: 'keyword', operator: 'operator', object: 'object',
  exception: 'exception', statement: 'statement', builtin: 'built-in function',
};

/** Parse one line of an index directive (or an :index: role) into entries. */
export function parseIndexEntry(line: string, targetId: string): IndexEntry[] {
  let entry = line.trim();
  let main = '';
  if (entry.startsWith('!')) {
    main = 'main';
    entry = entry.slice(1).trimStart();
  }
  for (const kind of Object.keys(PAIR_KINDS)) {
    if (entry.startsWith(kind + ':')) {
      return [['pair', `${PAIR_KINDS[kind]}; ${entry.slice(kind.length + 1).trim()}`, targetId, main, null]];
    }
  }
  for (const type of ENTRY_TYPES) {
    if (entry.startsWith(type + ':')) return [[type, entry.slice(type.length + 1).trim(), targetId, main, null]];
  }
  return entry
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value): IndexEntry => {
      // In a plain list "!" marks a main entry too.
      const isMain = value.startsWith('!');
      return ['single', isMain ? value.slice(1) : value, targetId, isMain ? 'main' : main, null];
    });
}

export function indexDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: false,
    optionSpec: { name: unchanged },
    run(inv) {
      const context = contextOf(inv.document);
      const name = typeof inv.options.name === 'string' && inv.options.name ? inv.options.name : null;
      const targetId = name ?? `index-${nextSerial(context, 'index')}`;
      const target = el('target', { ids: [targetId] }, [], here(inv));
      if (name) target.attributes.names = [normalizeName(name)];
      inv.document.ids.set(targetId, target);
      const entries = inv.arguments[0].split('\n').flatMap((line) => parseIndexEntry(line, targetId));
      const index = el('index', { inline: false }, [], here(inv));
      index.data = { entries };
      return [index, target] as DoctreeNode[];
    },
  };
}

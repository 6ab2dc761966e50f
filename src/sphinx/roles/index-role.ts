// :index: — an index entry at a word in running text:
//
//     :index:`memory`                          single entry "memory", text "memory"
//     :index:`the cgroup <single: cgroup; x>`  any index directive entry, text "the cgroup"
//     :index:`!main`                           a main entry
//
// Produces index {data.entries}, target {ids: index-N}, then the text.
import { el, text } from '../../doctree/builders.js';
import type { RoleFunction } from '../../rst/api.js';
import { nextSerial } from '../context.js';
import type { ContextOf } from '../directives/scope.js';
import { parseIndexEntry, type IndexEntry } from '../directives/index-entries.js';
import { splitExplicitTitle } from './titles.js';

export function indexRole(contextOf: ContextOf): RoleFunction {
  return (role) => {
    const context = contextOf(role.inliner.document);
    const id = `index-${nextSerial(context, 'index')}`;
    const { explicit, title, target } = splitExplicitTitle(role.text);
    let entries: IndexEntry[];
    let shown = title;
    if (explicit) entries = parseIndexEntry(target, id);
    else {
      const main = target.startsWith('!');
      shown = main ? target.slice(1) : target;
      entries = [['single', shown, id, main ? 'main' : '', null]];
    }
    const index = el('index', {});
    index.data = { entries };
    const targetNode = el('target', { ids: [id] });
    role.inliner.document.ids.set(id, targetNode);
    return { nodes: [index, targetNode, text(shown)], messages: [] };
  };
}

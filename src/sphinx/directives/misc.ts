// Small Sphinx directives:
//
//     .. seealso:: Module :mod:`zipfile`          -> seealso > body
//     .. centered:: LICENSE AGREEMENT             -> centered > inline text
//     .. hlist::                                  -> hlist > hlistcol > bullet_list, items spread over columns
//        :columns: 3
//     .. tabularcolumns:: |l|l|                   -> accepted, nothing for HTML
//     .. sectionauthor:: Guido <guido@x>          -> shown only with show_authors
//     .. default-domain:: c                       -> roles without a domain use it
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, requireContent } from '../../rst/directives/common.js';
import { positiveInt } from '../../rst/directives/options.js';
import type { ContextOf } from './scope.js';

export const seealsoDirective: DirectiveSpec = {
  hasContent: true,
  optionSpec: GENERIC_OPTIONS,
  run(inv) {
    requireContent(inv);
    const node = el('seealso', {}, [], here(inv));
    addClasses(node, inv);
    addName(node, inv);
    inv.state.nestedParse(inv.content, inv.contentOffset, node);
    return [node];
  },
};

export const centeredDirective: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: false,
  optionSpec: {},
  run(inv) {
    const { nodes, messages } = inv.state.parseInline(inv.arguments[0], inv.lineno);
    return [el('centered', {}, nodes, here(inv)), ...messages];
  },
};

export const hlistDirective: DirectiveSpec = {
  hasContent: true,
  optionSpec: { columns: positiveInt },
  run(inv) {
    const columns = (inv.options.columns as number | undefined) ?? 2;
    const holder = el('container');
    inv.state.nestedParse(inv.content, inv.contentOffset, holder);
    const list = holder.children.filter((child) => child.type !== 'system_message');
    if (list.length !== 1 || list[0].type !== 'bullet_list') {
      throw inv.warning('.. hlist content is not a list');
    }
    const items = (list[0] as Element).children;
    // The first (items % columns) columns take one item more, as in Sphinx.
    const perColumn = Math.floor(items.length / columns);
    const extra = items.length % columns;
    // Sphinx stores the column count as text.
    const hlist = el('hlist', { ncolumns: String(columns) }, [], here(inv));
    let index = 0;
    for (let column = 0; column < columns; column++) {
      const count = perColumn + (column < extra ? 1 : 0);
      const bullet = el('bullet_list', {}, items.slice(index, index + count));
      index += count;
      hlist.children.push(el('hlistcol', {}, [bullet]));
    }
    return [hlist];
  },
};

/** LaTeX-only: accepted so documents written for Sphinx parse, with no HTML output. */
export const tabularcolumnsDirective: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: false,
  optionSpec: {},
  run() {
    return [];
  },
};

export function authorDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: false,
    optionSpec: {},
    run(inv) {
      if (!contextOf(inv.document).config.showAuthors) return [];
      const label = inv.name === 'codeauthor' ? 'Code author: ' : inv.name === 'moduleauthor' ? 'Module author: ' : 'Section author: ';
      const { nodes, messages } = inv.state.parseInline(inv.arguments[0], inv.lineno);
      const paragraph = el('paragraph', { translatable: false }, [el('emphasis', {}, [text(label), ...nodes])], here(inv));
      return [paragraph as DoctreeNode, ...messages];
    },
  };
}

export function defaultDomainDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    hasContent: false,
    optionSpec: {},
    run(inv) {
      contextOf(inv.document).state.defaultDomain = inv.arguments[0].trim().toLowerCase();
      return [];
    },
  };
}

// topic and sidebar: titled blocks that stand beside the text flow, so they
// may appear only at section level (a sidebar may also hold a topic).
//
//     .. topic:: Title
//
//        Body.
//
//     .. sidebar:: Optional Title
//        :subtitle: Optional Subtitle
//
//        Body.
import { el } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, parseContent, parseTitle, requireContent } from './common.js';
import { unchangedRequired } from './options.js';

/** Elements that may contain a topic, sidebar or table of contents. */
const SECTION_LEVEL = new Set(['document', 'section', 'sidebar']);

export function parentType(inv: DirectiveInvocation): string {
  return inv.state.parentNode?.type ?? 'document';
}

export function requireSectionLevel(inv: DirectiveInvocation): void {
  if (!SECTION_LEVEL.has(parentType(inv))) {
    throw inv.error(`The "${inv.name}" directive may not be used within topics or body elements.`);
  }
}

export const topic: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    requireSectionLevel(inv);
    requireContent(inv);
    const title = parseTitle(inv, inv.arguments[0]!);
    const node = el('topic', {}, [el('title', {}, title.nodes, here(inv)), ...title.messages], here(inv));
    addClasses(node, inv);
    addName(node, inv);
    parseContent(inv, node);
    return [node];
  },
};

export const sidebar: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { ...GENERIC_OPTIONS, subtitle: unchangedRequired },
  hasContent: true,
  run(inv) {
    if (parentType(inv) === 'sidebar') {
      throw inv.error(`The "${inv.name}" directive may not be used within a sidebar element.`);
    }
    requireSectionLevel(inv);
    requireContent(inv);
    const node = el('sidebar', {}, [], here(inv));
    const messages = [];
    if (inv.arguments[0]) {
      const title = parseTitle(inv, inv.arguments[0]);
      node.children.push(el('title', {}, title.nodes, here(inv)));
      messages.push(...title.messages);
    }
    if (typeof inv.options.subtitle === 'string') {
      const subtitle = parseTitle(inv, inv.options.subtitle);
      node.children.push(el('subtitle', {}, subtitle.nodes, here(inv)));
      messages.push(...subtitle.messages);
    }
    node.children.push(...messages);
    addClasses(node, inv);
    addName(node, inv);
    parseContent(inv, node);
    return [node];
  },
};

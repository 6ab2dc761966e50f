// Admonitions: boxed notes of a fixed kind, and the generic `admonition`
// whose title the author chooses.
//
//     .. note:: Content may start on the marker line.
//        :class: mynote
//
//     .. admonition:: And, by the way...
//
//        You can make up your own admonition too.
//
// The specific kinds take no argument, so text on the marker line is the
// first line of the body. A generic admonition without `:class:` gets the
// class `admonition-<title as identifier>` for styling.
import { el, listAttr } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { makeId } from '../ids.js';
import { GENERIC_OPTIONS, addClasses, addName, here, parseContent, parseTitle, requireContent } from './common.js';

/** docutils' admonition kinds; each is both the directive name and the node type. */
export const ADMONITION_KINDS = ['attention', 'caution', 'danger', 'error', 'hint', 'important', 'note', 'tip', 'warning'] as const;

export function specificAdmonition(kind: string): DirectiveSpec {
  return {
    optionSpec: GENERIC_OPTIONS,
    hasContent: true,
    run(inv) {
      requireContent(inv);
      const node = el(kind, {}, [], here(inv));
      addClasses(node, inv);
      addName(node, inv);
      parseContent(inv, node);
      return [node];
    },
  };
}

export const genericAdmonition: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const titleText = inv.arguments[0]!;
    const { nodes, messages } = parseTitle(inv, titleText);
    const node = el('admonition', {}, [el('title', {}, nodes, here(inv)), ...messages], here(inv));
    if (Array.isArray(inv.options.class)) addClasses(node, inv);
    else listAttr(node, 'classes').push('admonition-' + makeId(titleText));
    addName(node, inv);
    parseContent(inv, node);
    return [node];
  },
};

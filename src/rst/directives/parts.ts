// Document parts computed by later transforms: the table of contents and
// section numbering. The parser leaves a `pending` node that records the
// options for the transform.
//
//     .. contents:: Table of Contents
//        :depth: 2
//        :local:
//        :backlinks: none
//
//     .. sectnum::
//        :depth: 3
//        :prefix: A.
import { el, listAttr, text, textContent } from '../../doctree/builders.js';
import type { Element, PendingInternals } from '../../doctree/types.js';
import type { DirectiveSpec } from '../api.js';
import { normalizeName } from '../ids.js';
import { languageLabel } from '../languages/index.js';
import { here, parseTitle } from './common.js';
import { requireSectionLevel } from './topic.js';
import { choice, classOption, flag, integer, nonnegativeInt, pyListRepr, pyRepr, unchangedRequired } from './options.js';

/** A `pending` element carrying the transform that will replace it and that transform's details (Python reprs). */
export function pending(transform: string, details: PendingInternals['details']): Element {
  const node = el('pending');
  node.internals = { transform, details };
  return node;
}

/** Python's repr of an option value as docutils prints it in a pending node's details. */
export function detailRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return pyListRepr(value as string[]);
  return pyRepr(String(value));
}

export const contents: DirectiveSpec = {
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: {
    depth: nonnegativeInt,
    local: flag,
    backlinks: choice(['top', 'entry', 'none']),
    class: classOption,
  },
  run(inv) {
    requireSectionLevel(inv);
    const topic = el('topic', { classes: ['contents'] }, [], here(inv));
    addTopicClasses(topic, inv.options);
    const messages: Element[] = [];
    let name: string;
    if (inv.arguments[0]) {
      const title = parseTitle(inv, inv.arguments[0]);
      topic.children.push(el('title', {}, title.nodes, here(inv)));
      messages.push(...title.messages);
      name = textContent(topic.children[0]!);
    } else {
      const label = languageLabel(inv.document.settings.languageCode, 'contents');
      if (!('local' in inv.options)) topic.children.push(el('title', {}, [text(label)], here(inv)));
      name = label;
    }
    listAttr(topic, 'names').push(normalizeName(name));
    inv.document.noteImplicitTarget(topic, topic);
    const details: PendingInternals['details'] = {};
    for (const [key, option] of Object.entries(inv.options)) {
      // backlinks "none" is stored as Python's None, as docutils does.
      details[key] = detailRepr(key === 'backlinks' && option === 'none' ? null : option);
    }
    const marker = pending('docutils.transforms.parts.Contents', details);
    marker.position = here(inv);
    topic.children.push(marker);
    return [topic, ...messages];
  },
};

function addTopicClasses(topic: Element, options: Record<string, unknown>): void {
  if (Array.isArray(options.class)) listAttr(topic, 'classes').push(...(options.class as string[]));
  if ('local' in options) listAttr(topic, 'classes').push('local');
}

export const sectnum: DirectiveSpec = {
  optionSpec: {
    depth: integer,
    start: integer,
    prefix: unchangedRequired,
    suffix: unchangedRequired,
  },
  run(inv) {
    const details: PendingInternals['details'] = {};
    for (const [key, value] of Object.entries(inv.options)) details[key] = detailRepr(value);
    const marker = pending('docutils.transforms.parts.SectNum', details);
    marker.position = here(inv);
    return [marker];
  },
};

/** target-notes: a pending list of footnotes for the document's external targets. */
export const targetNotes: DirectiveSpec = {
  optionSpec: { class: classOption },
  run(inv) {
    const details: PendingInternals['details'] = {};
    if (Array.isArray(inv.options.class)) details.class = detailRepr(inv.options.class);
    const marker = pending('docutils.transforms.references.TargetNotes', details);
    marker.position = here(inv);
    return [marker];
  },
};

// versionadded / versionchanged / deprecated / versionremoved:
//
//     .. versionchanged:: 2.6
//        The *timeout* option takes seconds.     (optional second argument: the explanation)
//
//        More paragraphs in the content.
//
// Produces `versionmodified` {type, version} whose first paragraph starts with
// an `inline.versionmodified` label: "Changed in version 2.6: " when text
// follows, "Changed in version 2.6." when nothing does.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { here } from '../../rst/directives/common.js';

const LABELS: Record<string, { label: string; cls: string }> = {
  versionadded: { label: 'New in version %s', cls: 'added' },
  versionchanged: { label: 'Changed in version %s', cls: 'changed' },
  deprecated: { label: 'Deprecated since version %s', cls: 'deprecated' },
  versionremoved: { label: 'Removed in version %s', cls: 'removed' },
};

export const VERSION_DIRECTIVES = Object.keys(LABELS);

export const versionDirective: DirectiveSpec = {
  requiredArguments: 1,
  optionalArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  optionSpec: {},
  run(inv) {
    const kind = LABELS[inv.name] ?? LABELS.versionchanged;
    const version = inv.arguments[0];
    const node = el('versionmodified', { type: inv.name, version }, [], here(inv));
    const messages: Element[] = [];
    if (inv.arguments.length === 2) {
      const parsed = inv.state.parseInline(inv.arguments[1], inv.lineno + 1);
      node.children.push(el('paragraph', {}, parsed.nodes, here(inv)));
      messages.push(...parsed.messages);
    }
    if (inv.content.length) inv.state.nestedParse(inv.content, inv.contentOffset, node);
    const label = kind.label.replace('%s', version);
    const classes = ['versionmodified', kind.cls];
    const first = node.children[0] as Element | undefined;
    if (first && first.type === 'paragraph') {
      first.attributes.translatable = false;
      first.children.unshift(el('inline', { classes }, [text(label + ': ')]));
    } else {
      const hasMore = node.children.length > 0;
      const paragraph = el('paragraph', { translatable: false }, [el('inline', { classes }, [text(label + (hasMore ? ': ' : '.'))])], here(inv));
      node.children.unshift(paragraph);
    }
    return [node as DoctreeNode, ...messages];
  },
};

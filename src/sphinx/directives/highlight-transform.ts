// What Sphinx does when it writes a page (its HighlightLanguage post-transform):
// literal blocks that name no language — `::` blocks, literalinclude without
// :language: — take the one of the last `highlight` directive before them,
// else conf.py's highlight_language; `:linenothreshold:` turns line numbers on
// for blocks at least that long. The `highlightlang` markers are then removed.
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { textContent } from '../../doctree/builders.js';

interface Setting {
  language: string;
  force: boolean;
  linenothreshold: number;
}

export function applyHighlightLanguage(root: Element, defaultLanguage: string): void {
  let current: Setting = { language: defaultLanguage, force: false, linenothreshold: Number.MAX_SAFE_INTEGER };
  const walk = (parent: Element) => {
    const kept: DoctreeNode[] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        kept.push(child);
        continue;
      }
      const element = child as Element;
      if (element.type === 'highlightlang') {
        current = {
          language: String(element.attributes.lang),
          force: element.attributes.force === true,
          linenothreshold: Number(element.attributes.linenothreshold ?? Number.MAX_SAFE_INTEGER),
        };
        continue;
      }
      if (element.type === 'literal_block' && element.attributes.language === undefined) {
        element.attributes.language = current.language;
        if (current.force) element.attributes.force = true;
        if (element.attributes.linenos === undefined) {
          const lines = textContent(element).split('\n').length;
          if (lines >= current.linenothreshold) element.attributes.linenos = true;
        }
      }
      walk(element);
      kept.push(element);
    }
    parent.children = kept;
  };
  walk(root);
}

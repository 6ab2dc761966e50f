// title: the document's metadata title (not a visible heading).
//
//     .. title:: This is the document title.
import type { DirectiveSpec } from '../api.js';

export const title: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  run(inv) {
    inv.document.root.attributes.title = inv.arguments[0]!;
    return [];
  },
};

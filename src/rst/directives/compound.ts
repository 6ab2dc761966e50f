// compound: several body elements read as one logical paragraph.
//
//     .. compound::
//
//        The 'rm' command is very dangerous.  If you are logged
//        in as root and enter ::
//
//            cd /
//            rm -rf *
//
//        you will erase the entire contents of your file system.
import { el } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, parseContent, requireContent } from './common.js';

export const compound: DirectiveSpec = {
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const node = el('compound', {}, [], here(inv));
    addClasses(node, inv);
    addName(node, inv);
    parseContent(inv, node);
    return [node];
  },
};

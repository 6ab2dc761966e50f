// class: set classes on the following element, or on each element of its
// own content.
//
//     .. class:: special
//
//     This paragraph gets the class "special" (by a later transform).
//
//     .. class:: exceptional remarkable
//
//        These paragraphs get both classes.
//
//        Right here.
import { el, listAttr } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../api.js';
import { here, hasContent, parseContent } from './common.js';
import { classOption, pyRepr } from './options.js';
import { detailRepr, pending } from './parts.js';

export const classDirective: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  hasContent: true,
  run(inv) {
    let classes: string[];
    try {
      classes = classOption(inv.arguments[0]!) as string[];
    } catch {
      throw inv.error(`Invalid class attribute value for "${inv.name}" directive: "${inv.arguments[0]}".`);
    }
    if (hasContent(inv)) {
      const holder = parseContent(inv, el('class_holder'));
      for (const child of holder.children) {
        if (child.type !== 'text') listAttr(child as typeof holder, 'classes').push(...classes);
      }
      return holder.children;
    }
    // Without content the classes go to the next element, which a transform finds.
    const marker = pending('docutils.transforms.misc.ClassAttribute', {
      class: detailRepr(classes),
      directive: pyRepr(inv.name),
    });
    marker.position = here(inv);
    return [marker];
  },
};

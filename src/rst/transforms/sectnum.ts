// `.. sectnum::` numbers the document's sections: each title starts with a
// `generated` node (classes sectnum) holding prefix, the dotted number, suffix
// and three no-break spaces, and is marked auto="1". Options: depth (levels
// numbered), start (first number), prefix, suffix.
//
//     <section>                      <section>
//         <title>Sec A        ->         <title auto="1">
//                                            <generated classes="sectnum">1.1<nbsp x3>
//                                            Sec A
import { el, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { detail, replaceChild } from './context.js';

export function applySectionNumbers(pendings: Array<[Element, Element]>, document: Element): void {
  for (const [pending, parent] of pendings) {
    const depthOption = detail(pending, 'depth');
    const start = detail(pending, 'start');
    const prefix = detail(pending, 'prefix');
    const suffix = detail(pending, 'suffix');
    const maxDepth = typeof depthOption === 'number' ? depthOption : Infinity;
    const number = (container: Element, numbers: number[], depth: number): void => {
      if (depth > maxDepth) return;
      let n = depth === 1 && typeof start === 'number' ? start : 1;
      for (const child of container.children) {
        if (child.type !== 'section') continue;
        const section = child as Element;
        const here = [...numbers, n++];
        const title = section.children[0];
        if (title?.type === 'title') {
          const label = `${typeof prefix === 'string' ? prefix : ''}${here.join('.')}${typeof suffix === 'string' ? suffix : ''}\u00a0\u00a0\u00a0`;
          const generated = el('generated', { classes: ['sectnum'] }, [text(label)], (title as Element).position);
          (title as Element).children.unshift(generated);
          (title as Element).attributes.auto = 1;
        }
        number(section, here, depth + 1);
      }
    };
    number(document, [], 1);
    replaceChild(parent, pending, []);
  }
}

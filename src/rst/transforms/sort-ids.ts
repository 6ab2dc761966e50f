// Sphinx's SortIds: a section whose first id is an automatic one (`id3`, made
// because its title duplicates another) and that also has a real one (a label
// propagated onto it) lists the real one first, so links and the on-page
// contents use the readable anchor.
//
//     <section dupnames="dup" ids="id2 x" names="x">   ->   <section dupnames="dup" ids="x id2" names="x">
import type { Element } from '../../doctree/types.js';

export function sortSectionIds(sections: Element[]): void {
  for (const section of sections) {
    const ids = section.attributes.ids;
    if (Array.isArray(ids) && ids.length > 1 && ids[0]!.startsWith('id')) section.attributes.ids = [...ids.slice(1), ids[0]!];
  }
}

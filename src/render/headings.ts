// A page's title and headings (for the on-page contents) straight from its
// doctree, without rendering it: `rstro build` hands them to Astro while the
// pages' HTML is still being rendered. They follow the renderer's rules
// (nodes/structure.ts): the document's own title is level 1, each section one
// level deeper, a heading's slug is its section's first id; test/render/headings.test.ts
// checks both agree on every page of the test projects.
import { textContent } from '../doctree/builders.js';
import type { DoctreeNode, Element } from '../doctree/types.js';
import { stringList } from './hast.js';
import type { Heading } from './options.js';

export function documentHeadings(doctree: Element): { title: string; headings: Heading[] } {
  const headings: Heading[] = [];
  let title = '';
  const visit = (node: Element, depth: number): void => {
    for (const child of node.children as DoctreeNode[]) {
      if (child.type === 'text') continue;
      const element = child as Element;
      if (element.type === 'title' && (node.type === 'document' || node.type === 'section')) {
        const level = node.type === 'document' ? 1 : depth;
        const text = textContent(element).replace(/\x00/g, '').trim();
        if (level === 1 && !title) title = text;
        const slug = stringList(node, 'ids')[0] ?? '';
        if (slug) headings.push({ depth: Math.min(Math.max(level, 1), 6), slug, text });
      } else if (element.type === 'section') visit(element, depth + 1);
      else if (element.children) visit(element, depth);
    }
  };
  const ownTitle = doctree.children.some((child) => child.type === 'title');
  visit(doctree, ownTitle ? 1 : 0);
  if (!title && typeof doctree.attributes.title === 'string') title = doctree.attributes.title;
  return { title, headings };
}

// `.. contents::` becomes a nested bullet list of links to the sections: of
// the whole document, or with :local: of the section holding the directive,
// down to :depth: levels. Each entry is a reference to the section (refid)
// with its own id; :backlinks: entry (default) makes each section title link
// back to its entry, top to the contents topic, none to nothing. With no
// sections to list the topic is removed.
//
//     <topic classes="contents" ids="contents">        <topic classes="contents" ids="contents">
//         <title>Contents                                  <title>Contents
//         <pending .transform=Contents>          ->       <bullet_list>
//                                                              <list_item><paragraph>
//                                                                  <reference ids="id1" refid="sec-a">Sec A
import { el } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { cloneNode, detail, replaceChild, type TransformContext } from './context.js';

/** Title content that does not belong in a contents entry (it would nest links or duplicate anchors). */
const LEFT_OUT = new Set(['target', 'footnote_reference', 'citation_reference', 'system_message', 'substitution_definition', 'comment', 'problematic', 'raw', 'index']);
const UNWRAPPED = new Set(['reference', 'pending_xref']);

export function applyContents(pendings: Array<[Element, Element]>, parents: Map<Element, Element>, ctx: TransformContext): void {
  for (const [pending, topic] of pendings) {
    const local = detail(pending, 'local') !== undefined;
    const depthOption = detail(pending, 'depth');
    const maxDepth = typeof depthOption === 'number' ? depthOption : Infinity;
    const backlinksOption = detail(pending, 'backlinks');
    const backlinks = backlinksOption === undefined ? 'entry' : backlinksOption; // null: "none"
    const start = local ? parents.get(topic) ?? ctx.document : ctx.document;
    const topicId = Array.isArray(topic.attributes.ids) ? topic.attributes.ids[0] : undefined;
    const build = (container: Element, depth: number): Element | null => {
      if (depth > maxDepth) return null;
      const items: Element[] = [];
      let numbered = false;
      for (const child of container.children) {
        if (child.type !== 'section') continue;
        const section = child as Element;
        const title = section.children[0] as Element | undefined;
        if (title?.type !== 'title') continue;
        if (title.attributes.auto) numbered = true;
        const ref = el('reference', { refid: ctx.setId(section) }, entryContent(title.children), title.position);
        const refId = ctx.setId(ref, 'toc-entry');
        // A title that already holds a link cannot become one (links do not nest): no backlink then.
        const linkable = title.attributes.refid === undefined && !containsReference(title);
        if (backlinks === 'entry' && linkable) title.attributes.refid = refId;
        else if (backlinks === 'top' && topicId && linkable) title.attributes.refid = topicId;
        const item = el('list_item', {}, [el('paragraph', {}, [ref], title.position)], title.position);
        const sub = build(section, depth + 1);
        if (sub) item.children.push(sub);
        items.push(item);
      }
      if (!items.length) return null;
      const list = el('bullet_list', {}, items);
      if (numbered) list.attributes.classes = ['auto-toc'];
      return list;
    };
    const list = build(start, 1);
    if (list) {
      replaceChild(topic, pending, [list]);
      continue;
    }
    // Nothing to list: docutils drops the whole topic.
    const holder = parents.get(topic);
    if (holder) replaceChild(holder, topic, []);
    else replaceChild(topic, pending, []);
  }
}

function containsReference(node: Element): boolean {
  return node.children.some((c) => c.type === 'reference' || (c.type !== 'text' && containsReference(c as Element)));
}

function entryContent(children: DoctreeNode[]): DoctreeNode[] {
  const out: DoctreeNode[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      out.push(cloneNode(child));
      continue;
    }
    const element = child as Element;
    if (LEFT_OUT.has(element.type)) continue;
    if (UNWRAPPED.has(element.type)) {
      out.push(...entryContent(element.children));
      continue;
    }
    const copy = cloneNode(element);
    copy.children = entryContent(element.children);
    delete copy.attributes.ids;
    delete copy.attributes.names;
    out.push(copy);
  }
  return out;
}

// Sphinx's own nodes: toctree, index, glossary, compact_paragraph, acks.
// (seealso, todo and versionmodified live with the admonitions; centered and hlist with the blocks.)
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline } from '../dispatch.js';
import { baseProps, boolAttr, hel, htext, numberAttr, stringAttr, stringList, type ElementContent } from '../hast.js';
import type { TocEntry } from '../options.js';
import { isUnsafeUri } from '../urls.js';

register('toctree', (node, ctx) => {
  // A hidden toctree only shapes the navigation; it draws nothing on the page.
  if (boolAttr(node, 'hidden')) return null;
  const entries = ctx.options.toctreeEntries?.(node, ctx.docname) ?? entriesFromNode(node, ctx);
  if (entries.length === 0) return null;
  const maxdepth = numberAttr(node, 'maxdepth') ?? -1;
  const caption = stringAttr(node, 'caption');
  const { props, anchors } = baseProps(node, ['toctree']);
  const children: ElementContent[] = [...anchors];
  if (caption) {
    const captionId = ctx.uniqueId('toctree-caption');
    props.ariaLabelledBy = [captionId];
    children.push(hel('p', { className: ['caption'], id: captionId }, [hel('span', { className: ['caption-text'] }, [htext(caption)])]));
  } else {
    props.ariaLabel = ctx.label('contents');
  }
  children.push(tocList(entries, 1, maxdepth, ctx));
  return hel('nav', props, children);
});

function entriesFromNode(node: Element, ctx: RenderContext): TocEntry[] {
  const raw = Array.isArray(node.data?.entries) ? (node.data.entries as unknown[]) : [];
  const entries: TocEntry[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const entry = item as { title?: unknown; ref?: unknown };
    const ref = typeof entry.ref === 'string' ? entry.ref : '';
    if (!ref) continue;
    const explicitTitle = typeof entry.title === 'string' && entry.title !== '' ? entry.title : null;
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) {
      entries.push({ title: explicitTitle ?? ref, url: ref });
      continue;
    }
    const docname = ref === 'self' ? ctx.docname : ref;
    const title = explicitTitle ?? ctx.options.toctreeTitles?.(docname) ?? (docname === ctx.docname && ctx.title ? ctx.title : docname);
    entries.push({ title, docname });
  }
  return entries;
}

function tocList(entries: TocEntry[], level: number, maxdepth: number, ctx: RenderContext): ElementContent {
  const items = entries.map((entry) => {
    const link = tocLink(entry, ctx);
    const children: ElementContent[] = [link];
    if (entry.children && entry.children.length > 0 && (maxdepth <= 0 || level < maxdepth)) {
      children.push(tocList(entry.children, level + 1, maxdepth, ctx));
    }
    return hel('li', { className: [`toctree-l${level}`] }, children);
  });
  return hel('ul', {}, items);
}

function tocLink(entry: TocEntry, ctx: RenderContext): ElementContent {
  if (entry.url !== undefined) {
    if (isUnsafeUri(entry.url)) {
      ctx.warn(undefined, `toctree entry with an unsafe URI scheme rendered as text: ${entry.url.slice(0, 80)}`);
      return hel('span', { className: ['reference', 'unsafe-link'] }, [htext(entry.title)]);
    }
    return hel('a', { className: ['reference', 'external'], href: entry.url }, [htext(entry.title)]);
  }
  if (entry.docname === undefined) return hel('span', { className: ['reference'] }, [htext(entry.title)]);
  const href = ctx.options.docUrl(entry.docname, entry.anchor ?? '', ctx.docname);
  const props: Record<string, string | string[]> = { className: ['reference', 'internal'], href };
  if (entry.docname === ctx.docname && !entry.anchor) props.ariaCurrent = 'page';
  return hel('a', props, [htext(entry.title)]);
}

register('index', (node) => {
  // Index entries feed the index page; on this page only their anchor matters.
  const ids = stringList(node, 'ids');
  return ids.length > 0 ? hel('span', baseProps(node).props) : null;
});

register('glossary', (node, ctx) => hel('div', baseProps(node, ['glossary']).props, renderBlock(node, ctx)));

register('compact_paragraph', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  return hel('p', props, [...anchors, ...renderInline(node, ctx)]);
});

register('acks', (node, ctx) => hel('div', baseProps(node, ['acks']).props, renderBlock(node, ctx)));

// Links: hyperlink references and targets, footnote/citation references,
// Sphinx cross-references (resolved, unresolved) and downloads.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderInline } from '../dispatch.js';
import { baseProps, boolAttr, dedupe, hel, htext, stringAttr, stringList, type ElementContent, type Properties } from '../hast.js';
import { isUnsafeUri, rebaseRelativeUri, siteFileUrl } from '../urls.js';

register('reference', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['reference']);
  const content = [...anchors, ...renderInline(node, ctx)];
  const title = stringAttr(node, 'reftitle');
  if (title) props.title = title;
  const href = referenceHref(node, ctx);
  if (href === null) return hel('span', addClass(props, 'unresolved'), content);
  if (href.unsafe) return hel('span', addClass(props, 'unsafe-link'), content);
  props.href = href.href;
  const external = !boolAttr(node, 'internal') && stringAttr(node, 'refuri') !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(href.href);
  return hel('a', addClass(props, external ? 'external' : 'internal'), content);
});

function referenceHref(node: Element, ctx: RenderContext): { href: string; unsafe?: boolean } | null {
  const refdocname = stringAttr(node, 'refdocname');
  if (refdocname !== undefined) {
    return { href: ctx.options.docUrl(refdocname, stringAttr(node, 'refanchor') ?? '', ctx.docname) };
  }
  const refuri = stringAttr(node, 'refuri');
  if (refuri !== undefined) {
    if (isUnsafeUri(refuri)) {
      ctx.warn(node, `link with an unsafe URI scheme rendered as text: ${refuri.slice(0, 80)}`);
      return { href: '', unsafe: true };
    }
    return { href: rebaseRelativeUri(refuri, ctx.docname) };
  }
  const refid = stringAttr(node, 'refid');
  if (refid) return { href: '#' + refid };
  return null;
}

function addClass(props: Properties, className: string): Properties {
  const classes = Array.isArray(props.className) ? props.className : [];
  return { ...props, className: dedupe([...classes.map(String), className]) };
}

register('target', (node, ctx) => {
  // Targets that point elsewhere (refuri) or at the next element (refid) leave nothing on the page:
  // docutils moved their ids onto the element they name. A target standing alone keeps an anchor.
  if (node.attributes.refuri !== undefined || node.attributes.refid !== undefined || node.attributes.refname !== undefined) {
    return node.children.length > 0 ? renderInline(node, ctx) : null;
  }
  const ids = stringList(node, 'ids');
  if (ids.length === 0 && node.children.length === 0) return null;
  const { props, anchors } = baseProps(node, ['target']);
  return hel('span', props, [...anchors, ...renderInline(node, ctx)]);
});

function noteReference(kind: 'footnote' | 'citation') {
  return (node: Element, ctx: RenderContext): ElementContent => {
    const { props, anchors } = baseProps(node, [`${kind}-reference`, 'brackets']);
    const refid = stringAttr(node, 'refid');
    const content = [hel('span', { className: ['fn-bracket'] }, [htext('[')]), ...renderInline(node, ctx), hel('span', { className: ['fn-bracket'] }, [htext(']')])];
    if (!refid) return hel('span', props, [...anchors, ...content]);
    props.href = '#' + refid;
    props.role = kind === 'footnote' ? 'doc-noteref' : 'doc-biblioref';
    return hel('a', props, [...anchors, ...content]);
  };
}

register('footnote_reference', noteReference('footnote'));
register('citation_reference', noteReference('citation'));

register('pending_xref', (node, ctx) => {
  // Still pending at render time means unresolved: show the words, never a dead link.
  const { props, anchors } = baseProps(node, ['xref', 'unresolved']);
  const target = stringAttr(node, 'reftarget');
  props.title = target ? `${ctx.label('unresolved')}: ${target}` : ctx.label('unresolved');
  return hel('span', props, [...anchors, ...renderInline(node, ctx)]);
});

register('download_reference', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['reference', 'download']);
  const content = [...anchors, ...renderInline(node, ctx)];
  const filename = stringAttr(node, 'filename');
  const refuri = stringAttr(node, 'refuri');
  if (filename) {
    props.href = siteFileUrl(filename, ctx.docname);
    props.download = '';
    return hel('a', props, content);
  }
  if (refuri && !isUnsafeUri(refuri)) {
    props.href = refuri;
    return hel('a', props, content);
  }
  const target = stringAttr(node, 'reftarget');
  props.className = [...(props.className as string[]), 'unresolved'];
  if (target) props.title = `${ctx.label('unresolved')}: ${target}`;
  return hel('span', props, content);
});

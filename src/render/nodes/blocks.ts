// Body blocks: block quotes (and epigraph/highlights/pull-quote), line blocks,
// compound, raw, comments, substitution definitions, Sphinx's centered and
// hlist. (`container` lives in code/frame.ts: it may be a captioned code block.)
import type { Element } from '../../doctree/types.js';
import { register, renderBlock, renderChildren, renderInline } from '../dispatch.js';
import { baseProps, hel, hraw, htext, stringList } from '../hast.js';

register('block_quote', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  return hel('blockquote', props, [...anchors, ...renderBlock(node, ctx)]);
});

register('attribution', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['attribution']);
  return hel('p', props, [...anchors, htext('\u2014\u00a0'), ...renderInline(node, ctx)]);
});

register('line_block', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['line-block']);
  return hel('div', props, [...anchors, ...renderChildren(node, ctx)]);
});

register('line', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['line']);
  const content = renderInline(node, ctx);
  // An empty line in a line block is a visible blank line.
  return hel('div', props, [...anchors, ...(content.length > 0 ? content : [hel('br')])]);
});

register('compound', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['compound']);
  return hel('div', props, [...anchors, ...renderBlock(node, ctx)]);
});

// `container` is drawn by code/frame.ts: a container wrapping a captioned code block is a code frame.

// Nothing to show: comments, definitions used elsewhere, and Sphinx bookkeeping nodes its transforms normally remove.
register(['comment', 'substitution_definition', 'pending', 'meta', 'highlightlang'], () => null);

register('raw', (node, ctx) => {
  const formats = stringList(node, 'format').map((format) => format.toLowerCase());
  if (!formats.includes('html')) return null;
  const source = node.children.map((child) => (child.type === 'text' ? (child as { value: string }).value : '')).join('');
  if (!ctx.options.allowRawHtml) {
    ctx.warn(node, 'raw HTML dropped: raw HTML is not allowed for this build');
    return null;
  }
  return hraw(source);
});

register('centered', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['centered']);
  return hel('p', props, [...anchors, hel('strong', {}, renderInline(node, ctx))]);
});

register('hlist', (node, ctx) => {
  const columns = node.children.filter((child): child is Element => child.type === 'hlistcol');
  const { props, anchors } = baseProps(node, ['hlist']);
  props.style = `--hlist-columns: ${Math.max(columns.length, 1)}`;
  return hel('div', props, [...anchors, ...renderChildren(node, ctx)]);
});

register('hlistcol', (node, ctx) => hel('div', baseProps(node, ['hlistcol']).props, renderBlock(node, ctx)));

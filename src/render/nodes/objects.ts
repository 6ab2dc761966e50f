// Sphinx object descriptions (`.. option::`, `.. envvar::`, `.. py:function::`,
// `.. describe::`, ...): desc > desc_signature+ > desc_name..., desc_content.
// Drawn as Sphinx draws them: a <dl> per object, signatures as <dt> with a
// permalink, the description as <dd>.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, stringList, type ElementContent } from '../hast.js';

register('desc', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  return hel('dl', props, [...anchors, ...renderBlock(node, ctx)]);
});

register('desc_signature', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  const id = stringList(node, 'ids')[0];
  const children: ElementContent[] = [...anchors, ...renderInline(node, ctx)];
  if (id) children.push(hel('a', { className: ['headerlink'], href: '#' + id, ariaLabel: ctx.label('permalink'), dataPagefindIgnore: '' }, [htext('#')]));
  return hel('dt', props, children);
});

register('desc_content', (node, ctx) => hel('dd', baseProps(node).props, renderBlock(node, ctx)));

/** Signature parts that Sphinx writes as spans with its class names. */
const SIGNATURE_SPANS: Record<string, string[]> = {
  desc_name: ['sig-name', 'descname'],
  desc_addname: ['sig-prename', 'descclassname'],
  desc_type: ['sig-type'],
  desc_returns: ['sig-return'],
  desc_annotation: ['property'],
  desc_sig_name: ['n'],
  desc_sig_operator: ['o'],
  desc_sig_punctuation: ['p'],
  desc_sig_keyword: ['k'],
  desc_sig_space: ['w'],
  desc_inline: ['sig', 'sig-inline'],
};

for (const [type, classes] of Object.entries(SIGNATURE_SPANS)) {
  register(type, (node, ctx) => {
    const { props, anchors } = baseProps(node, classes);
    const content = renderInline(node, ctx);
    // A return annotation reads "→ type".
    if (type === 'desc_returns') content.unshift(htext(' \u2192 '));
    return hel('span', props, [...anchors, ...content]);
  });
}

register('desc_parameterlist', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['sig-paren-list']);
  const out: ElementContent[] = [...anchors, hel('span', { className: ['sig-paren'] }, [htext('(')])];
  parameters(node, ctx).forEach((parameter, index) => {
    if (index > 0) out.push(htext(', '));
    out.push(...parameter);
  });
  out.push(hel('span', { className: ['sig-paren'] }, [htext(')')]));
  return hel('span', props, out);
});

function parameters(list: Element, ctx: RenderContext): ElementContent[][] {
  ctx.ancestors.push(list);
  try {
    return list.children.filter((child) => child.type !== 'text').map((child) => renderNode(child, ctx));
  } finally {
    ctx.ancestors.pop();
  }
}

register('desc_parameter', (node, ctx) => hel('em', baseProps(node, ['sig-param']).props, renderInline(node, ctx)));

register('desc_optional', (node, ctx) => {
  const { props } = baseProps(node, ['optional']);
  return hel('span', props, [htext('['), ...renderInline(node, ctx), htext(']')]);
});

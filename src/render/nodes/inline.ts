// Text-level markup: paragraph and the inline nodes inside it.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderInline } from '../dispatch.js';
import { baseProps, hel, stringAttr, stringList, type ElementContent } from '../hast.js';

register('paragraph', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  return hel('p', props, [...anchors, ...renderInline(node, ctx)]);
});

/** A phrasing element that keeps the node's ids and classes. */
function phrasing(tagName: string, extraClasses: string[] = []) {
  return (node: Element, ctx: RenderContext): ElementContent => {
    const { props, anchors } = baseProps(node, extraClasses);
    return hel(tagName, props, [...anchors, ...renderInline(node, ctx)]);
  };
}

register('emphasis', phrasing('em'));
register('strong', phrasing('strong'));
register('subscript', phrasing('sub'));
register('superscript', phrasing('sup'));
register('title_reference', phrasing('cite'));
register('inline', phrasing('span'));
register('generated', phrasing('span', ['generated']));
register('acronym', phrasing('abbr', ['acronym']));
// Leftover substitution references were not defined; docutils already reported them.
register('substitution_reference', phrasing('span', ['substitution-reference']));

// Sphinx's literal_strong / literal_emphasis (option names, field types): code set in bold or italics.
register('literal_strong', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['literal-strong']);
  return hel('strong', props, [...anchors, hel('code', { className: ['literal'] }, renderInline(node, ctx))]);
});
register('literal_emphasis', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['literal-emphasis']);
  return hel('em', props, [...anchors, hel('code', { className: ['literal'] }, renderInline(node, ctx))]);
});

register('abbreviation', (node, ctx) => {
  const { props, anchors } = baseProps(node);
  const explanation = stringAttr(node, 'explanation');
  if (explanation) props.title = explanation;
  return hel('abbr', props, [...anchors, ...renderInline(node, ctx)]);
});

register('literal', (node, ctx) => {
  // :kbd: is keyboard input, which HTML has its own element for.
  const isKeyboard = stringList(node, 'classes').includes('kbd');
  const { props, anchors } = baseProps(node, isKeyboard ? [] : ['literal']);
  return hel(isKeyboard ? 'kbd' : 'code', props, [...anchors, ...renderInline(node, ctx)]);
});

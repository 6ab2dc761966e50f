// Footnotes and citations, with links back to every place that cites them.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register, renderInline, renderNode } from '../dispatch.js';
import { baseProps, hel, htext, stringList, type ElementContent } from '../hast.js';

function note(kind: 'footnote' | 'citation') {
  return (node: Element, ctx: RenderContext): ElementContent => {
    const { props, anchors } = baseProps(node, [kind, 'brackets']);
    // doc-biblioentry needs a list parent (and is deprecated); a citation stays a plain block.
    if (kind === 'footnote') props.role = 'doc-footnote';
    const backrefs = stringList(node, 'backrefs');
    const labelNode = node.children.find((child): child is Element => child.type === 'label');
    const out: ElementContent[] = [...anchors];
    ctx.ancestors.push(node);
    try {
      const labelText = labelNode ? renderInline(labelNode, ctx) : [];
      const bracketed = [hel('span', { className: ['fn-bracket'] }, [htext('[')]), ...labelText, hel('span', { className: ['fn-bracket'] }, [htext(']')])];
      const backLabel = ctx.label('footnoteBacklink');
      if (backrefs.length === 1) {
        // One citing place: the label itself leads back to it.
        out.push(hel('span', { className: ['label'] }, [hel('a', { className: ['fn-backref'], href: '#' + backrefs[0], title: backLabel }, bracketed)]));
      } else {
        out.push(hel('span', { className: ['label'] }, bracketed));
        if (backrefs.length > 1) {
          const links: ElementContent[] = [htext('(')];
          backrefs.forEach((ref, index) => {
            if (index > 0) links.push(htext(', '));
            links.push(hel('a', { className: ['fn-backref'], href: '#' + ref, title: `${backLabel} ${index + 1}` }, [htext(String(index + 1))]));
          });
          links.push(htext(')'));
          out.push(hel('span', { className: ['backrefs'] }, links));
        }
      }
      const body: ElementContent[] = [];
      for (const child of node.children) if (child !== labelNode) body.push(...renderNode(child, ctx));
      out.push(hel('div', { className: [`${kind}-body`] }, body));
    } finally {
      ctx.ancestors.pop();
    }
    return hel(kind === 'footnote' ? 'aside' : 'div', props, out);
  };
}

register('footnote', note('footnote'));
register('citation', note('citation'));

// A label outside a footnote or citation (not produced by docutils, but harmless).
register('label', (node, ctx) => hel('span', baseProps(node, ['label']).props, renderInline(node, ctx)));

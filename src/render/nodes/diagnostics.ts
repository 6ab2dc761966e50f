// Parser messages left in the tree (system_message) and the text they point
// at (problematic). docutils shows these in the page; so do we, so that a
// broken construct is visible where it is rather than silently missing.
import type { RenderContext } from '../context.js';
import { register, renderBlock, renderInline } from '../dispatch.js';
import { baseProps, hel, htext, numberAttr, stringAttr, stringList, type ElementContent, type Properties } from '../hast.js';

const LEVEL_NAMES = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'SEVERE'];

register('system_message', (node, ctx: RenderContext) => {
  const level = numberAttr(node, 'level') ?? 2;
  // Like docutils' writers at the default report level: INFO and DEBUG stay out of the page.
  if (level < 2) return null;
  const type = stringAttr(node, 'type') ?? LEVEL_NAMES[level] ?? 'WARNING';
  const { props, anchors } = baseProps(node, ['system-message', `level-${type.toLowerCase()}`]);
  props.role = 'note';
  const line = numberAttr(node, 'line') ?? node.position?.start.line;
  const source = stringAttr(node, 'source');
  const title: ElementContent[] = [htext(`${ctx.label('systemMessage')}: ${type}/${level}`)];
  const where: string[] = [];
  // The file name reads better than an absolute build path; the full path stays in the tooltip.
  if (source) where.push(source.slice(source.lastIndexOf('/') + 1));
  if (line !== undefined) where.push(`line ${line}`);
  if (where.length > 0) title.push(htext(` (${where.join(', ')})`));
  const backrefs = stringList(node, 'backrefs');
  backrefs.forEach((ref, index) => {
    title.push(htext(' '), hel('a', { href: '#' + ref, className: ['system-message-backref'] }, [htext(backrefs.length > 1 ? `backlink ${index + 1}` : 'backlink')]));
  });
  const titleId = stringList(node, 'ids')[0] ? `${stringList(node, 'ids')[0]}-title` : ctx.uniqueId('system-message-title');
  props.ariaLabelledBy = [titleId];
  const titleProps: Properties = { className: ['system-message-title'], id: titleId };
  if (source) titleProps.title = source;
  return hel('div', props, [...anchors, hel('p', titleProps, title), ...renderBlock(node, ctx)]);
});

register('problematic', (node, ctx) => {
  const { props, anchors } = baseProps(node, ['problematic']);
  const refid = stringAttr(node, 'refid');
  if (!refid) return hel('span', props, [...anchors, ...renderInline(node, ctx)]);
  props.href = '#' + refid;
  return hel('a', props, [...anchors, ...renderInline(node, ctx)]);
});

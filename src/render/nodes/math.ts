// Math rendered on the server with KaTeX: readers get typeset formulas without
// a client script. A formula KaTeX cannot parse is shown as its source, with a warning.
import katex from 'katex';
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register } from '../dispatch.js';
import { baseProps, boolAttr, hel, hraw, htext, stringAttr, type ElementContent } from '../hast.js';

/** KaTeX output by formula: typesetting costs far more than a lookup, and formulas repeat across builds of a page. */
const typesetCache = new Map<string, string>();
const TYPESET_CACHE_LIMIT = 5000;

function typeset(latex: string, displayMode: boolean): string {
  const key = (displayMode ? 'D' : 'I') + latex;
  const cached = typesetCache.get(key);
  if (cached !== undefined) return cached;
  // throwOnError: we want to know, so the reader sees the source instead of red KaTeX text.
  const html = katex.renderToString(latex, { displayMode, throwOnError: true, output: 'htmlAndMathml', strict: 'ignore', trust: false });
  if (typesetCache.size >= TYPESET_CACHE_LIMIT) typesetCache.delete(typesetCache.keys().next().value as string);
  typesetCache.set(key, html);
  return html;
}

function failure(node: Element, ctx: RenderContext, latex: string, error: unknown, display: boolean): ElementContent {
  const reason = error instanceof Error ? error.message : String(error);
  ctx.warn(node, `could not render math "${latex.slice(0, 60)}": ${reason}`);
  const code = hel('code', { className: ['math-source'] }, [htext(latex)]);
  return display ? hel('pre', { className: ['math-error'], title: reason }, [code]) : hel('span', { className: ['math-error'], title: reason }, [code]);
}

register('math', (node, ctx) => {
  const latex = textContent(node);
  const { props, anchors } = baseProps(node, ['math']);
  try {
    return hel('span', props, [...anchors, hraw(typeset(latex, false))]);
  } catch (error) {
    return failure(node, ctx, latex, error, false);
  }
});

/**
 * Sphinx treats blank-line-separated parts of a math block as separate
 * equations, and a part with `\\` as a multi-line (aligned) equation.
 */
export function displayParts(latex: string, nowrap: boolean): string[] {
  if (nowrap) return [latex];
  return latex
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (/\\\\/.test(part) && !/\\begin\{/.test(part) ? `\\begin{aligned}${part}\\end{aligned}` : part));
}

register('math_block', (node, ctx) => {
  const latex = textContent(node);
  const { props, anchors } = baseProps(node, ['math-block']);
  const children: ElementContent[] = [...anchors];
  const number = stringAttr(node, 'number');
  const label = stringAttr(node, 'label');
  if (number) {
    const anchor = label ? [hel('a', { className: ['headerlink'], href: '#' + (props.id ?? ''), ariaLabel: ctx.label('permalink') }, [htext('#')])] : [];
    children.push(hel('span', { className: ['eqno'] }, [htext(`(${number})`), ...anchor]));
  }
  const parts = displayParts(latex, boolAttr(node, 'nowrap'));
  for (const part of parts) {
    try {
      children.push(hraw(typeset(part, true)));
    } catch (error) {
      children.push(failure(node, ctx, part, error, true));
    }
  }
  return hel('div', props, children);
});

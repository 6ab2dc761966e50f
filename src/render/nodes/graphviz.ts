// Graphviz diagrams drawn at build time with @viz-js/viz (Graphviz compiled to
// WebAssembly): the page gets inline SVG, no client script and no `dot` binary.
import type { Element } from '../../doctree/types.js';
import type { RenderContext } from '../context.js';
import { register } from '../dispatch.js';
import { baseProps, hel, hraw, htext, stringAttr, type ElementContent } from '../hast.js';
import { isUnsafeUri } from '../urls.js';

export interface GraphvizRenderer {
  /** SVG markup, or an error message. */
  render(dot: string, engine: string): { svg: string } | { error: string };
}

let vizPromise: Promise<GraphvizRenderer | null> | null = null;

/** Drawings by engine and source; a layout costs milliseconds, a lookup nothing. */
const drawingCache = new Map<string, { svg: string } | { error: string }>();
const DRAWING_CACHE_LIMIT = 500;

/** One Viz instance per process: loading the WebAssembly module is the expensive part. */
export function loadGraphviz(): Promise<GraphvizRenderer | null> {
  vizPromise ??= import('@viz-js/viz')
    .then(async ({ instance }): Promise<GraphvizRenderer> => {
      const viz = await instance();
      const draw = (dot: string, engine: string): { svg: string } | { error: string } => {
        try {
          const result = viz.render(dot, { format: 'svg', engine: viz.engines.includes(engine) ? engine : 'dot' });
          if (result.status === 'success' && result.output) return { svg: result.output };
          const messages = result.errors.map((error) => error.message.trim()).filter(Boolean);
          return { error: messages.join('; ') || 'Graphviz could not render the graph' };
        } catch (error) {
          return { error: (error as Error).message };
        }
      };
      return {
        render(dot, engine) {
          const key = engine + '\0' + dot;
          const cached = drawingCache.get(key);
          if (cached) return cached;
          const drawn = draw(dot, engine);
          if (drawingCache.size >= DRAWING_CACHE_LIMIT) drawingCache.delete(drawingCache.keys().next().value as string);
          drawingCache.set(key, drawn);
          return drawn;
        },
      };
    })
    // Without the WebAssembly module graphviz nodes show their source, with a warning each.
    .catch(() => null);
  return vizPromise;
}

/**
 * Graphviz copies `URL`/`href` attributes of the DOT source into the SVG; a
 * `javascript:` one would run on click. Drop those, and the XML prolog that
 * does not belong inside HTML.
 */
export function cleanSvg(svg: string): string {
  return svg
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s(?:xlink:)?href="([^"]*)"/gi, (attribute, value: string) => (isUnsafeUri(decodeEntities(value)) ? '' : attribute))
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/\son[a-z]+="[^"]*"/gi, '')
    .trim();
}

/** Graphviz keeps character references it is given (`javascript&#58;`), and the browser decodes them. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(colon|tab|newline|amp);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n', amp: '&' })[name.toLowerCase()] ?? '');
}

register('graphviz', (node, ctx) => {
  const code = typeof node.data?.code === 'string' ? (node.data.code as string) : '';
  const align = stringAttr(node, 'align');
  const { props, anchors } = baseProps(node, ['graphviz', ...(align ? ['align-' + align] : [])]);
  const alt = stringAttr(node, 'alt');
  const caption = stringAttr(node, 'caption');
  const body = drawing(node, ctx, code, alt);
  // Only a captioned diagram is a figure; Sphinx may also wrap it in its own figure node.
  if (!caption) return hel('div', props, [...anchors, body]);
  return hel('figure', props, [...anchors, body, hel('figcaption', {}, [htext(caption)])]);
});

function drawing(node: Element, ctx: RenderContext, code: string, alt: string | undefined): ElementContent {
  const showSource = (reason: string): ElementContent => {
    ctx.warn(node, `graphviz: ${reason}`);
    return hel('pre', { className: ['graphviz-source'] }, [hel('code', {}, [htext(code)])]);
  };
  if (!code.trim()) return showSource('no DOT source');
  const viz = ctx.services.graphviz;
  if (!viz) return showSource('Graphviz is not available in this build; showing the DOT source');
  const result = viz.render(code, stringAttr(node, 'layout') ?? 'dot');
  if ('error' in result) return showSource(`dot code failed: ${result.error}`);
  return hel('div', { className: ['graphviz-svg'], role: 'img', ariaLabel: alt ?? 'diagram' }, [hraw(cleanSvg(result.svg))]);
}

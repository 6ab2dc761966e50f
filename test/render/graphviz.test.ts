import { describe, expect, it } from 'vitest';
import { cleanSvg } from '../../src/render/nodes/graphviz.js';
import { el, renderBody, withData } from './helpers.js';

describe('graphviz (WebAssembly Graphviz at build time)', () => {
  it('renders DOT to inline SVG', async () => {
    const node = withData(el('graphviz', { alt: 'pod lifecycle' }), { code: 'digraph { Pending -> Running }' });
    const result = await renderBody([node], { graphviz: true });
    expect(result.html).toMatch(/^<div class="graphviz"><div class="graphviz-svg" role="img" aria-label="pod lifecycle"><svg /);
    expect(result.html).toContain('>Pending</text>');
    expect(result.html).not.toContain('<?xml');
    expect(result.warnings).toEqual([]);
  });

  it('puts a caption in a figcaption', async () => {
    const node = withData(el('graphviz', { caption: 'Flow' }), { code: 'graph { a -- b }' });
    const result = await renderBody([node], { graphviz: true });
    expect(result.html).toMatch(/^<figure class="graphviz">.*<figcaption>Flow<\/figcaption><\/figure>$/s);
  });

  it('warns and shows the source when the DOT is wrong', async () => {
    const node = withData(el('graphviz', {}, [], { start: { line: 12, column: 1 }, end: { line: 14, column: 1 } }), { code: 'digraph { a -> }' });
    const result = await renderBody([node], { graphviz: true });
    expect(result.html).toBe('<div class="graphviz"><pre class="graphviz-source"><code>digraph { a -> }</code></pre></div>');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].line).toBe(12);
    expect(result.warnings[0].message).toMatch(/^graphviz: dot code failed: .*syntax error/);
  });

  it('strips javascript: links that DOT URL attributes would put in the SVG', () => {
    const svg = '<?xml version="1.0"?><svg><a xlink:href="javascript:alert(1)" onclick="x()"><text>a</text></a><a xlink:href="https://ok.example"><text>b</text></a></svg>';
    expect(cleanSvg(svg)).toBe('<svg><a><text>a</text></a><a xlink:href="https://ok.example"><text>b</text></a></svg>');
  });

  it('also strips javascript: links hidden behind character references', () => {
    expect(cleanSvg('<svg><a xlink:href="javascript&#58;alert(1)"></a><a href="java&#x09;script&colon;x"></a></svg>')).toBe('<svg><a></a><a></a></svg>');
  });

  it('never links a DOT URL attribute with a javascript: scheme in the rendered page', async () => {
    const node = withData(el('graphviz', {}), { code: 'digraph { a [URL="javascript:alert(1)"]; b [URL="javascript&#58;alert(2)"]; c [URL="https://ok.example/"] }' });
    const result = await renderBody([node], { graphviz: true });
    expect(result.html).not.toMatch(/href="[^"]*javascript/i);
    expect(result.html).toContain('href="https://ok.example/"');
  });
});

// From reStructuredText source to the HTML a reader gets: the parser (src/rst)
// and the renderer together.
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../src/rst/index.js';
import { createRenderer } from '../../src/render/index.js';

async function rstToHtml(source: string) {
  const renderer = await createRenderer({ graphviz: false });
  return renderer.render(parseRst(source, { settings: { sourcePath: 'page.rst' } }), { docname: 'guide/page' });
}

describe('rST source to HTML', () => {
  it('renders a titled page with nested sections, headings list and escaped inline markup', async () => {
    const result = await rstToHtml('OOM 排查\n========\n\nA *b* **c** ``<d>``.\n\nCause\n-----\n\nText.\n');
    expect(result.title).toBe('OOM 排查');
    expect(result.headings.map((heading) => [heading.depth, heading.text])).toEqual([
      [1, 'OOM 排查'],
      [2, 'Cause'],
    ]);
    expect(result.html).toContain('<p>A <em>b</em> <strong>c</strong> <code class="literal">&#x3C;d></code>.</p>');
    expect(result.html).toMatch(/<section id="cause"><h2>Cause<a class="headerlink" href="#cause"/);
  });

  it('turns a javascript: hyperlink into text with a warning', async () => {
    const result = await rstToHtml('Click `here <javascript:alert(1)>`_ now.\n');
    expect(result.html).toContain('<span class="reference unsafe-link">here</span>');
    expect(result.html).not.toContain('javascript:');
    expect(result.warnings).toEqual([{ line: 1, message: 'link with an unsafe URI scheme rendered as text: javascript:alert(1)' }]);
  });

  it('renders an external link', async () => {
    const result = await rstToHtml('See `Kubernetes <https://kubernetes.io/docs/>`_.\n');
    expect(result.html).toContain('<a class="reference external" href="https://kubernetes.io/docs/">Kubernetes</a>');
  });

  it('renders a literal block (::) as a plain code frame with a copy button', async () => {
    const result = await rstToHtml('Check slab::\n\n   # ls /sys/kernel/slab | wc -l\n   182210\n');
    expect(result.html).toContain('<pre class="highlight" tabindex="0"><code><span class="line"># ls /sys/kernel/slab | wc -l</span>\n<span class="line">182210</span></code></pre>');
    expect(result.html).toContain('class="copy-button"');
  });

  it("renders docutils' code directive with :number-lines: numbers in the gutter, not in the code", async () => {
    const result = await rstToHtml('.. code:: python\n   :number-lines: 10\n\n   import os\n   print(os.sep)\n');
    expect(result.html).toContain('<pre class="code-gutter" aria-hidden="true"><span class="lineno">10</span>\n<span class="lineno">11</span></pre>');
    expect(result.html).toContain('<span class="hljs-keyword">import</span> os');
    expect(result.html).not.toMatch(/<code[^>]*>[^]*10 import/);
  });

  it('renders a grid table with a column span and a header row', async () => {
    const result = await rstToHtml('+-----+-----+\n| a   | b   |\n+=====+=====+\n| c         |\n+-----+-----+\n');
    expect(result.html).toContain('<thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead><tbody><tr><td colspan="2">c</td></tr></tbody>');
  });

  it('renders an admonition with escaped content and a line block', async () => {
    const result = await rstToHtml('.. warning:: Careful <b>.\n\n| one\n|   two\n');
    expect(result.html).toMatch(/<div class="admonition warning" role="note" aria-labelledby="admonition-title-\d+"><p class="admonition-title" id="admonition-title-\d+">Warning<\/p><p>Careful &#x3C;b>.<\/p><\/div>/);
    expect(result.html).toContain('<div class="line-block"><div class="line">one</div><div class="line-block"><div class="line">two</div></div></div>');
  });

  it('shows parser errors in the page at their line', async () => {
    const result = await rstToHtml('Text :unknownrole:`x` here.\n');
    expect(result.html).toMatch(/<a id="problematic-1" class="problematic" href="#system-message-1">:unknownrole:`x`<\/a>/);
    expect(result.html).toContain('System Message: ERROR/3 (page.rst, line 1)');
  });
});

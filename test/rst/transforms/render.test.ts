// What a reader sees: a parsed, transformed page through the renderer shows footnote numbers
// linked both ways, substituted text, internal links, a contents list and section numbers.
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../../src/rst/index.js';
import { applyTransforms } from '../../../src/rst/transforms/index.js';
import { createRenderer } from '../../../src/render/index.js';

const PAGE = `Guide
=====

.. contents::

.. sectnum::

Intro
-----

The |product| fails [#]_, see \`Fix it\`_ and [CIT]_.

.. |product| replace:: **kubelet**
.. [#] Since 1.24.
.. [CIT] The citation.

Fix it
------

Restart it.
`;

describe('transformed pages render', () => {
  it('shows footnotes, substitutions, internal links, contents and section numbers', async () => {
    const tree = parseRst(PAGE, { settings: { autoIdPrefix: 'id' } });
    applyTransforms(tree, { autoIdPrefix: 'id', smartquotes: 'en' });
    const renderer = await createRenderer({ graphviz: false });
    const { html } = await renderer.render(tree, { docname: 'guide' });
    expect(html).toContain('<strong>kubelet</strong>');
    expect(html).toMatch(/<a id="id\d+" class="footnote-reference brackets" href="#id\d+" role="doc-noteref"><span class="fn-bracket">\[<\/span>1<span class="fn-bracket">\]<\/span><\/a>/);
    expect(html).toMatch(/href="#fix-it"[^>]*>Fix it<\/a>/);
    expect(html).toMatch(/href="#cit"/);
    expect(html).toContain('1.2\u00a0\u00a0\u00a0');
    expect(html).toMatch(/class="[^"]*contents[^"]*"/);
    expect(html).not.toContain('|product|');
  });
});

import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('references', () => {
  it('links external URIs with class external', async () => {
    const result = await renderBody([p(el('reference', { refuri: 'https://example.com/?a=1&b=2', name: 'Ex' }, [text('Ex')]))]);
    expect(result.html).toBe('<p><a class="reference external" href="https://example.com/?a=1&#x26;b=2">Ex</a></p>');
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'vbscript:msgbox', 'data:text/html,<script>alert(1)</script>'])(
    'renders %j as text with a warning, never as a link',
    async (uri) => {
      const result = await renderBody([el('paragraph', {}, [el('reference', { refuri: uri }, [text('click')])], { start: { line: 4, column: 1 }, end: { line: 4, column: 9 } })]);
      expect(result.html).toBe('<p><span class="reference unsafe-link">click</span></p>');
      expect(result.html).not.toContain('href');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0].message).toContain('unsafe URI scheme');
    },
  );

  it('links resolved Sphinx references to /docname/#anchor relative to the current page', async () => {
    const ref = el('reference', { internal: true, refdocname: 'k8s/oom', refanchor: 'oom-killer', classes: ['reference', 'internal'] }, [
      el('inline', { classes: ['std', 'std-ref'] }, [text('OOM')]),
    ]);
    const result = await renderBody([p(ref)], {}, 'guide/page');
    expect(result.html).toBe('<p><a class="reference internal" href="../../k8s/oom/#oom-killer"><span class="std std-ref">OOM</span></a></p>');
  });

  it('links to an anchor on the same page with a bare fragment, and to an index page as its folder', async () => {
    const same = await renderBody([p(el('reference', { internal: true, refdocname: 'guide/page', refanchor: 'x' }, [text('x')]))], {}, 'guide/page');
    expect(same.html).toContain('href="#x"');
    const index = await renderBody([p(el('reference', { internal: true, refdocname: 'index', refanchor: '' }, [text('home')]))], {}, 'guide/page');
    expect(index.html).toContain('href="../../"');
  });

  it('uses the docUrl option when given', async () => {
    const result = await renderBody([p(el('reference', { internal: true, refdocname: 'a/b', refanchor: 'c' }, [text('x')]))], {
      docUrl: (doc, anchor, from) => `/base/${doc}.html#${anchor}?from=${from}`,
    });
    expect(result.html).toContain('href="/base/a/b.html#c?from=guide/page"');
  });

  it('links refid references within the page', async () => {
    const result = await renderBody([p(el('reference', { refid: 'sec' }, [text('s')]))]);
    expect(result.html).toBe('<p><a class="reference internal" href="#sec">s</a></p>');
  });

  it('renders unresolved pending_xref as visible plain text marked unresolved, not a link', async () => {
    const xref = el('pending_xref', { refdomain: 'std', reftype: 'ref', reftarget: 'missing_label', refexplicit: false, unresolved: true }, [
      el('inline', { classes: ['xref', 'std', 'std-ref'] }, [text('missing_label')]),
    ]);
    const result = await renderBody([p(xref)]);
    expect(result.html).toBe(
      '<p><span class="xref unresolved" title="Unresolved reference: missing_label"><span class="xref std std-ref">missing_label</span></span></p>',
    );
    expect(result.html).not.toContain('<a');
  });

  it('renders inline targets as anchors and drops targets that only point elsewhere', async () => {
    const result = await renderBody([
      p(text('see '), el('target', { ids: ['here'], names: ['here'] }, [text('here')])),
      el('target', { refid: 'next-section' }),
      el('target', { ids: ['ext'], names: ['ext'], refuri: 'https://x.org' }),
      el('target', { ids: ['index-0'] }),
    ]);
    expect(result.html).toBe('<p>see <span id="here" class="target">here</span></p><span id="index-0" class="target"></span>');
  });

  it('renders download references as links with the download attribute', async () => {
    const result = await renderBody([
      p(el('download_reference', { reftarget: 'files/a.tar.gz', filename: '_downloads/abc/a.tar.gz' }, [el('literal', { classes: ['download'] }, [text('a.tar.gz')])])),
      p(el('download_reference', { reftarget: 'missing.txt' }, [text('missing')])),
    ], {}, 'k8s/oom');
    expect(result.html).toContain('<a class="reference download" href="../../_downloads/abc/a.tar.gz" download><code class="literal download">a.tar.gz</code></a>');
    expect(result.html).toContain('<span class="reference download unresolved" title="Unresolved reference: missing.txt">missing</span>');
  });
});

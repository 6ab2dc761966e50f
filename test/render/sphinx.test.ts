import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text, withData } from './helpers.js';

const toctree = (attributes: Record<string, unknown>, entries: Array<{ title: string | null; ref: string }>) =>
  el('compound', { classes: ['toctree-wrapper'] }, [withData(el('toctree', attributes as Record<string, string>), { entries, includefiles: entries.map((entry) => entry.ref) })]);

describe('toctree', () => {
  it('draws the entries with titles from the nav data and relative links', async () => {
    const result = await renderBody([toctree({ caption: 'Kubernetes', maxdepth: 2 }, [{ title: null, ref: 'k8s/oom' }, { title: 'Explicit', ref: 'k8s/net' }, { title: 'Site', ref: 'https://k8s.io' }])], {
      toctreeTitles: (docname) => (docname === 'k8s/oom' ? 'OOM 排查' : undefined),
    }, 'index');
    expect(result.html).toMatch(
      /^<div class="compound toctree-wrapper"><nav class="toctree" aria-labelledby="(toctree-caption-\d+)"><p class="caption" id="\1"><span class="caption-text">Kubernetes<\/span><\/p><ul><li class="toctree-l1"><a class="reference internal" href=".\/k8s\/oom\/">OOM 排查<\/a><\/li><li class="toctree-l1"><a class="reference internal" href=".\/k8s\/net\/">Explicit<\/a><\/li><li class="toctree-l1"><a class="reference external" href="https:\/\/k8s.io">Site<\/a><\/li><\/ul><\/nav><\/div>$/,
    );
  });

  it('draws nested entries from toctreeEntries down to maxdepth', async () => {
    const entries = [{ title: 'A', docname: 'a', children: [{ title: 'A1', docname: 'a', anchor: 'one', children: [{ title: 'deep', docname: 'a', anchor: 'deep' }] }] }];
    const result = await renderBody([toctree({ maxdepth: 2 }, [])], { toctreeEntries: () => entries }, 'index');
    expect(result.html).toContain('<li class="toctree-l1"><a class="reference internal" href="./a/">A</a><ul><li class="toctree-l2"><a class="reference internal" href="./a/#one">A1</a></li></ul></li>');
    expect(result.html).not.toContain('deep');
  });

  it('draws nothing for a hidden toctree', async () => {
    const result = await renderBody([toctree({ hidden: true }, [{ title: 'x', ref: 'x' }])]);
    expect(result.html).toBe('<div class="compound toctree-wrapper"></div>');
  });

  it('shows a javascript: entry as text with a warning', async () => {
    const result = await renderBody([toctree({}, [{ title: 'bad', ref: 'javascript:alert(1)' }])]);
    expect(result.html).toContain('<span class="reference unsafe-link">bad</span>');
    expect(result.warnings).toHaveLength(1);
  });
});

describe('other Sphinx nodes', () => {
  it('renders index nodes as nothing (their target keeps the anchor)', async () => {
    const result = await renderBody([withData(el('index', {}), { entries: [['single', 'oom', 'index-0', '', null]] }), el('target', { ids: ['index-0'] }), p(text('x'))]);
    expect(result.html).toBe('<span id="index-0" class="target"></span><p>x</p>');
  });

  it('renders glossaries as a definition list with term anchors', async () => {
    const result = await renderBody([
      el('glossary', {}, [
        el('definition_list', { classes: ['glossary'] }, [
          el('definition_list_item', {}, [el('term', { ids: ['term-OOM'] }, [text('OOM')]), el('definition', {}, [p(text('Out of memory.'))])]),
        ]),
      ]),
    ]);
    expect(result.html).toBe('<div class="glossary"><dl class="glossary"><dt id="term-OOM">OOM</dt><dd><p>Out of memory.</p></dd></dl></div>');
  });

  it('renders compact_paragraph and acks', async () => {
    const result = await renderBody([el('acks', {}, [el('compact_paragraph', {}, [text('thanks')])])]);
    expect(result.html).toBe('<div class="acks"><p>thanks</p></div>');
  });
});

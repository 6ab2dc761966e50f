import { describe, expect, it } from 'vitest';
import { el, p, renderBody, renderDoc, text } from './helpers.js';

describe('document structure', () => {
  it('renders sections as <section> with ids, h1..h6 by depth and a permalink', async () => {
    const result = await renderBody([
      el('section', { ids: ['intro', 'my-label'], names: ['intro'] }, [
        el('title', {}, [text('Intro')]),
        p(text('Body')),
        el('section', { ids: ['details'] }, [el('title', {}, [text('Details')]), el('section', { ids: ['deeper'] }, [el('title', {}, [text('Deeper')])])]),
      ]),
    ]);
    expect(result.html).toContain('<section id="intro"><span id="my-label"></span><h1>Intro<a class="headerlink" href="#intro"');
    expect(result.html).toContain('<section id="details"><h2>Details');
    expect(result.html).toContain('<section id="deeper"><h3>Deeper');
    expect(result.title).toBe('Intro');
    expect(result.headings).toEqual([
      { depth: 1, slug: 'intro', text: 'Intro' },
      { depth: 2, slug: 'details', text: 'Details' },
      { depth: 3, slug: 'deeper', text: 'Deeper' },
    ]);
  });

  it('can leave the page title to the layout while still reporting it', async () => {
    const result = await renderBody([el('section', { ids: ['t'] }, [el('title', {}, [text('Page')]), p(text('x')), el('section', { ids: ['s'] }, [el('title', {}, [text('S')])])])], { omitPageTitle: true });
    expect(result.html).toMatch(/^<section id="t"><p>x<\/p><section id="s"><h2>S/);
    expect(result.title).toBe('Page');
    expect(result.headings[0]).toEqual({ depth: 1, slug: 't', text: 'Page' });
  });

  it('uses the document title (docutils doctitle) as h1 and pushes sections down a level', async () => {
    const result = await renderDoc(
      el('document', { title: 'Doc' }, [
        el('title', {}, [text('Doc')]),
        el('subtitle', {}, [text('Sub')]),
        el('section', { ids: ['s'] }, [el('title', {}, [text('S')])]),
      ]),
    );
    expect(result.html).toContain('<h1>Doc</h1><p class="subtitle">Sub</p><section id="s"><h2>S');
    expect(result.title).toBe('Doc');
  });

  it('clamps headings deeper than six levels to h6 with aria-level', async () => {
    let inner = el('section', { ids: ['s7'] }, [el('title', {}, [text('Seven')])]);
    for (let depth = 6; depth >= 1; depth--) inner = el('section', { ids: [`s${depth}`] }, [el('title', {}, [text(`T${depth}`)]), inner]);
    const result = await renderBody([inner]);
    expect(result.html).toContain('<h6 aria-level="7">Seven');
  });

  it('escapes title text and keeps inline markup in headings', async () => {
    const result = await renderBody([el('section', { ids: ['x'] }, [el('title', {}, [text('<script>'), el('literal', {}, [text('a&b')])])])]);
    expect(result.html).toContain('<h1>&#x3C;script><code class="literal">a&#x26;b</code>');
    expect(result.headings[0].text).toBe('<script>a&b');
  });

  it('renders transition, rubric, topic, sidebar and contents topic', async () => {
    const result = await renderBody([
      el('transition'),
      el('rubric', {}, [text('Footnotes')]),
      el('topic', {}, [el('title', {}, [text('Topic T')]), p(text('topic body'))]),
      el('sidebar', {}, [el('title', {}, [text('Side')]), el('subtitle', {}, [text('sub')]), p(text('side body'))]),
      el('topic', { classes: ['contents'], ids: ['contents'] }, [el('title', {}, [text('Contents')]), el('bullet_list', {}, [])]),
    ]);
    expect(result.html).toContain('<hr class="transition">');
    expect(result.html).toContain('<p class="rubric">Footnotes</p>');
    expect(result.html).toMatch(/<aside class="topic" aria-labelledby="(title-\d+)"><p class="topic-title" id="\1">Topic T<\/p><p>topic body<\/p><\/aside>/);
    expect(result.html).toMatch(/<aside class="sidebar" aria-labelledby="title-\d+"><p class="sidebar-title" id="title-\d+">Side<\/p><p class="sidebar-subtitle">sub<\/p>/);
    expect(result.html).toMatch(/<nav id="contents" class="topic contents" aria-labelledby="title-\d+">/);
  });

  it('renders docinfo and bibliographic fields as a definition list at the top', async () => {
    const result = await renderBody([
      el('docinfo', {}, [
        el('author', {}, [text('Ann')]),
        el('authors', {}, [el('author', {}, [text('Bo')]), el('author', {}, [text('Cy')])]),
        el('version', {}, [text('1.0')]),
        el('field', { classes: ['audience'] }, [el('field_name', {}, [text('Audience')]), el('field_body', {}, [p(text('ops'))])]),
      ]),
    ]);
    expect(result.html).toContain('<dl class="docinfo field-list"><dt class="author">Author</dt><dd class="author">Ann</dd>');
    expect(result.html).toContain('<dt class="authors">Authors</dt><dd class="authors">Bo; Cy</dd>');
    expect(result.html).toContain('<dt class="audience">Audience</dt><dd class="audience"><p>ops</p></dd>');
  });

  it('renders decoration header and footer', async () => {
    const result = await renderBody([el('decoration', {}, [el('header', {}, [p(text('top'))]), el('footer', {}, [p(text('bottom'))])])]);
    expect(result.html).toBe('<div class="decoration"><div class="document-header"><p>top</p></div><div class="document-footer"><p>bottom</p></div></div>');
  });

  it('puts source lines on blocks when asked', async () => {
    const result = await renderBody([el('paragraph', {}, [text('x')], { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } })], { sourceLines: true });
    expect(result.html).toBe('<p data-line="7">x</p>');
  });
});

describe('unknown nodes', () => {
  it('render their children in a div (block) or span (inline) named after the type, without warnings', async () => {
    const result = await renderBody([el('mystery_block', { classes: ['x'] }, [p(text('a '), el('mystery_inline', {}, [text('b')]))])]);
    expect(result.html).toBe('<div class="mystery_block x"><p>a <span class="mystery_inline">b</span></p></div>');
    expect(result.warnings).toEqual([]);
  });

  it('never throw, even on malformed attributes', async () => {
    const result = await renderBody([el('table', { ids: 5 as unknown as string[] }, [el('tgroup', {}, [el('tbody', {}, [el('row', {}, [text('stray')])])])])]);
    expect(typeof result.html).toBe('string');
  });
});

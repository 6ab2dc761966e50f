import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('body blocks', () => {
  it('renders block quotes with attribution, and epigraph/highlights/pull-quote classes', async () => {
    const result = await renderBody([
      el('block_quote', {}, [p(text('q'))]),
      el('block_quote', { classes: ['epigraph'] }, [p(text('wise')), el('attribution', {}, [text('Someone')])]),
      el('block_quote', { classes: ['pull-quote'] }, [p(text('pull'))]),
      el('block_quote', { classes: ['highlights'] }, [p(text('hi'))]),
    ]);
    expect(result.html).toBe(
      '<blockquote><p>q</p></blockquote><blockquote class="epigraph"><p>wise</p><p class="attribution">—\u00a0Someone</p></blockquote>' +
        '<blockquote class="pull-quote"><p>pull</p></blockquote><blockquote class="highlights"><p>hi</p></blockquote>',
    );
  });

  it('renders line blocks with nesting and blank lines', async () => {
    const result = await renderBody([
      el('line_block', {}, [el('line', {}, [text('first')]), el('line'), el('line_block', {}, [el('line', {}, [text('indented')])])]),
    ]);
    expect(result.html).toBe(
      '<div class="line-block"><div class="line">first</div><div class="line"><br></div><div class="line-block"><div class="line">indented</div></div></div>',
    );
  });

  it('renders compound and container with their classes', async () => {
    const result = await renderBody([el('compound', { classes: ['c'] }, [p(text('a'))]), el('container', { classes: ['custom'] }, [p(text('b'))])]);
    expect(result.html).toBe('<div class="compound c"><p>a</p></div><div class="container custom"><p>b</p></div>');
  });

  it('drops comments and substitution definitions', async () => {
    const result = await renderBody([el('comment', {}, [text('secret')]), el('substitution_definition', { names: ['x'] }, [text('X')]), p(text('kept'))]);
    expect(result.html).toBe('<p>kept</p>');
  });

  it('passes raw html through by default and drops other formats', async () => {
    const result = await renderBody([el('raw', { format: 'html' }, [text('<b class="x">bold</b>')]), el('raw', { format: 'latex' }, [text('\\LaTeX')])]);
    expect(result.html).toBe('<b class="x">bold</b>');
  });

  it('drops raw html with a warning when raw html is not allowed', async () => {
    const result = await renderBody([el('raw', { format: 'html' }, [text('<script>alert(1)</script>')], { start: { line: 3, column: 1 }, end: { line: 3, column: 1 } })], {
      allowRawHtml: false,
    });
    expect(result.html).toBe('');
    expect(result.warnings).toEqual([{ line: 3, message: 'raw HTML dropped: raw HTML is not allowed for this build' }]);
  });

  it('renders centered and hlist', async () => {
    const result = await renderBody([
      el('centered', {}, [text('mid')]),
      el('hlist', {}, [el('hlistcol', {}, [el('bullet_list', {}, [el('list_item', {}, [p(text('a'))])])]), el('hlistcol', {}, [el('bullet_list', {}, [el('list_item', {}, [p(text('b'))])])])]),
    ]);
    expect(result.html).toBe(
      '<p class="centered"><strong>mid</strong></p><div class="hlist" style="--hlist-columns: 2"><div class="hlistcol"><ul class="simple"><li>a</li></ul></div><div class="hlistcol"><ul class="simple"><li>b</li></ul></div></div>',
    );
  });
});

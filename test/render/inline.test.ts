import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

const inline = async (...children: Parameters<typeof p>) => (await renderBody([p(...children)])).html;

describe('inline markup', () => {
  it('escapes all text', async () => {
    expect(await inline(text('<b>"&\'</b>'))).toBe('<p>&#x3C;b>"&#x26;\'&#x3C;/b></p>');
  });

  it('drops the parser\'s NUL escape marks', async () => {
    expect(await inline(text('a\x00*b'))).toBe('<p>a*b</p>');
  });

  it('renders emphasis, strong, literal, sub/superscript, title_reference', async () => {
    expect(await inline(el('emphasis', {}, [text('e')]), el('strong', {}, [text('s')]), el('literal', {}, [text('l')]))).toBe(
      '<p><em>e</em><strong>s</strong><code class="literal">l</code></p>',
    );
    expect(await inline(el('subscript', {}, [text('2')]), el('superscript', {}, [text('3')]), el('title_reference', {}, [text('Book')]))).toBe(
      '<p><sub>2</sub><sup>3</sup><cite>Book</cite></p>',
    );
  });

  it('renders abbreviation and acronym as <abbr> with the explanation as title', async () => {
    expect(await inline(el('abbreviation', { explanation: 'Out Of Memory' }, [text('OOM')]), el('acronym', {}, [text('CPU')]))).toBe(
      '<p><abbr title="Out Of Memory">OOM</abbr><abbr class="acronym">CPU</abbr></p>',
    );
  });

  it('renders inline with its classes (guilabel, menuselection) and kbd as <kbd>', async () => {
    expect(await inline(el('inline', { classes: ['guilabel'] }, [text('OK')]), el('literal', { classes: ['kbd'] }, [text('Ctrl')]))).toBe(
      '<p><span class="guilabel">OK</span><kbd class="kbd">Ctrl</kbd></p>',
    );
  });

  it('renders generated text (section numbers) and leftover substitution references', async () => {
    expect(await inline(el('generated', { classes: ['sectnum'] }, [text('1.2')]), el('substitution_reference', { refname: 'x' }, [text('x')]))).toBe(
      '<p><span class="generated sectnum">1.2</span><span class="substitution-reference">x</span></p>',
    );
  });

  it("renders Sphinx's literal_strong and literal_emphasis as code in bold/italics", async () => {
    expect(await inline(el('literal_strong', {}, [text('--all')]), el('literal_emphasis', {}, [text('int')]))).toBe(
      '<p><strong class="literal-strong"><code class="literal">--all</code></strong><em class="literal-emphasis"><code class="literal">int</code></em></p>',
    );
  });

  it('keeps ids on inline elements as anchors', async () => {
    expect(await inline(el('inline', { ids: ['a', 'b'] }, [text('t')]))).toBe('<p><span id="a"><span id="b"></span>t</span></p>');
  });
});

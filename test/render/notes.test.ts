import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('footnotes and citations', () => {
  it('links a footnote reference to its footnote and the footnote back', async () => {
    const result = await renderBody([
      p(text('Claim'), el('footnote_reference', { auto: 1, ids: ['footnote-reference-1'], refid: 'f' }, [text('1')])),
      el('footnote', { auto: 1, backrefs: ['footnote-reference-1'], ids: ['f'], names: ['f'] }, [el('label', {}, [text('1')]), p(text('note'))]),
    ]);
    expect(result.html).toContain(
      '<a id="footnote-reference-1" class="footnote-reference brackets" href="#f" role="doc-noteref"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a>',
    );
    expect(result.html).toContain(
      '<aside id="f" class="footnote brackets" role="doc-footnote"><span class="label"><a class="fn-backref" href="#footnote-reference-1" title="Back to reference"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></a></span><div class="footnote-body"><p>note</p></div></aside>',
    );
  });

  it('lists every back-link when a footnote is cited several times', async () => {
    const result = await renderBody([el('footnote', { backrefs: ['r1', 'r2'], ids: ['f'] }, [el('label', {}, [text('1')]), p(text('n'))])]);
    expect(result.html).toContain('<span class="backrefs">(<a class="fn-backref" href="#r1" title="Back to reference 1">1</a>, <a class="fn-backref" href="#r2" title="Back to reference 2">2</a>)</span>');
  });

  it('renders citations and citation references', async () => {
    const result = await renderBody([
      p(el('citation_reference', { ids: ['cr'], refid: 'cit' }, [text('CIT')])),
      el('citation', { backrefs: ['cr'], ids: ['cit'] }, [el('label', {}, [text('CIT')]), p(text('cite'))]),
    ]);
    expect(result.html).toContain('<a id="cr" class="citation-reference brackets" href="#cit" role="doc-biblioref">');
    expect(result.html).toContain('<div id="cit" class="citation brackets"><span class="label"><a class="fn-backref" href="#cr"');
  });

  it('shows an unresolved footnote reference as text', async () => {
    const result = await renderBody([p(el('footnote_reference', { refname: 'nope' }, [text('nope')]))]);
    expect(result.html).toBe('<p><span class="footnote-reference brackets"><span class="fn-bracket">[</span>nope<span class="fn-bracket">]</span></span></p>');
  });
});

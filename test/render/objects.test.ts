import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

describe('Sphinx object descriptions', () => {
  it('renders an option as a definition list with a permalinked signature', async () => {
    const result = await renderBody([
      el('desc', { domain: 'std', objtype: 'option', desctype: 'option', classes: ['std', 'option'] }, [
        el('desc_signature', { classes: ['sig', 'sig-object'], ids: ['cmdoption-kubectl-n'] }, [
          el('desc_name', { classes: ['sig-name', 'descname'] }, [text('-n')]),
          el('desc_addname', { classes: ['sig-prename', 'descclassname'] }, [text(' <namespace>')]),
        ]),
        el('desc_content', {}, [p(text('The namespace.'))]),
      ]),
    ]);
    expect(result.html).toBe(
      '<dl class="std option"><dt id="cmdoption-kubectl-n" class="sig sig-object"><span class="sig-name descname">-n</span><span class="sig-prename descclassname"> &#x3C;namespace></span>' +
        '<a class="headerlink" href="#cmdoption-kubectl-n" aria-label="Link to this heading" data-pagefind-ignore="">#</a></dt><dd><p>The namespace.</p></dd></dl>',
    );
  });

  it('renders parameter lists and return annotations', async () => {
    const result = await renderBody([
      el('desc', { classes: ['py', 'function'] }, [
        el('desc_signature', {}, [
          el('desc_name', {}, [text('f')]),
          el('desc_parameterlist', {}, [el('desc_parameter', {}, [text('a')]), el('desc_parameter', {}, [text('b=1')])]),
          el('desc_returns', {}, [text('int')]),
        ]),
      ]),
    ]);
    expect(result.html).toContain(
      '<span class="sig-paren-list"><span class="sig-paren">(</span><em class="sig-param">a</em>, <em class="sig-param">b=1</em><span class="sig-paren">)</span></span><span class="sig-return"> → int</span>',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { el, p, renderBody, text } from './helpers.js';

const item = (...children: Parameters<typeof el>[2] & unknown[]) => el('list_item', {}, children);

describe('lists', () => {
  it('renders a simple bullet list without <p> in items', async () => {
    const result = await renderBody([el('bullet_list', { bullet: '-' }, [item(p(text('one'))), item(p(text('two')))])]);
    expect(result.html).toBe('<ul class="simple"><li>one</li><li>two</li></ul>');
  });

  it('keeps paragraphs when an item has several blocks', async () => {
    const result = await renderBody([el('bullet_list', {}, [item(p(text('one')), p(text('more'))), item(p(text('two')))])]);
    expect(result.html).toBe('<ul><li><p>one</p><p>more</p></li><li><p>two</p></li></ul>');
  });

  it('renders enumerated lists with type, start and custom prefix/suffix', async () => {
    const plain = await renderBody([el('enumerated_list', { enumtype: 'arabic', prefix: '', suffix: '.' }, [item(p(text('a')))])]);
    expect(plain.html).toBe('<ol class="arabic simple" type="1"><li>a</li></ol>');
    const alpha = await renderBody([el('enumerated_list', { enumtype: 'loweralpha', prefix: '(', suffix: ')', start: 3 }, [item(p(text('c')))])]);
    expect(alpha.html).toBe('<ol class="loweralpha simple enum-custom" type="a" start="3" style="--enum-prefix: &#x22;(&#x22;; --enum-suffix: &#x22;)&#x22;"><li>c</li></ol>');
    const roman = await renderBody([el('enumerated_list', { enumtype: 'upperroman', prefix: '', suffix: '.' }, [item(p(text('I')))])]);
    expect(roman.html).toContain('<ol class="upperroman simple" type="I">');
  });

  it('never lets a prefix break out of the style attribute', async () => {
    const result = await renderBody([el('enumerated_list', { enumtype: 'arabic', prefix: '"};x{', suffix: '.' }, [item(p(text('a')))])]);
    expect(result.html).not.toContain('};x{');
  });

  it('renders definition lists with classifiers and term ids', async () => {
    const result = await renderBody([
      el('definition_list', {}, [
        el('definition_list_item', {}, [
          el('term', { ids: ['term-pod'] }, [text('Pod')]),
          el('classifier', {}, [text('object')]),
          el('definition', {}, [p(text('A group of containers.'))]),
        ]),
      ]),
    ]);
    expect(result.html).toBe(
      '<dl><dt id="term-pod">Pod<span class="classifier-delimiter"> : </span><span class="classifier">object</span></dt><dd><p>A group of containers.</p></dd></dl>',
    );
  });

  it('renders field lists as <dl class="field-list">', async () => {
    const result = await renderBody([
      el('field_list', {}, [el('field', {}, [el('field_name', {}, [text('Param')]), el('field_body', {}, [p(text('value'))])])]),
    ]);
    expect(result.html).toBe('<dl class="field-list"><dt>Param</dt><dd><p>value</p></dd></dl>');
  });

  it('renders option lists with options in <kbd> and arguments in <var>', async () => {
    const result = await renderBody([
      el('option_list', {}, [
        el('option_list_item', {}, [
          el('option_group', {}, [
            el('option', {}, [el('option_string', {}, [text('-a')])]),
            el('option', {}, [el('option_string', {}, [text('--all')]), el('option_argument', { delimiter: '=' }, [text('FILE')])]),
          ]),
          el('description', {}, [p(text('do it'))]),
        ]),
      ]),
    ]);
    expect(result.html).toBe(
      '<dl class="option-list"><dt><kbd><span class="option">-a</span>, <span class="option">--all=<var>FILE</var></span></kbd></dt><dd><p>do it</p></dd></dl>',
    );
  });
});

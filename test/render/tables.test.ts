import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/doctree/types.js';
import { el, p, renderBody, text } from './helpers.js';

const entry = (value: string, attributes: Record<string, number> = {}) => el('entry', attributes, value ? [p(text(value))] : []);
const row = (...entries: Element[]) => el('row', {}, entries);

describe('tables', () => {
  it('renders title as caption, header cells as th scope=col, widths as percentages', async () => {
    const result = await renderBody([
      el('table', { classes: ['colwidths-given'] }, [
        el('title', {}, [text('Pods')]),
        el('tgroup', { cols: 2 }, [
          el('colspec', { colwidth: 1 }),
          el('colspec', { colwidth: 3 }),
          el('thead', {}, [row(entry('Name'), entry('State'))]),
          el('tbody', {}, [row(entry('web'), entry('Running'))]),
        ]),
      ]),
    ]);
    expect(result.html).toBe(
      '<div class="table-wrapper"><table class="table colwidths-given"><caption>Pods</caption>' +
        '<colgroup><col style="width: 25%"><col style="width: 75%"></colgroup>' +
        '<thead><tr><th scope="col">Name</th><th scope="col">State</th></tr></thead>' +
        '<tbody><tr><td>web</td><td>Running</td></tr></tbody></table></div>',
    );
  });

  it('omits column widths for automatic widths', async () => {
    const result = await renderBody([
      el('table', { widths: 'auto' }, [el('tgroup', { cols: 1 }, [el('colspec', { colwidth: 10 }), el('tbody', {}, [row(entry('x'))])])]),
    ]);
    expect(result.html).not.toContain('colgroup');
  });

  it('renders row and column spans, and stub columns as row headers', async () => {
    // +---+---+---+
    // | a | b     |   row 1: b spans two columns
    // +---+---+---+
    // | c | d | e |   c spans rows 2-3
    // +   +---+---+
    // |   | f | g |
    const result = await renderBody([
      el('table', {}, [
        el('tgroup', { cols: 3 }, [
          el('colspec', { colwidth: 1, stub: 1 }),
          el('colspec', { colwidth: 1 }),
          el('colspec', { colwidth: 1 }),
          el('tbody', {}, [
            row(entry('a'), entry('b', { morecols: 1 })),
            row(entry('c', { morerows: 1 }), entry('d'), entry('e')),
            row(entry('f'), entry('g')),
          ]),
        ]),
      ]),
    ]);
    expect(result.html).toContain('<tr><th class="stub" scope="row">a</th><td colspan="2">b</td></tr>');
    expect(result.html).toContain('<tr><th class="stub" scope="row" rowspan="2">c</th><td>d</td><td>e</td></tr>');
    // f and g sit in columns 2 and 3 (column 1 is taken by c): they are data cells, not stubs.
    expect(result.html).toContain('<tr><td>f</td><td>g</td></tr>');
  });

  it('keeps paragraphs in cells with several blocks, and empty cells empty', async () => {
    const result = await renderBody([
      el('table', {}, [el('tgroup', { cols: 2 }, [el('colspec', { colwidth: 1 }), el('colspec', { colwidth: 1 }), el('tbody', {}, [row(el('entry', {}, [p(text('x')), p(text('y'))]), entry(''))])])]),
    ]);
    expect(result.html).toContain('<tr><td><p>x</p><p>y</p></td><td></td></tr>');
  });

  it('carries align and width', async () => {
    const result = await renderBody([el('table', { align: 'center', width: '50%' }, [el('tgroup', { cols: 1 }, [el('colspec', { colwidth: 1 }), el('tbody', {}, [row(entry('x'))])])])]);
    expect(result.html).toContain('<table class="table align-center" style="width: 50%">');
  });
});

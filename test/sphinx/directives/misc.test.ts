// seealso, version notes, centered, hlist, tabularcolumns, authors, math,
// default-domain: node shapes observed from sphinx-build 5.3's doctrees.
import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/pformat.js';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from './harness.js';

describe('seealso', () => {
  it('holds its body, text on the marker line included', () => {
    const r = build('.. seealso:: Module :mod:`zipfile`\n');
    const [node] = r.find('seealso');
    expect(node.children.map((c) => c.type)).toEqual(['paragraph']);
    expect(textContent(node)).toBe('Module zipfile');
  });
});

describe('versionadded / versionchanged / deprecated / versionremoved', () => {
  it('prefixes the explanation with the label and a colon', () => {
    const r = build('.. versionadded:: 2.5\n   The *spam* parameter.\n');
    expect(pformat(r.find('versionmodified')[0])).toBe(
      [
        '<versionmodified type="versionadded" version="2.5">',
        '    <paragraph translatable="0">',
        '        <inline classes="versionmodified added">',
        '            New in version 2.5: ',
        '        The ',
        '        <emphasis>',
        '            spam',
        '         parameter.',
        '',
      ].join('\n'),
    );
  });

  it('ends with a period when there is no explanation', () => {
    const r = build('.. versionchanged:: 2.6\n');
    expect(textContent(r.find('versionmodified')[0])).toBe('Changed in version 2.6.');
  });

  it('puts the label into the first paragraph of the content', () => {
    const r = build('.. deprecated:: 3.1\n\n   Use :func:`x` instead.\n\n   More.\n');
    const [node] = r.find('versionmodified');
    expect(node.attributes.type).toBe('deprecated');
    expect(node.children.map(textContent)).toEqual(['Deprecated since version 3.1: Use x() instead.', 'More.']);
  });

  it('supports versionremoved', () => {
    const r = build('.. versionremoved:: 4.0\n   Gone.\n');
    expect(textContent(r.find('versionmodified')[0])).toBe('Removed in version 4.0: Gone.');
    expect(r.find('inline')[0].attributes.classes).toEqual(['versionmodified', 'removed']);
  });
});

describe('centered, hlist, tabularcolumns, authors', () => {
  it('centered parses inline markup', () => {
    const r = build('.. centered:: LICENSE *terms*\n');
    const [node] = r.find('centered');
    expect(node.children.map((c) => c.type)).toEqual(['text', 'emphasis']);
  });

  it('hlist spreads items over columns, the first columns taking the extra ones', () => {
    const r = build('.. hlist::\n   :columns: 3\n\n   * a\n   * b\n   * c\n   * d\n');
    const [hlist] = r.find('hlist');
    expect(hlist.attributes.ncolumns).toBe('3');
    expect(hlist.children.map((col) => textContent(col))).toEqual(['ab', 'c', 'd']);
    expect(r.find('hlistcol').every((col) => col.children[0].type === 'bullet_list')).toBe(true);
  });

  it('hlist defaults to two columns', () => {
    const r = build('.. hlist::\n\n   * a\n   * b\n   * c\n');
    expect(r.find('hlistcol').map(textContent)).toEqual(['ab', 'c']);
  });

  it('hlist needs a bullet list', () => {
    const r = build('.. hlist::\n\n   Just text.\n');
    expect(r.find('hlist')).toEqual([]);
    expect(r.messages[0]).toMatch(/hlist content is not a list/);
  });

  it('tabularcolumns is accepted and produces nothing', () => {
    const r = build('.. tabularcolumns:: |l|L|\n\nText.\n');
    expect(r.messages).toEqual([]);
    expect(r.tree.children.map((c) => c.type)).toEqual(['paragraph']);
  });

  it('sectionauthor and codeauthor show only with show_authors', () => {
    expect(build('.. sectionauthor:: Guido <g@x>\n').tree.children).toEqual([]);
    const r = build('.. codeauthor:: Joe\n', { config: { showAuthors: true } });
    expect(textContent(r.tree)).toBe('Code author: Joe');
  });
});

describe('math', () => {
  it('makes one math_block of the argument and content', () => {
    const r = build('.. math:: a = b\n\n   c = d\n\n   e = f\n');
    const blocks = r.find('math_block');
    expect(blocks.length).toBe(1);
    expect(textContent(blocks[0])).toBe('a = b\n\nc = d\n\ne = f');
    expect(blocks[0].attributes).toMatchObject({ docname: 'index', nowrap: false });
  });

  it('labels and numbers equations in order, with a target before each', () => {
    const r = build('.. math::\n   :label: first\n\n   x\n\n.. math:: y\n\n.. math::\n   :name: second\n\n   z\n');
    const blocks = r.find('math_block');
    expect(blocks.map((b) => [b.attributes.label, b.attributes.number, b.attributes.ids])).toEqual([
      ['first', 1, ['equation-first']],
      [undefined, undefined, undefined],
      ['second', 2, ['equation-second']],
    ]);
    expect(r.find('target').map((t) => t.attributes.refid)).toEqual(['equation-first', 'equation-second']);
  });

  it('warns about a duplicate label', () => {
    const r = build('.. math::\n   :label: e\n\n   x\n\n.. math::\n   :label: e\n\n   y\n');
    expect(r.messages).toEqual(['6: duplicate label of equation e, other instance in index']);
  });
});

describe('default-domain', () => {
  it('makes unqualified object roles use that domain', () => {
    const r = build('.. default-domain:: c\n\n:func:`malloc`\n');
    const [xref] = r.find('pending_xref');
    expect(xref.attributes).toMatchObject({ refdomain: 'c', reftype: 'func', reftarget: 'malloc' });
    expect(textContent(xref)).toBe('malloc()');
  });
});

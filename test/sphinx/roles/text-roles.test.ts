// Markup roles, shaped as in Sphinx 5.3's doctree.
import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/pformat.js';
import { emphasizedLiteral } from '../../../src/sphinx/roles/text-roles.js';
import { build } from '../directives/harness.js';

function inline(source: string): string {
  const r = build(source + '\n');
  const [paragraph] = r.find('paragraph');
  return paragraph.children.map((child) => pformat(child)).join('');
}

describe('markup roles', () => {
  it('abbr with and without an explanation', () => {
    expect(inline(':abbr:`LIFO (last-in, first-out)`')).toBe('<abbreviation explanation="last-in, first-out">\n    LIFO\n');
    expect(inline(':abbr:`OOM`')).toBe('<abbreviation>\n    OOM\n');
  });

  it.each([
    ['command', 'literal_strong'],
    ['program', 'literal_strong'],
    ['dfn', 'emphasis'],
    ['mailheader', 'literal_emphasis'],
    ['mimetype', 'literal_emphasis'],
    ['newsgroup', 'literal_emphasis'],
    ['kbd', 'literal'],
    ['regexp', 'literal'],
  ])(':%s: -> %s with the role as class', (role, type) => {
    expect(inline(`:${role}:\`x y\``)).toBe(`<${type} classes="${role}">\n    x y\n`);
  });

  it(':file: and :samp: emphasise {variable} parts', () => {
    expect(inline(':file:`/etc/{name}.conf`')).toBe('<literal classes="file" role="file">\n    /etc/\n    <emphasis>\n        name\n    .conf\n');
    expect(inline(':samp:`print({x})`')).toBe('<literal classes="samp" role="samp">\n    print(\n    <emphasis>\n        x\n    )\n');
  });

  it('braces escaped for Sphinx (\\\\{ in rST) stay literal; an unclosed brace is text', () => {
    expect(emphasizedLiteral('a \\{b\\} {c}')).toEqual([
      { type: 'text', value: 'a {b} ' },
      { type: 'emphasis', attributes: {}, children: [{ type: 'text', value: 'c' }] },
    ]);
    expect(emphasizedLiteral('x{y')).toEqual([{ type: 'text', value: 'x{y' }]);
  });

  it('parses variable parts like Sphinx 5.3 (observed)', () => {
    expect(inline(':samp:`a \\\\{b\\\\} {c}`')).toBe('<literal classes="samp" role="samp">\n    a {b} \n    <emphasis>\n        c\n');
    expect(inline(':samp:`{a}{b}`')).toBe('<literal classes="samp" role="samp">\n    <emphasis>\n        a\n    <emphasis>\n        b\n');
    expect(inline(':samp:`}x{`')).toBe('<literal classes="samp" role="samp">\n    }x{\n');
    expect(inline(':samp:`a {b {c} d}`')).toBe('<literal classes="samp" role="samp">\n    a \n    <emphasis>\n        b {c\n     d}\n');
  });

  it(':guilabel: marks the accelerator after &; a lone & or && before it stays as written (Sphinx 5.3)', () => {
    expect(inline(':guilabel:`&Cancel`')).toBe(
      '<inline classes="guilabel" rawtext=":guilabel:`&Cancel`">\n    <inline classes="accelerator">\n        C\n    ancel\n',
    );
    expect(inline(':guilabel:`Save && Quit`')).toBe('<inline classes="guilabel" rawtext=":guilabel:`Save && Quit`">\n    Save && Quit\n');
    expect(inline(':guilabel:`A & B`')).toBe('<inline classes="guilabel" rawtext=":guilabel:`A & B`">\n    A & B\n');
    expect(inline(':guilabel:`&&x &y`')).toBe(
      '<inline classes="guilabel" rawtext=":guilabel:`&&x &y`">\n    &&x \n    <inline classes="accelerator">\n        y\n',
    );
  });

  it(':menuselection: turns --> into a triangular bullet', () => {
    expect(inline(':menuselection:`Start --> Programs --> &Run`')).toBe(
      '<inline classes="menuselection" rawtext=":menuselection:`Start --> Programs --> &Run`">\n    Start \u2023 Programs \u2023 \n    <inline classes="accelerator">\n        R\n    un\n',
    );
  });

  it(':math: keeps LaTeX', () => {
    expect(inline(':math:`a^2 + \\alpha`')).toBe('<math>\n    a^2 + \\alpha\n');
  });
});

describe(':index:', () => {
  it('adds an entry and a target before the text, as Sphinx', () => {
    const r = build('A :index:`memory` and :index:`the cgroup <single: cgroup; memory>` and :index:`!main`.\n');
    const [paragraph] = r.find('paragraph');
    expect(paragraph.children.map((c) => (c.type === 'text' ? (c as { value: string }).value : c.type))).toEqual([
      'A ', 'index', 'target', 'memory', ' and ', 'index', 'target', 'the cgroup', ' and ', 'index', 'target', 'main', '.',
    ]);
    expect(r.find('index').map((i) => i.data?.entries)).toEqual([
      [['single', 'memory', 'index-0', '', null]],
      [['single', 'cgroup; memory', 'index-1', '', null]],
      [['single', 'main', 'index-2', 'main', null]],
    ]);
  });
});

// Each inline construct, with the pseudo-XML docutils prints for it.
import { describe, expect, it } from 'vitest';
import { doc, px } from './helpers.js';

describe('emphasis, strong, literal', () => {
  it('wraps text in emphasis, strong and literal nodes', () => {
    expect(px('*em* **strong** ``lit``')).toBe(
      doc('    <paragraph>', '        <emphasis>', '            em', '         ', '        <strong>', '            strong', '         ', '        <literal>', '            lit'),
    );
  });

  it('keeps backslashes inside literals and removes them elsewhere', () => {
    expect(px('``C:\\path`` and *\\**')).toBe(
      doc('    <paragraph>', '        <literal>', '            C:\\path', '         and ', '        <emphasis>', '            *'),
    );
  });

  it('spans lines', () => {
    expect(px('*two\nlines*')).toBe(doc('    <paragraph>', '        <emphasis>', '            two', '            lines'));
  });

  it('warns about a start-string without end-string and links problematic and message', () => {
    expect(px('a **b')).toBe(
      doc(
        '    <paragraph>',
        '        a ',
        '        <problematic ids="problematic-1" refid="system-message-1">',
        '            **',
        '        b',
        '    <system_message backrefs="problematic-1" ids="system-message-1" level="2" line="1" source="test data" type="WARNING">',
        '        <paragraph>',
        '            Inline strong start-string without end-string.',
      ),
    );
  });
});

describe('interpreted text', () => {
  it('uses title-reference by default, and roles given as prefix or suffix', () => {
    expect(px('`a` :sup:`b` `c`:sub:')).toBe(
      doc('    <paragraph>', '        <title_reference>', '            a', '         ', '        <superscript>', '            b', '         ', '        <subscript>', '            c'),
    );
  });

  it('reports both a prefix and a suffix role', () => {
    expect(px(':sup:`x`:sub:')).toContain('Multiple roles in interpreted text (both prefix and suffix present; only one allowed).');
  });

  it('reports an unknown role with the lookup note first', () => {
    expect(px(':nope:`x`')).toBe(
      doc(
        '    <paragraph>',
        '        <problematic ids="problematic-1" refid="system-message-1">',
        '            :nope:`x`',
        '    <system_message level="1" line="1" source="test data" type="INFO">',
        '        <paragraph>',
        '            No role entry for "nope" in module "docutils.parsers.rst.languages.en".',
        '            Trying "nope" as canonical role name.',
        '    <system_message backrefs="problematic-1" ids="system-message-1" level="3" line="1" source="test data" type="ERROR">',
        '        <paragraph>',
        '            Unknown interpreted text role "nope".',
      ),
    );
  });

  it('accepts an escaped space as the only content', () => {
    expect(px(':title:`\\ ` x')).toBe(doc('    <paragraph>', '        <title_reference>', '         x'));
  });

  it('leaves the role prefix as text when the backquote is never closed', () => {
    expect(px(':r:`a')).toContain('        :r:\n        <problematic ids="problematic-1" refid="system-message-1">\n            `\n        a\n');
  });
});

describe('hyperlink references', () => {
  it('recognises simple and phrase references, named and anonymous', () => {
    expect(px('r_e-f_ `a phrase`_ anon__ `anon phrase`__')).toBe(
      doc(
        '    <paragraph>',
        '        <reference refname="r_e-f">',
        '            r_e-f',
        '         ',
        '        <reference refname="a phrase">',
        '            a phrase',
        '         ',
        '        <reference anonymous="1">',
        '            anon',
        '         ',
        '        <reference anonymous="1">',
        '            anon phrase',
      ),
    );
  });

  it('turns an embedded URI into a reference and a target named after the text', () => {
    expect(px('`Python <https://python.org/\ndocs>`_', { legacyIds: false })).toBe(
      doc(
        '    <paragraph>',
        '        <reference refuri="https://python.org/docs">',
        '            Python',
        '        <target names="python" refuri="https://python.org/docs">',
      ),
    );
  });

  it('resolves embedded aliases and e-mail addresses', () => {
    expect(px('`x <Other Name_>`__ `<jdoe@example.com>`__')).toBe(
      doc(
        '    <paragraph>',
        '        <reference refname="other name">',
        '            x',
        '         ',
        '        <reference refuri="mailto:jdoe@example.com">',
        '            mailto:jdoe@example.com',
      ),
    );
  });

  it('does not embed a URI without whitespace before "<"', () => {
    expect(px('`text<http://x.org>`__')).toBe(doc('    <paragraph>', '        <reference anonymous="1">', '            text<http://x.org>'));
  });

  it('rejects a role together with a reference suffix', () => {
    expect(px(':sup:`x`_')).toContain('Mismatch: both interpreted text role prefix and reference suffix.');
  });
});

describe('standalone hyperlinks', () => {
  it('links known schemes and e-mail addresses, leaving trailing punctuation outside', () => {
    expect(px('See http://example.com/a. or mail me@example.org, not signal:noise')).toBe(
      doc(
        '    <paragraph>',
        '        See ',
        '        <reference refuri="http://example.com/a">',
        '            http://example.com/a',
        '        . or mail ',
        '        <reference refuri="mailto:me@example.org">',
        '            me@example.org',
        '        , not signal:noise',
      ),
    );
  });

  it('keeps a whole text plain when its first URI-shaped word has an unknown scheme (as docutils does)', () => {
    expect(px('a:b then http://x.org')).toBe(doc('    <paragraph>', '        a:b then http://x.org'));
  });
});

describe('footnote, citation and substitution references', () => {
  it('recognises each footnote label form and citations', () => {
    expect(px('[1]_ [#]_ [#lab]_ [*]_ [CIT]_')).toBe(
      doc(
        '    <paragraph>',
        '        <footnote_reference ids="footnote-reference-1" refname="1">',
        '            1',
        '         ',
        '        <footnote_reference auto="1" ids="footnote-reference-2">',
        '         ',
        '        <footnote_reference auto="1" ids="footnote-reference-3" refname="lab">',
        '         ',
        '        <footnote_reference auto="*" ids="footnote-reference-4">',
        '         ',
        '        <citation_reference ids="citation-reference-1" refname="cit">',
        '            CIT',
      ),
    );
  });

  it('nests a substitution reference in a hyperlink reference', () => {
    expect(px('|Sub Name| |s|_ |s|__')).toBe(
      doc(
        '    <paragraph>',
        '        <substitution_reference refname="Sub Name">',
        '            Sub Name',
        '         ',
        '        <reference refname="s">',
        '            <substitution_reference refname="s">',
        '                s',
        '         ',
        '        <reference anonymous="1">',
        '            <substitution_reference refname="s">',
        '                s',
      ),
    );
  });
});

describe('inline targets', () => {
  it('makes an inline element carrying the normalized name', () => {
    expect(px('an _`Inline  Target` here', { legacyIds: false })).toBe(
      doc('    <paragraph>', '        an ', '        <inline names="inline\\ target">', '            Inline  Target', '         here'),
    );
  });

  it('warns when the target is never closed', () => {
    expect(px('_`x')).toContain('Inline target start-string without end-string.');
  });
});

describe('positions', () => {
  it('puts each inline node on the source line and column where it starts', () => {
    const root = parseRstRoot('first line\nsecond *em* line');
    const paragraph = root.children[0] as { children: Array<{ type: string; position?: { start: { line: number; column: number } } }> };
    const emphasis = paragraph.children.find((n) => n.type === 'emphasis')!;
    expect(emphasis.position!.start).toEqual({ line: 2, column: 8 });
  });
});

import { parseRst } from '../../../src/rst/index.js';
function parseRstRoot(source: string) {
  return parseRst(source, { settings: { sourcePath: 'test data' } });
}

// The Sphinx-only behaviours the transforms take as options (Sphinx 5.3 observed on the same inputs).
import { describe, expect, it } from 'vitest';
import { el, text, textContent } from '../../../src/doctree/builders.js';
import { pformat } from '../../../src/doctree/pformat.js';
import type { Element } from '../../../src/doctree/types.js';
import { parseRst } from '../../../src/rst/index.js';
import { applyTransforms } from '../../../src/rst/transforms/index.js';
import { educate, quotesFor } from '../../../src/rst/transforms/smartquotes.js';

const parse = (source: string) => parseRst(source, { settings: { autoIdPrefix: 'id', haltLevel: 5 } });
const messagesOf = (result: { messages: Element[] }) => result.messages.map((m) => `${m.attributes.line}: ${textContent(m.children[0]!)}`);

describe('Sphinx options', () => {
  it('fills |version|, |release|, |today| unless the document defines them', () => {
    const tree = parse('v |version| r |release| t |today|\n\n.. |release| replace:: own\n');
    const result = applyTransforms(tree, { autoIdPrefix: 'id', defaultSubstitutions: { version: '2.1', release: '2.1.3', today: 'Nov 27, 2026' } });
    expect(textContent(tree.children[0]!)).toBe('v 2.1 r own t Nov 27, 2026');
    expect(result.messages).toEqual([]);
  });

  it('leaves citation references to other documents for Sphinx, and still links local ones', () => {
    const source = 'See [Here]_ and [Elsewhere]_.\n\n.. [Here] local\n';
    const tree = parse(source);
    const result = applyTransforms(tree, { autoIdPrefix: 'id', citationsElsewhere: true });
    expect(result.messages).toEqual([]);
    expect(pformat(tree)).toContain('<citation_reference ids="id1" refid="here">');
    expect(pformat(tree)).toContain('<citation_reference ids="id2" refname="elsewhere">');
    // Plain docutils reports the second one.
    expect(messagesOf(applyTransforms(parse(source), { autoIdPrefix: 'id' }))).toEqual(['1: Unknown target name: "elsewhere".']);
  });

  it('warns about manual footnotes nothing refers to, as Sphinx does', () => {
    const tree = parse('Text [1]_.\n\n.. [1] used\n.. [2] unused\n.. [#] auto\n.. [*] symbol\n');
    expect(messagesOf(applyTransforms(tree, { autoIdPrefix: 'id', reportUnreferencedFootnotes: true }))).toEqual(['4: Footnote [2] is not referenced.']);
  });

  it('reports inline problems at the line of the paragraph holding them (as docutils counts)', () => {
    const tree = parse('First line\nsecond `nowhere`_\nthird |nothing|\n');
    expect(messagesOf(applyTransforms(tree, { autoIdPrefix: 'id' }))).toEqual(['1: Undefined substitution referenced: "nothing".', '1: Unknown target name: "nowhere".']);
  });
});

describe("Sphinx's own transforms (sphinx: true), as sphinx-build -b pseudoxml shows them", () => {
  it('puts readable section ids first and takes doctest blocks out of block quotes', () => {
    const tree = parse('T\n=\n\nDup\n---\n\nDup\n---\n\n.. _x:\n\nDup\n---\n\n    >>> 1 + 1\n    2\n\n.. _lab:\n\nIdentity\n--------\n');
    applyTransforms(tree, { autoIdPrefix: 'id', sphinx: true });
    const out = pformat(tree);
    expect(out).toContain('<section dupnames="dup" ids="x id2" names="x">');
    expect(out).toContain('<section ids="lab identity" names="identity lab">');
    expect(out).toContain('<doctest_block classes="doctest" xml:space="preserve">');
    expect(out).not.toContain('<block_quote>');
  });
});

describe('smart quotes', () => {
  it('uses the language of the project and leaves code alone', () => {
    expect(quotesFor('zh_CN')).toBe('“”‘’');
    expect(quotesFor('de')).toBe('„“‚‘');
    expect(quotesFor('ja')).toBeNull();
    expect(educate('"a" -- b --- c... it\'s', ' ', '“”‘’')).toBe('“a” – b — c… it’s');
    const tree = el('document', {}, [
      el('paragraph', {}, [text('Run "'), el('literal', {}, [text('"x" -- y')]), text('" now')]),
      el('definition_list', { classes: ['glossary'] }, [el('definition_list_item', {}, [el('term', {}, [text("Pod's \"QoS\"")]), el('definition', {}, [el('paragraph', {}, [text('"best"')])])])]),
      el('paragraph', {}, [el('inline', { support_smartquotes: false }, [text('"kept"')])]),
    ]);
    applyTransforms(tree, { smartquotes: 'en' });
    expect(pformat(tree)).toBe(`<document>
    <paragraph>
        Run “
        <literal>
            "x" -- y
        ” now
    <definition_list classes="glossary">
        <definition_list_item>
            <term>
                Pod's "QoS"
            <definition>
                <paragraph>
                    “best”
    <paragraph>
        <inline support_smartquotes="0">
            "kept"
`);
  });
});

import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/pformat.js';
import { build } from '../directives/harness.js';

function paragraph(source: string) {
  const r = build(source + '\n');
  return { r, children: r.find('paragraph')[0].children };
}

describe(':pep: and :rfc:', () => {
  it(':pep: -> index, target, reference.pep > strong, as Sphinx', () => {
    const { r, children } = paragraph(':pep:`8`');
    expect(children.map((c) => c.type)).toEqual(['index', 'target', 'reference']);
    expect(pformat(children[2])).toBe('<reference classes="pep" internal="0" refuri="https://peps.python.org/pep-0008/">\n    <strong>\n        PEP 8\n');
    expect(r.find('index')[0].data?.entries).toEqual([['single', 'Python Enhancement Proposals; PEP 8', 'index-0', '', null]]);
    expect(r.find('target')[0].attributes.ids).toEqual(['index-0']);
  });

  it('keeps an anchor', () => {
    const { children } = paragraph(':pep:`8#naming`');
    expect(children[2]).toMatchObject({ attributes: { refuri: 'https://peps.python.org/pep-0008/#naming' } });
  });

  it(':rfc: links to the datatracker, with explicit titles', () => {
    const { r, children } = paragraph(':rfc:`2822` :rfc:`Mail <5322#section-3>`');
    const refs = r.find('reference');
    expect(refs.map((n) => n.attributes.refuri)).toEqual([
      'https://datatracker.ietf.org/doc/html/rfc2822.html',
      'https://datatracker.ietf.org/doc/html/rfc5322.html#section-3',
    ]);
    expect(pformat(refs[1])).toContain('        Mail\n');
    expect(r.find('target').map((t) => t.attributes.ids)).toEqual([['index-0'], ['index-1']]);
    expect(children.length).toBe(7);
  });

  it('reports an invalid number', () => {
    const { r } = paragraph(':pep:`eight`');
    expect(r.messages).toEqual(['1: invalid PEP number eight']);
    expect(r.find('problematic').length).toBe(1);
  });
});

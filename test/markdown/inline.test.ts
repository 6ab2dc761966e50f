// Inline Markdown and MyST roles: the roles are the registries' own functions.
import { describe, expect, it } from 'vitest';
import { all, first, messages, page, textOf } from './helpers.js';

describe('inline markup', () => {
  it('converts emphasis, strong, code, strikethrough, breaks and inline HTML', () => {
    const root = page('*em* **strong** `code` ~~gone~~ a  \nb <kbd>K</kbd>\n');
    const para = first(root, 'paragraph');
    const types = para.children.filter((c) => c.type !== 'text').map((c) => c.type);
    expect(types).toEqual(['emphasis', 'strong', 'literal', 'inline', 'raw', 'raw', 'raw']);
    expect(first(para, 'inline').attributes.classes).toEqual(['strike']);
    expect(textOf(first(para, 'literal'))).toBe('code');
  });

  it('links external URLs and autolinks', () => {
    const root = page('[site](https://example.org "Title") <https://x.org/a>\n');
    const refs = all(root, 'reference');
    expect(refs.map((r) => r.attributes.refuri)).toEqual(['https://example.org', 'https://x.org/a']);
    expect(refs.map(textOf)).toEqual(['site', 'https://x.org/a']);
  });

  it('links bare URLs only with the linkify extension, as MyST does', () => {
    const text = 'Visit https://example.org/x or www.example.com.\n';
    expect(all(page(text), 'reference')).toEqual([]);
    expect(textOf(first(page(text), 'paragraph'))).toBe(text.trim());
    const linked = all(page(text, { conf: "myst_enable_extensions = ['linkify']" }), 'reference');
    expect(linked.map((r) => r.attributes.refuri)).toEqual(['https://example.org/x', 'http://www.example.com']);
  });

  it('resolves reference-style links through their definitions', () => {
    const root = page('See [the docs][d] and [missing][none].\n\n[d]: https://docs.example.org\n');
    expect(first(root, 'reference').attributes.refuri).toBe('https://docs.example.org');
    expect(textOf(first(root, 'paragraph'))).toContain('[missing][none]');
  });

  it('warns about a missing image file like Sphinx', () => {
    expect(messages(page('Text.\n\n![gone](nope.png)\n'))).toEqual([[2, 3, 'image file not readable: nope.png']]);
  });

  it('makes images with alt text and the source path resolved from the page', () => {
    const root = page('![a diagram](img/d.png)\n', { page: 'sub/p.md', files: { 'sub/img/d.png': 'png' } });
    expect(messages(root)).toEqual([]);
    const image = first(root, 'image');
    expect(image.attributes).toMatchObject({ uri: 'img/d.png', alt: 'a diagram' });
    expect(String(image.data?.sourcePath)).toMatch(/sub[/\\]img[/\\]d\.png$/);
  });
});

describe('roles', () => {
  it('runs Sphinx roles registered for reStructuredText', () => {
    const root = page('Press {kbd}`Ctrl+C`, see {ref}`Memory <oom-killer>` and {doc}`other`, {abbr}`LIFO (last-in, first-out)`.\n');
    const kbd = all(root, 'literal').find((l) => (l.attributes.classes as string[] | undefined)?.includes('kbd'));
    expect(kbd).toBeDefined();
    const xrefs = all(root, 'pending_xref');
    expect(xrefs.map((x) => [x.attributes.reftype, x.attributes.reftarget, x.attributes.refexplicit])).toEqual([
      ['ref', 'oom-killer', true],
      ['doc', 'other', false],
    ]);
    expect(xrefs[0].attributes.refdoc).toBe('page');
    expect(first(root, 'abbreviation').attributes.explanation).toBe('last-in, first-out');
  });

  it('runs term, numref and download roles', () => {
    const root = page('{term}`PLEG` {numref}`fig-1` {download}`data <files/a.csv>`\n', { files: { 'files/a.csv': 'x,y\n' } });
    const types = all(root, 'pending_xref').map((x) => x.attributes.reftype);
    expect(types).toEqual(['term', 'numref']);
    expect(first(root, 'download_reference').attributes.reftarget).toBe('files/a.csv');
  });

  it('warns about an unknown role with its line and keeps the text', () => {
    const root = page('Line one.\n\nUses {nosuch}`thing` here.\n');
    expect(messages(root)).toEqual([[2, 3, 'Unknown interpreted text role "nosuch". [myst.role_unknown]']]);
    expect(textOf(first(root, 'problematic'))).toBe('{nosuch}`thing`');
  });

  it('reads a code span not glued to {name} as code', () => {
    const root = page('A {ref} `x` and {ref}\n');
    expect(all(root, 'pending_xref')).toEqual([]);
    expect(textOf(first(root, 'literal'))).toBe('x');
  });
});

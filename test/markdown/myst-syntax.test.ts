// MyST's own syntax: targets, comments, front matter, dollar math, heading anchors, links.
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/doctree/types.js';
import { parseMarkdown } from '../../src/markdown/index.js';
import { githubSlug } from '../../src/markdown/slug.js';
import { all, first, messages, page, textOf } from './helpers.js';

describe('targets and comments', () => {
  it('puts a (label)= target right before the section it labels', () => {
    const root = page('# Doc\n\n(my-Label)=\n## Part\n\ntext\n');
    const doc = first(root, 'section');
    const index = doc.children.findIndex((c) => c.type === 'target');
    const target = doc.children[index] as Element;
    expect(target.attributes).toMatchObject({ ids: ['my-label'], names: ['my-label'] });
    expect(doc.children[index + 1].type).toBe('section');
    expect(target.position?.start.line).toBe(3);
  });

  it('splits a paragraph at a target line, labelling the block after it', () => {
    const root = page('first para\n(lbl)=\nsecond para\n');
    expect(root.children.map((c) => c.type)).toEqual(['paragraph', 'target', 'paragraph']);
  });

  it('warns about a duplicate target name', () => {
    const root = page('(x)=\n# A\n\n(x)=\n## B\n');
    expect(messages(root).map(([level, line, text]) => [level, line, text])).toContainEqual([2, 4, 'Duplicate explicit target name: "x".']);
  });

  it('turns % lines into comments, one per run of lines', () => {
    const root = page('% one\n% two\n\ntext\n\n% three\n');
    const comments = all(root, 'comment');
    expect(comments.map(textOf)).toEqual(['one\ntwo', 'three']);
  });

  it('leaves target and comment syntax inside code fences alone', () => {
    const root = page('```\n(x)=\n% not a comment\n```\n');
    expect(all(root, 'target')).toEqual([]);
    expect(textOf(first(root, 'literal_block'))).toBe('(x)=\n% not a comment');
  });
});

describe('front matter', () => {
  it('becomes the leading field list the Sphinx layer reads as metadata', () => {
    const root = page('---\norphan: true\ntitle: Front title\ntags: [nfs, storage]\n---\n\nNo heading here.\n');
    const fields = first(root, 'field_list');
    expect(root.children[0]).toBe(fields);
    const pairs = all(fields, 'field').map((f) => [textOf(f.children[0]), textOf(f.children[1])]);
    expect(pairs).toEqual([['orphan', ''], ['title', 'Front title'], ['tags', 'nfs, storage']]);
    expect(root.attributes.title).toBe('Front title');
    expect(root.children.find((c) => c.type === 'paragraph')?.position?.start.line).toBe(7);
  });

  it('is found after a byte-order mark and with Windows line ends', () => {
    const root = page('\uFEFF---\r\norphan: true\r\n---\r\n# T\r\n');
    expect(textOf(first(first(root, 'field_list'), 'field_name'))).toBe('orphan');
    expect(first(root, 'section').position?.start.line).toBe(4);
  });

  it('warns about malformed YAML and keeps the page', () => {
    const root = page('---\ntitle: [unclosed\n---\n\n# Heading\n');
    const found = messages(root);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe(2);
    expect(found[0][2]).toMatch(/^Malformed YAML in front matter/);
    expect(all(root, 'section')).toHaveLength(1);
  });

  it('may set heading anchors for one page', () => {
    const root = page('---\nmyst:\n  heading_anchors: 2\n---\n# A B\n## C\n### D\n');
    expect(all(root, 'section').map((s) => s.attributes.slug)).toEqual(['a-b', 'c', undefined]);
  });
});

describe('dollar math', () => {
  const DOLLAR = "myst_enable_extensions = ['dollarmath']";
  it('reads $inline$ and $$display$$ math when dollarmath is enabled', () => {
    const root = page('Euler $e^{i\\pi} + 1 = 0$ costs $5 and $6.\n\n$$\na_1 * b_1\n$$ (eq-one)\n\n`$not$ math`\n', { conf: DOLLAR });
    expect(all(root, 'math').map(textOf)).toEqual(['e^{i\\pi} + 1 = 0']);
    expect(textOf(first(root, 'paragraph'))).toContain('costs $5 and $6.');
    const block = first(root, 'math_block');
    expect(textOf(block)).toBe('a_1 * b_1');
    expect(block.attributes.label).toBe('eq-one');
    expect(textOf(all(root, 'literal').at(-1)!)).toBe('$not$ math');
  });

  it('leaves dollars alone without the extension', () => {
    const root = page('Costs $x$.\n');
    expect(all(root, 'math')).toEqual([]);
    expect(textOf(first(root, 'paragraph'))).toBe('Costs $x$.');
  });
});

describe('heading anchors and links', () => {
  const ANCHORS = 'myst_heading_anchors = 2';

  it('spells slugs as GitHub does', () => {
    expect(githubSlug('A heading with *slug*!')).toBe('a-heading-with-slug');
    expect(githubSlug('Über Straße 2')).toBe('über-straße-2');
    expect(githubSlug('  dash-and_underscore ')).toBe('dash-and_underscore');
  });

  it('gives headings up to myst_heading_anchors a slug, numbering repeats', () => {
    const root = page('# Top\n\n## Same\n\n## Same\n\n### Deep\n', { conf: ANCHORS });
    expect(all(root, 'section').map((s) => s.attributes.slug)).toEqual(['top', 'same', 'same-1', undefined]);
  });

  it('links [text](#slug) on the same page to the section', () => {
    const root = page('# Top\n\n## Second part\n\n## Second part\n\nGo [there](#second-part-1) or [](#top).\n', { conf: ANCHORS });
    const refs = all(root, 'reference');
    const sections = all(root, 'section');
    expect(refs.map((r) => [r.attributes.refdocname, r.attributes.refanchor])).toEqual([
      ['page', (sections[2].attributes.ids as string[])[0]],
      ['page', 'top'],
    ]);
    // An empty link text takes the section title.
    expect(textOf(refs[1])).toBe('Top');
  });

  it('leaves unknown anchors and bare names to the Sphinx layer', () => {
    const root = page('[a](#nowhere) [b](some-label)\n');
    expect(all(root, 'pending_xref').map((x) => [x.attributes.reftype, x.attributes.reftarget])).toEqual([
      ['myst', '#nowhere'],
      ['myst', 'some-label'],
    ]);
  });

  it('links to other pages by path, with or without suffix, and to files as downloads', () => {
    const root = page('[one](one.md) [rst](../top.rst#intro) [bare](one) [](project:one.md) [file](data/x.tar.gz)\n', {
      page: 'sub/page.md',
      files: { 'sub/one.md': '# One\n', 'top.rst': 'Top\n===\n', 'sub/data/x.tar.gz': 'x' },
    });
    const xrefs = all(root, 'pending_xref');
    expect(xrefs.map((x) => [x.attributes.reftype, x.attributes.reftarget, x.attributes.reftargetdoc, x.attributes.refanchor, x.attributes.refexplicit])).toEqual([
      ['doc', '/sub/one', undefined, undefined, true],
      ['myst', '../top.rst#intro', 'top', 'intro', true],
      ['doc', '/sub/one', undefined, undefined, true],
      ['doc', '/sub/one', undefined, undefined, false],
    ]);
    expect(first(root, 'download_reference').attributes.reftarget).toBe('data/x.tar.gz');
  });

  it('makes <path:...> and [text](path:...) download links', () => {
    const root = page('<path:notes.md> and [get it](path:data/x.bin)\n', { files: { 'notes.md': '# N\n', 'data/x.bin': 'x' } });
    const downloads = all(root, 'download_reference');
    expect(downloads.map((d) => [d.attributes.reftarget, textOf(d)])).toEqual([['notes.md', 'notes.md'], ['data/x.bin', 'get it']]);
  });
});

describe('without a project', () => {
  it('parses with docutils registries only and reports Sphinx roles as unknown', () => {
    const root = parseMarkdown('# T\n\n{ref}`x` and ```{note}\nfine\n```\n', { settings: { sourcePath: 'x.md' } });
    expect(all(root, 'note')).toHaveLength(0);
    expect(messages(root)[0]).toEqual([2, 3, 'Unknown interpreted text role "ref". [myst.role_unknown]']);
  });
});

describe('definition lists (deflist)', () => {
  const DEFLIST = "myst_enable_extensions = ['deflist']";
  it('reads terms and definitions, with Markdown inside', () => {
    const root = page('Intro.\n\nTerm *one*\n: First.\n  Continued.\n\nTerm two\n: With a list:\n\n  - item\n\n~ Second definition.\n\nAfter.\n', { conf: DEFLIST });
    const list = first(root, 'definition_list');
    const items = all(list, 'definition_list_item');
    expect(items.map((i) => textOf(first(i, 'term')))).toEqual(['Term one', 'Term two']);
    expect(all(first(items[0], 'term'), 'emphasis')).toHaveLength(1);
    expect(textOf(first(items[0], 'definition'))).toBe('First.\nContinued.');
    expect(all(items[1], 'definition')).toHaveLength(2);
    expect(all(items[1], 'bullet_list')).toHaveLength(1);
    expect(first(items[1], 'term').position?.start.line).toBe(7);
    expect(root.children.map((c) => c.type)).toEqual(['paragraph', 'definition_list', 'paragraph']);
  });

  it('is plain text without the extension', () => {
    const root = page('Term\n: Definition\n');
    expect(all(root, 'definition_list')).toEqual([]);
  });
});

describe('substitutions', () => {
  const SUBST = "myst_enable_extensions = ['substitution']\nmyst_substitutions = {'product': '**rstro**', 'version': '0.3'}";
  it('replaces {{ key }} from conf.py and front matter, read as Markdown, but not in code', () => {
    const root = page('---\nsubstitutions:\n  version: "0.4"\n---\n# {{ product }} {{version}}\n\nUse `{{ product }}` and {{ missing }}.\n', { conf: SUBST });
    const title = first(root, 'title');
    expect(textOf(title)).toBe('rstro 0.4');
    expect(all(title, 'strong')).toHaveLength(1);
    expect(textOf(first(root, 'literal'))).toBe('{{ product }}');
    expect(messages(root)).toEqual([[2, 7, "Substitution error:UndefinedError: 'missing' is undefined [myst.substitution]"]]);
    expect(all(root, 'field_list')).toEqual([]);
  });

  it('leaves braces alone without the extension', () => {
    expect(textOf(first(page('A {{ x }} b\n'), 'paragraph'))).toBe('A {{ x }} b');
  });
});

describe('unified plugin', () => {
  it('parses through unified().use(mystParse)', async () => {
    const { unified } = await import('unified');
    const { mystParse } = await import('../../src/markdown/index.js');
    const root = unified().use(mystParse, { settings: { sourcePath: 'u.md' } }).parse('# Hi\n') as unknown as Element;
    expect(root.type).toBe('document');
    expect(first(root, 'section').attributes.ids).toEqual(['hi']);
  });
});

describe('field lists (fieldlist)', () => {
  const FIELDS = "myst_enable_extensions = ['fieldlist']";
  it('reads fields with Markdown names and bodies', () => {
    const root = page(':orphan:\n:Author: *Ops* team\n:Steps: 1. first\n  2. second\n\n# Title\n\nText :not: a field.\n', { conf: FIELDS });
    const list = root.children[0] as Element;
    expect(list.type).toBe('field_list');
    expect(all(list, 'field_name').map(textOf)).toEqual(['orphan', 'Author', 'Steps']);
    expect(all(list, 'emphasis')).toHaveLength(1);
    expect(all(all(list, 'field_body')[2], 'list_item')).toHaveLength(2);
    expect(all(root, 'field_list')).toHaveLength(1);
  });

  it('is plain text without the extension', () => {
    expect(all(page(':orphan:\n\n# T\n'), 'field_list')).toEqual([]);
  });
});

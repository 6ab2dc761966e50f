// A project mixing .rst and .md pages: discovery, parsing and cross-references
// resolved in both directions by the Sphinx layer, with Sphinx's warnings.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/doctree/types.js';
import { readConf } from '../../src/sphinx/conf.js';
import { checkProject } from '../../src/sphinx/project.js';
import { all, makeProject, textOf } from './helpers.js';

const INDEX = [
  'Home',
  '====',
  '',
  '.. _home-intro:',
  '',
  'Introduction',
  '------------',
  '',
  'See :ref:`md-details`, :doc:`guide`, :ref:`guide-deeper` and :ref:`Text <md-details>`.',
  '',
  '.. toctree::',
  '',
  '   guide',
  '',
].join('\n');

const GUIDE = [
  '# The guide',
  '',
  '(md-details)=',
  '## Details here',
  '',
  'Back to {ref}`home-intro`, {doc}`index`, [the home page](index.rst), [](index.rst#introduction),',
  '[home label](#home-intro), [local](#details-here).',
  '',
  '(guide-deeper)=',
  '### Deeper',
  '',
  'Broken: {ref}`no-such-label`, [nothing](#nope), {doc}`missing-page`.',
  '',
].join('\n');

async function check(files: Record<string, string>, conf: string) {
  const dir = makeProject(files, conf);
  writeFileSync(path.join(dir, 'package.json'), '{}');
  return checkProject(dir, { noCache: true, rootDir: dir, jobs: 1 });
}

function refs(tree: Element): Array<[string, string, string]> {
  return all(tree, 'reference').filter((r) => r.attributes.internal).map((r) => [String(r.attributes.refdocname), String(r.attributes.refanchor), textOf(r)]);
}

describe('a mixed rST and Markdown project', () => {
  it('resolves references from rST to Markdown and back, with Sphinx warnings for the broken ones', async () => {
    const result = await check({ 'index.rst': INDEX, 'guide.md': GUIDE }, 'myst_heading_anchors = 2');
    expect(result.project.documents.map((d) => [d.docname, d.fileType])).toEqual([['guide', 'markdown'], ['index', 'restructuredtext']]);
    expect(refs(result.documents.get('index')!.doctree)).toEqual([
      ['guide', 'md-details', 'Details here'],
      ['guide', '', 'The guide'],
      ['guide', 'guide-deeper', 'Deeper'],
      ['guide', 'md-details', 'Text'],
    ]);
    expect(refs(result.documents.get('guide')!.doctree)).toEqual([
      ['index', 'home-intro', 'Introduction'],
      ['index', '', 'Home'],
      ['index', '', 'the home page'],
      ['index', 'introduction', 'Introduction'],
      ['index', 'home-intro', 'home label'],
      ['guide', 'details-here', 'local'],
    ]);
    const warnings = result.warnings.map((w) => `${path.basename(w.file ?? '')}:${w.line}: ${w.message}`);
    expect(warnings).toEqual([
      "guide.md:12: undefined label: 'no-such-label'",
      "guide.md:12: 'myst' reference target not found: '#nope'",
      "guide.md:12: unknown document: 'missing-page'",
    ]);
    // The toctree in the rST page includes the Markdown page.
    expect(result.env.tocParents.guide).toEqual(['index']);
    expect(result.env.docs.guide.title).toBe('The guide');
  });

  it('reads .md pages only with myst_parser, as Sphinx does', async () => {
    const files = { 'index.rst': 'Home\n====\n', 'notes.md': '# Notes\n' };
    const without = await check(files, "extensions = []");
    expect(without.project.documents.map((d) => d.docname)).toEqual(['index']);
    const withMyst = await check(files, '');
    expect(withMyst.project.documents.map((d) => d.docname)).toEqual(['index', 'notes']);
  });

  it('links page.md#slug to a heading of another Markdown page and warns on a wrong slug', async () => {
    const result = await check({
      'index.md': '# Home\n\nSee [the setup](other.md#set-up-the-thing) and [bad](other.md#nope).\n\n```{toctree}\nother\n```\n',
      'other.md': '# Other\n\n## Set up the thing\n',
    }, 'myst_heading_anchors = 2');
    expect(refs(result.documents.get('index')!.doctree)).toEqual([['other', 'set-up-the-thing', 'the setup']]);
    expect(result.warnings.map((w) => w.message)).toEqual(["'myst' reference target not found: 'other.md#nope'"]);
  });

  it('reads front matter orphan: true like an rST :orphan: field', async () => {
    const result = await check({ 'index.rst': 'Home\n====\n', 'lone.md': '---\norphan: true\n---\n# Lone\n', 'stray.md': '# Stray\n' }, '');
    expect(result.env.docs.lone.orphan).toBe(true);
    const messages = result.warnings.map((w) => `${w.docname}: ${w.message}`);
    expect(messages).toEqual(["stray: document isn't included in any toctree"]);
  });
});

describe('conf.py', () => {
  it('adds the .md suffix when myst_parser is enabled, even beside an explicit source_suffix dict', () => {
    expect(readConf("extensions = ['myst_parser']\n").config.source_suffix).toEqual({ '.rst': 'restructuredtext', '.md': 'markdown' });
    expect(readConf("extensions = ['myst_parser']\nsource_suffix = {'.rst': 'restructuredtext'}\n").config.source_suffix['.md']).toBe('markdown');
    expect(readConf('source_suffix = [".rst", ".md"]\n').config.source_suffix['.md']).toBe('markdown');
    expect(readConf("extensions = []\n").config.source_suffix).toEqual({ '.rst': 'restructuredtext' });
  });
});

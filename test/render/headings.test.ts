import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../src/rst/index.js';
import { documentHeadings } from '../../src/render/headings.js';
import { computeSite } from '../../src/astro/site-data.js';
import { renderDoc } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('headings from the doctree, before rendering', () => {
  it('agree with the rendered headings in shapes the renderer treats apart', async () => {
    const sources = [
      'Title\n=====\n\nSection\n-------\n\nSub\n~~~\n\ntext\n\nOther\n-----\n',
      // No document title: the top sections are level 1, the first of them the page title.
      'text first\n\nOne\n===\n\nTwo\n===\n\nInner\n-----\n',
      'no heading at all\n',
      '.. _target:\n\nTitle with *emphasis* and ``code``\n==================================\n\nDeep\n----\n\nDeeper\n~~~~~~\n\nDeepest\n^^^^^^^\n\nLevel five\n++++++++++\n\nLevel six\n""""""""""\n\nLevel seven\n##########\n',
    ];
    for (const source of sources) {
      const doctree = parseRst(source);
      const rendered = await renderDoc(doctree);
      expect(documentHeadings(doctree)).toEqual({ title: rendered.title, headings: rendered.headings });
    }
  });

  it('agree with the rendered headings on every page of the knowledge base', async () => {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'rstro-headings-'));
    const placed: Array<{ docname: string; title: string; headings: unknown }> = [];
    const build = await computeSite({ source: path.join(root, 'content'), fixtureRoot: path.join(root, 'literalinclude'), cacheDir, dev: false }, undefined, undefined, (site) => {
      placed.push(...site.pages);
    });
    expect(build.site.pages.length).toBeGreaterThan(10);
    expect(placed.map((p) => [p.docname, p.title, p.headings])).toEqual(build.site.pages.map((p) => [p.docname, p.title, p.headings]));
  }, 60_000);
});

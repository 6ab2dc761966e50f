import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/sphinx/conf.js';
import { discoverDocuments } from '../../src/sphinx/discover.js';
import { matchesAny, patternToRegExp } from '../../src/sphinx/glob.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rstro-discover-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x\n');
  }
  return dir;
}

describe("Sphinx's glob patterns", () => {
  it('`*` stays within one folder, `**` crosses folders', () => {
    expect(patternToRegExp('drafts/*').test('drafts/a.rst')).toBe(true);
    expect(patternToRegExp('drafts/*').test('drafts/sub/a.rst')).toBe(false);
    expect(patternToRegExp('drafts/**').test('drafts/sub/a.rst')).toBe(true);
    expect(patternToRegExp('**/skip.rst').test('a/b/skip.rst')).toBe(true);
    expect(patternToRegExp('a?.rst').test('ab.rst')).toBe(true);
    expect(patternToRegExp('a?.rst').test('a/.rst')).toBe(false);
    expect(patternToRegExp('[!x]*.rst').test('y.rst')).toBe(true);
    expect(patternToRegExp('[!x]*.rst').test('x.rst')).toBe(false);
    expect(matchesAny('_build', ['_build', 'Thumbs.db'])).toBe(true);
  });
});

describe('discovery', () => {
  it('finds documents by suffix, with posix docnames without suffix, honouring exclude and include patterns', () => {
    const dir = tree([
      'index.rst', 'a/b/page.rst', 'a/b/data.txt', 'drafts/wip.rst', 'drafts/deep/x.rst', 'notes.md',
      '.hidden/secret.rst', 'node_modules/pkg/readme.rst', '_build/html/_sources/index.rst', 'odd.rst.rst', 'tmpl/layout.rst',
    ]);
    const config = { ...defaultConfig(), exclude_patterns: ['drafts/*'], templates_path: ['tmpl'] };
    const { documents } = discoverDocuments(dir, config);
    // Like Sphinx, a folder matching an exclude pattern is skipped whole: drafts/deep matches 'drafts/*'.
    expect(documents.map((d) => d.docname)).toEqual(['a/b/page', 'index', 'odd.rst']);
    expect(documents[0]).toMatchObject({ path: path.join(dir, 'a/b/page.rst'), relativePath: 'a/b/page.rst', fileType: 'restructuredtext' });

    const withMd = { ...defaultConfig(), source_suffix: { '.rst': 'restructuredtext', '.md': 'markdown' }, include_patterns: ['index.rst', '**.md'] };
    expect(discoverDocuments(dir, withMd).documents.map((d) => `${d.docname}:${d.fileType}`)).toEqual(['index:restructuredtext', 'notes:markdown']);
  });

  it('warns when two files make the same docname, keeping the first suffix', () => {
    const dir = tree(['index.rst', 'index.md']);
    const config = { ...defaultConfig(), source_suffix: { '.rst': 'restructuredtext', '.md': 'markdown' } };
    const { documents, warnings } = discoverDocuments(dir, config);
    expect(documents.map((d) => d.relativePath)).toEqual(['index.rst']);
    expect(warnings[0].message).toContain('multiple files found for the document "index"');
  });
});

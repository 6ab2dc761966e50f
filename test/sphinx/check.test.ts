// rstro check end to end (parser + Sphinx directives and roles + environment), on small projects
// whose sphinx-build output was observed: same messages, same files and lines.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../src/doctree/builders.js';
import { checkProject } from '../../src/sphinx/project.js';
import { formatWarning, warningToJson } from '../../src/sphinx/warnings.js';

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rstro-check-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

describe('checkProject', () => {
  it("reports Sphinx's warnings with the document's own line numbers despite rst_prolog", async () => {
    const src = write({
      'conf.py': `project = 'T'\nrst_prolog = """\n.. |p| replace:: PROLOG\n"""\n`,
      'index.rst': ':orphan:\n\nTitle\n=====\n\n.. toctree::\n\n   a\n   missing\n\nFirst line\nsecond :ref:`nolabel` line\nthird :ref:`sec-a` and :doc:`a` and :doc:`nope` |p|\n\n.. bogus::\n',
      'a.rst': '.. _sec-a:\n\nSection A\n=========\n\nText.\n',
      'lonely.rst': 'Lonely\n======\n',
    });
    const result = await checkProject(src, { noCache: true, jobs: 1 });
    const lines = result.warnings.map((w) => formatWarning(w).split('\n')[0].replace(src + '/', ''));
    expect(lines).toEqual(expect.arrayContaining([
      "index.rst:6: WARNING: toctree contains reference to nonexisting document 'missing'",
      'index.rst:15: ERROR: Unknown directive type "bogus".',
      "lonely.rst: WARNING: document isn't included in any toctree",
      "index.rst:11: WARNING: undefined label: 'nolabel'",
      "index.rst:11: WARNING: unknown document: 'nope'",
    ]));
    expect(lines.filter((l) => l.includes('toctree contains'))).toHaveLength(1);
    expect(result.warnings).toHaveLength(5);
    expect(result.env.labels['sec-a']).toMatchObject({ docname: 'a', title: 'Section A' });
    const json = warningToJson(result.warnings.find((w) => w.message.startsWith('undefined label'))!, { relativeTo: src });
    expect(json).toEqual({ file: 'index.rst', line: 11, column: null, level: 'warning', type: 'ref', message: "undefined label: 'nolabel'" });
    expect(result.documents.get('index')!.linksTo).toEqual(['a']);
    const index = result.documents.get('index')!.doctree;
    expect(JSON.stringify(index)).not.toContain('system_message');
    expect(textContent(index)).toContain('Section A');
    expect(textContent(index)).toContain('PROLOG');
  });
});

describe('todolist', () => {
  it('lists every todo of the project with where it came from (as sphinx-build 5.3 does)', async () => {
    const src = write({
      'conf.py': "project = 't'\nextensions = ['sphinx.ext.todo']\ntodo_include_todos = True\n",
      'index.rst': 'T\n=\n\n.. toctree::\n\n   a\n\n.. todolist::\n',
      'a.rst': 'A\n=\n\ntext\n\n.. todo:: Fix *this*.\n\n   More.\n',
    });
    const result = await checkProject(src, { noCache: true, jobs: 1 });
    expect(result.warnings).toEqual([]);
    const index = result.documents.get('index')!.doctree;
    const text = textContent(index);
    expect(text).toContain('Fix this.');
    expect(text).toContain(`(The original entry is located in ${path.join(src, 'a.rst')}, line 6.)`);
    expect(JSON.stringify(index)).toContain('"refdocname":"a","refanchor":"id1"');
  });
});

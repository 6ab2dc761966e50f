// The transforms inside the Sphinx layer: checkProject applies them to every document before the
// environment is built, and their messages come out as sphinx-build prints them (observed with
// Sphinx 5.3 on this same project: same messages, files and lines, despite rst_prolog).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/doctree/builders.js';
import type { DoctreeNode, Element } from '../../../src/doctree/types.js';
import { checkProject } from '../../../src/sphinx/project.js';
import { formatWarning } from '../../../src/sphinx/warnings.js';

function* elements(node: DoctreeNode): Generator<Element> {
  if (node.type === 'text') return;
  yield node as Element;
  for (const child of (node as Element).children) yield* elements(child);
}

const INDEX = `Title
=====

.. _lab:

Section A
---------

Version |version|, release |release|, |p|, |nope|.
See \`missing\`_ and [#]_ and [1]_ and \`lab\`_ and :ref:\`lab\`.

.. [#] auto
.. [1] one
.. [2] unreferenced
.. [#x] unreferenced auto
`;

describe('transforms in checkProject', () => {
  it('reports like sphinx-build and leaves a transformed doctree', async () => {
    const src = mkdtempSync(path.join(os.tmpdir(), 'rstro-transforms-'));
    writeFileSync(path.join(src, 'conf.py'), 'project = "T"\nversion = "2.1"\nrelease = "2.1.3"\nrst_prolog = """\n.. |p| replace:: PROLOG\n"""\n');
    writeFileSync(path.join(src, 'index.rst'), INDEX);
    const result = await checkProject(src, { noCache: true, jobs: 1 });
    expect(result.warnings.map((w) => formatWarning(w).replace(src + '/', ''))).toEqual([
      'index.rst:14: WARNING: Footnote [2] is not referenced.',
      'index.rst:9: ERROR: Undefined substitution referenced: "nope".',
      'index.rst:9: ERROR: Unknown target name: "missing".',
    ]);
    const tree = result.documents.get('index')!.doctree;
    const paragraph = [...elements(tree)].find((e) => e.type === 'paragraph')!;
    expect(textContent(paragraph)).toContain('Version 2.1, release 2.1.3, PROLOG, |nope|.');
    const refs = [...elements(tree)].filter((e) => e.type === 'footnote_reference');
    expect(refs.map((r) => [textContent(r), r.attributes.refid])).toEqual([['3', 'id3'], ['1', 'id4']]);
    // The label before the section still labels it: the section carries its id, :ref: and `lab`_ both link there.
    const section = [...elements(tree)].find((e) => e.type === 'section' && (e.attributes.names as string[]).includes('section a'))!;
    expect(section.attributes.ids).toEqual(['section-a', 'lab']);
    expect(result.env.labels.lab).toMatchObject({ docname: 'index', anchor: 'lab', title: 'Section A' });
    const links = [...elements(paragraph)].filter((e) => e.type === 'reference');
    expect(links.map((l) => l.attributes.refid ?? l.attributes.refanchor)).toEqual(['lab', 'lab']);
  }, 60_000);
});

// registerSphinx with the project model's ProjectContext: one registration
// serving several documents, each directive finding its document from the
// parser's settings.
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/doctree/builders.js';
import { parseRst } from '../../../src/rst/index.js';
import { createRegistries } from '../../../src/rst/registries.js';
import { registerSphinx } from '../../../src/sphinx/directives/index.js';
import { defaultConfig } from '../../../src/sphinx/conf.js';
import type { ProjectContext, SphinxConfig } from '../../../src/sphinx/types.js';
import { findAll, makeProject } from './harness.js';

function project(root: string, config: Partial<SphinxConfig> = {}): ProjectContext {
  const srcdir = join(root, 'content');
  const docnames = new Set(['index', 'k8s/oom', 'k8s/disk']);
  return {
    srcdir,
    rootDir: root,
    config: { ...defaultConfig(), ...config },
    tags: new Set(['html']),
    docnames,
    docnameOf(path) {
      const rel = relative(srcdir, path).replace(/\.rst$/, '');
      return docnames.has(rel) ? rel : null;
    },
    pathOf: (docname) => join(srcdir, docname + '.rst'),
    isExcluded: (docname) => docname.startsWith('drafts/'),
  };
}

describe('registerSphinx with a ProjectContext', () => {
  const root = makeProject({
    'content/k8s/cmd.sh': 'kubectl top pods\n',
    'literalinclude/k8s/oom/dmesg.txt': 'Killed process 42\n',
  });
  const registries = createRegistries();
  registerSphinx(registries, project(root, { highlight_language: 'console', extensions: ['sphinx.ext.graphviz'] }));
  const read: string[] = [];
  const parse = (docname: string, source: string) =>
    parseRst(source, {
      registries,
      settings: {
        sourcePath: join(root, 'content', docname + '.rst'),
        readFile(path: string) {
          read.push(path);
          if (!realpathSync(path).startsWith(realpathSync(root))) throw new Error(`${path} is outside the project root`);
          return readFileSync(path, 'utf8');
        },
      },
    });

  it('finds each document, its folder and its fixtures', () => {
    const tree = parse('k8s/oom', '.. literalinclude:: cmd.sh\n\n.. literalinclude:: oom/dmesg.txt\n\n:ref:`x`\n');
    expect(findAll(tree, 'literal_block').map(textContent)).toEqual(['kubectl top pods\n', 'Killed process 42\n']);
    expect(findAll(tree, 'pending_xref')[0].attributes.refdoc).toBe('k8s/oom');
    // Reads go through the parser's reader, which records dependencies for the project model.
    expect(read).toContain(join(root, 'literalinclude/k8s/oom/dmesg.txt'));
  });

  it('keeps per-document state apart (highlight) and uses conf.py values', () => {
    const first = parse('index', '.. highlight:: c\n\n.. code-block::\n\n   x\n');
    const second = parse('k8s/disk', '.. code-block::\n\n   y\n');
    expect(findAll(first, 'literal_block')[0].attributes.language).toBe('c');
    expect(findAll(second, 'literal_block')[0].attributes.language).toBe('console');
  });

  it('checks toctree entries against the project documents', () => {
    const tree = parse('index', '.. toctree::\n\n   k8s/oom\n   nope\n   drafts/x\n');
    expect((findAll(tree, 'toctree')[0].data as { includefiles: string[] }).includefiles).toEqual(['k8s/oom']);
    expect(findAll(tree, 'system_message').map(textContent)).toEqual([
      "toctree contains reference to nonexisting document 'nope'",
      "toctree contains reference to excluded document 'drafts/x'",
    ]);
  });

  it('registers extension directives that conf.py enables', () => {
    const tree = parse('index', '.. digraph:: g\n\n   a -> b\n');
    expect(findAll(tree, 'graphviz').length).toBe(1);
  });
});

// glossary, index, todo, graphviz, image/figure, include.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/doctree/types.js';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from './harness.js';

describe('glossary', () => {
  const source = [
    '.. glossary::',
    '   :sorted:',
    '',
    '   OOM killer',
    '   oom-killer',
    '      The kernel\'s last resort.',
    '',
    '      Second paragraph.',
    '',
    '   cgroup',
    '      A group of processes.',
    '',
  ].join('\n');

  it('builds glossary > definition_list.glossary with term ids and index entries', () => {
    const r = build(source);
    const [glossary] = r.find('glossary');
    expect(glossary.attributes.sorted).toBe(true);
    expect(glossary.children[0].type).toBe('definition_list');
    expect((glossary.children[0] as Element).attributes.classes).toEqual(['glossary']);
    const terms = r.find('term');
    expect(terms.map((t) => t.attributes.ids)).toEqual([['term-cgroup'], ['term-OOM-killer'], ['term-oom-killer']]);
    expect(r.find('index')[0].data?.entries).toEqual([['single', 'cgroup', 'term-cgroup', 'main', null]]);
    expect(r.find('definition').map((d) => d.children.length)).toEqual([1, 2]);
  });

  it('keeps the written order without :sorted:', () => {
    const r = build(source.replace('   :sorted:\n', ''));
    expect(r.find('term').map((t) => textContent(t))).toEqual(['OOM killer', 'oom-killer', 'cgroup']);
  });

  it('gives a duplicate term a numbered id, and makes ids like Sphinx', () => {
    const r = build('.. glossary::\n\n   Foo bar\n   C++\n   Überblick ß\n   my_term\n      Def.\n\n   Foo bar\n      Again.\n');
    expect(r.find('term').map((t) => t.attributes.ids)).toEqual([
      ['term-Foo-bar'], ['term-C'], ['term-Uberblick-sz'], ['term-my_term'], ['term-0'],
    ]);
  });

  it('uses " : " for an index key and parses term markup', () => {
    const r = build('.. glossary::\n\n   *pod* : workloads\n      Smallest unit.\n');
    const [term] = r.find('term');
    expect(term.children[0].type).toBe('emphasis');
    expect(r.find('index')[0].data?.entries).toEqual([['single', 'pod', 'term-pod', 'main', 'workloads']]);
  });

  it('warns about a term glued to the previous definition', () => {
    const r = build('.. glossary::\n\n   a\n      x\n   b\n      y\n');
    expect(r.messages).toEqual(['5: glossary term must be preceded by empty line']);
    expect(r.find('definition_list_item').length).toBe(2);
  });
});

describe('index', () => {
  it('parses every entry type into [type, value, target, main, key] and adds a target', () => {
    const r = build('.. index::\n   single: memory; OOM\n   pair: cgroup; memory\n   !triple: a; b; c\n   see: OOM; out of memory\n   seealso: x; y\n   module: os\n   builtin: len\n   plain, other\n');
    const [index] = r.find('index');
    expect(index.attributes.inline).toBe(false);
    expect(index.data?.entries).toEqual([
      ['single', 'memory; OOM', 'index-0', '', null],
      ['pair', 'cgroup; memory', 'index-0', '', null],
      ['triple', 'a; b; c', 'index-0', 'main', null],
      ['see', 'OOM; out of memory', 'index-0', '', null],
      ['seealso', 'x; y', 'index-0', '', null],
      ['pair', 'module; os', 'index-0', '', null],
      ['pair', 'built-in function; len', 'index-0', '', null],
      ['single', 'plain', 'index-0', '', null],
      ['single', 'other', 'index-0', '', null],
    ]);
    expect(r.find('target')[0].attributes.ids).toEqual(['index-0']);
  });

  it('numbers targets per document and honours :name:', () => {
    const r = build('.. index:: a\n\n.. index:: b\n\n.. index:: c\n   :name: my-entry\n');
    expect(r.find('target').map((t) => t.attributes.ids)).toEqual([['index-0'], ['index-1'], ['my-entry']]);
    expect(r.find('target')[2].attributes.names).toEqual(['my-entry']);
  });
});

describe('todo (sphinx.ext.todo)', () => {
  const config = { extensions: ['sphinx.ext.todo'], todoIncludeTodos: true };

  it('makes todo_node > title "Todo" + body, with an id and the docname', () => {
    const r = build('.. todo:: Check cgroup v1.\n\n.. todolist::\n', { config, docname: 'k8s/oom' });
    const [todo] = r.find('todo_node');
    expect(todo.attributes).toMatchObject({ classes: ['admonition', 'todo'], docname: 'k8s/oom' });
    expect(todo.attributes.ids).toEqual(['id1']);
    expect(todo.children.map(textContent)).toEqual(['Todo', 'Check cgroup v1.']);
    expect(r.find('todolist').length).toBe(1);
  });

  it('shows nothing when todo_include_todos is off', () => {
    const r = build('.. todo:: Later.\n\n.. todolist::\n', { config: { extensions: ['sphinx.ext.todo'] } });
    expect(r.tree.children).toEqual([]);
  });

  it('is an unknown directive without the extension, as in Sphinx', () => {
    const r = build('.. todo:: Later.\n');
    expect(r.messages.some((m) => /Unknown directive type "todo"/.test(m))).toBe(true);
  });
});

describe('graphviz (sphinx.ext.graphviz)', () => {
  const config = { extensions: ['sphinx.ext.graphviz'] };

  it('keeps the DOT source and options', () => {
    const r = build('.. graphviz::\n   :alt: flow\n   :caption: Pod flow\n   :layout: neato\n   :align: center\n   :name: flow\n\n   digraph { a -> b }\n', { config });
    const [node] = r.find('graphviz');
    expect(node.attributes).toMatchObject({ alt: 'flow', caption: 'Pod flow', layout: 'neato', align: 'center', names: ['flow'] });
    expect(node.data?.code).toBe('digraph { a -> b }');
  });

  it('graph and digraph wrap their content', () => {
    const r = build('.. digraph:: deps\n\n   a -> b\n   b -> c\n\n.. graph:: net\n\n   a -- b\n', { config });
    expect(r.find('graphviz').map((n) => n.data?.code)).toEqual(['digraph deps {\na -> b\nb -> c\n}\n', 'graph net {\na -- b\n}\n']);
  });

  it('reads a .dot file relative to the document', () => {
    const r = build('.. graphviz:: flow.dot\n', { config, docname: 'k8s/oom', files: { 'content/k8s/flow.dot': 'digraph { x }\n' } });
    expect(r.find('graphviz')[0].data?.code).toBe('digraph { x }\n');
  });

  it('warns about a missing file, or a file and content together', () => {
    const missing = build('.. graphviz:: nope.dot\n', { config });
    expect(missing.messages[0]).toMatch(/^1: External Graphviz file '.*nope\.dot' not found or reading it failed$/);
    const both = build('.. graphviz:: a.dot\n\n   digraph {}\n', { config });
    expect(both.messages).toEqual(['1: Graphviz directive cannot have both content and a filename argument']);
  });
});

describe('image and figure', () => {
  it('keep the URI as written and record the file relative to the document', () => {
    const r = build('.. image:: img/oom.png\n\n.. figure:: /shared/arch.svg\n\n   Caption.\n', {
      docname: 'k8s/oom',
      files: { 'content/k8s/img/oom.png': 'png', 'content/shared/arch.svg': '<svg/>' },
    });
    const images = r.find('image');
    expect(images.map((i) => i.attributes.uri)).toEqual(['img/oom.png', '/shared/arch.svg']);
    expect(images.map((i) => i.data?.sourcePath)).toEqual([join(r.root, 'content/k8s/img/oom.png'), join(r.root, 'content/shared/arch.svg')]);
    expect(r.messages).toEqual([]);
  });

  it('warns in Sphinx words about a missing image', () => {
    const r = build('.. image:: nope.png\n', { docname: 'k8s/oom' });
    expect(r.messages).toEqual(['1: image file not readable: k8s/nope.png']);
  });

  it('leaves remote images alone', () => {
    const r = build('.. image:: https://example.com/a.png\n');
    expect(r.find('image')[0].data?.sourcePath).toBeUndefined();
    expect(r.messages).toEqual([]);
  });
});

describe('include', () => {
  const files = {
    'content/shared/warning.rst': 'Shared *warning* text.\n',
    'content/k8s/local.rst': 'Local text.\n\n.. literalinclude:: check.sh\n',
    'content/k8s/check.sh': 'echo ok\n',
    'content/k8s/log.txt': 'start\nline A\nend\n',
    'literalinclude/k8s/oom/fixture.txt': 'from fixtures\n',
  };

  it('resolves relative to the document and /paths from the source root', () => {
    const r = build('.. include:: local.rst\n\n.. include:: /shared/warning.rst\n', { files, docname: 'k8s/oom' });
    expect(r.find('paragraph').map(textContent)).toEqual(['Local text.', 'Shared warning text.']);
    expect(textContent(r.find('literal_block')[0])).toBe('echo ok\n');
    expect(r.context.dependencies.has(join(r.root, 'content/shared/warning.rst'))).toBe(true);
  });

  it('supports docutils options: start-after, end-before, literal, code', () => {
    const r = build('.. include:: log.txt\n   :literal:\n   :start-after: start\n   :end-before: end\n\n.. include:: check.sh\n   :code: bash\n', { files, docname: 'k8s/oom' });
    const blocks = r.find('literal_block');
    expect(textContent(blocks[0])).toBe('\nline A');
    expect(textContent(blocks[1])).toContain('echo ok');
  });

  it('falls back to the fixture root', () => {
    const r = build('.. include:: oom/fixture.txt\n   :literal:\n', { files, docname: 'k8s/oom' });
    expect(textContent(r.find('literal_block')[0])).toBe('from fixtures');
  });

  it('reports a missing file as docutils does', () => {
    const r = build('.. include:: nope.rst\n', { files });
    expect(r.messages[0]).toMatch(/^1: Problems with "include" directive path:/);
  });
});

describe('csv-table', () => {
  it('reads a /-rooted :file: from the source root, as Sphinx patches it', () => {
    const r = build('.. csv-table:: Signals\n   :file: /_static/signals.csv\n   :header-rows: 1\n', {
      docname: 'k8s/node',
      files: { 'content/_static/signals.csv': 'signal,threshold\nmemory.available,100Mi\n' },
    });
    expect(r.messages).toEqual([]);
    expect(r.find('entry').map(textContent)).toEqual(['signal', 'threshold', 'memory.available', '100Mi']);
  });
});

describe('figure :name:', () => {
  it('names the figure (as Sphinx patches it), not the image', () => {
    const r = build('.. figure:: a.png\n   :name: arch\n\n   The architecture.\n', { files: { 'content/a.png': 'x' } });
    expect(r.find('figure')[0].attributes).toMatchObject({ ids: ['arch'], names: ['arch'] });
    expect(r.find('image')[0].attributes.names).toBeUndefined();
  });
});

describe('registering twice', () => {
  it('does not wrap the include wrapper again', async () => {
    const { createRegistries } = await import('../../../src/rst/registries.js');
    const { registerSphinx } = await import('../../../src/sphinx/directives/index.js');
    const { createSphinxContext } = await import('../../../src/sphinx/context.js');
    const { parseRst } = await import('../../../src/rst/index.js');
    const { makeProject } = await import('./harness.js');
    const root = makeProject({ 'content/part.rst': 'Included.\n' });
    const context = createSphinxContext({ docname: 'index', sourceRoot: join(root, 'content'), projectRoot: root });
    const registries = createRegistries();
    registerSphinx(registries, context);
    registerSphinx(registries, context);
    const tree = parseRst('.. include:: part.rst\n', { registries, settings: { sourcePath: context.docPath } });
    expect(textContent(tree)).toBe('Included.');
  });
});

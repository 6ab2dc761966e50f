import { describe, expect, it } from 'vitest';
import { build } from './harness.js';

const docnames = ['index', 'intro', 'k8s/index', 'k8s/oom', 'k8s/disk', 'k8s/net/dns', 'linux/slab'];

function toctree(source: string, docname = 'index', extra: Partial<Parameters<typeof build>[1]> = {}) {
  const r = build(source, { docnames, docname, ...extra });
  const [wrapper] = r.find('compound');
  const [node] = r.find('toctree');
  return { r, wrapper, node, data: node.data as { entries: Array<{ title: string | null; ref: string }>; includefiles: string[] } };
}

describe('toctree', () => {
  it('lists documents, Sphinx defaults as attributes, inside compound.toctree-wrapper', () => {
    const { wrapper, node, data, r } = toctree('.. toctree::\n\n   intro\n   k8s/index\n');
    expect(wrapper.attributes.classes).toEqual(['toctree-wrapper']);
    expect(node.attributes).toMatchObject({ parent: 'index', maxdepth: -1, glob: false, hidden: false, includehidden: false, numbered: 0, titlesonly: false });
    expect(data.entries).toEqual([{ title: null, ref: 'intro' }, { title: null, ref: 'k8s/index' }]);
    expect(data.includefiles).toEqual(['intro', 'k8s/index']);
    expect(r.messages).toEqual([]);
  });

  it('maps options', () => {
    const { node, wrapper } = toctree('.. toctree::\n   :maxdepth: 2\n   :caption: Runbooks\n   :name: main-toc\n   :hidden:\n   :titlesonly:\n   :includehidden:\n   :numbered:\n\n   intro\n');
    expect(node.attributes).toMatchObject({ maxdepth: 2, caption: 'Runbooks', name: 'main-toc', hidden: true, titlesonly: true, includehidden: true, numbered: 999 });
    expect(wrapper.attributes.names).toEqual(['main-toc']);
    const numbered = toctree('.. toctree::\n   :numbered: 2\n\n   intro\n');
    expect(numbered.node.attributes.numbered).toBe(2);
  });

  it('normalises docnames relative to the current document; /absolute from the root; suffix dropped', () => {
    const { data } = toctree('.. toctree::\n\n   oom\n   net/dns.rst\n   ../intro\n   /linux/slab\n', 'k8s/index');
    expect(data.entries.map((e) => e.ref)).toEqual(['k8s/oom', 'k8s/net/dns', 'intro', 'linux/slab']);
  });

  it('keeps explicit titles, self and external links', () => {
    const { data } = toctree('.. toctree::\n\n   Memory <k8s/oom>\n   Home <self>\n   https://kubernetes.io\n   Docs <https://docs.example.com/a>\n');
    expect(data.entries).toEqual([
      { title: 'Memory', ref: 'k8s/oom' },
      { title: 'Home', ref: 'self' },
      { title: null, ref: 'https://kubernetes.io' },
      { title: 'Docs', ref: 'https://docs.example.com/a' },
    ]);
    expect(data.includefiles).toEqual(['k8s/oom']);
  });

  it('expands glob patterns, sorted, without the current document', () => {
    const { data, r } = toctree('.. toctree::\n   :glob:\n\n   *\n   net/*\n', 'k8s/index');
    expect(data.includefiles).toEqual(['k8s/disk', 'k8s/oom', 'k8s/net/dns']);
    expect(r.messages).toEqual([]);
  });

  it('does not glob without :glob:, and warns about a pattern matching nothing', () => {
    const plain = toctree('.. toctree::\n\n   k8s/*\n');
    expect(plain.r.messages).toEqual(["1: toctree contains reference to nonexisting document 'k8s/*'"]);
    const none = toctree('.. toctree::\n   :glob:\n\n   zzz*\n');
    expect(none.r.messages).toEqual(["1: toctree glob pattern 'zzz*' didn't match any documents"]);
  });

  it('reverses entries with :reversed:', () => {
    const { data } = toctree('.. toctree::\n   :reversed:\n\n   intro\n   k8s/oom\n');
    expect(data.includefiles).toEqual(['k8s/oom', 'intro']);
  });

  it('warns about missing, excluded and duplicated documents at the directive line', () => {
    const { data, r } = toctree('Intro.\n\n.. toctree::\n\n   nope\n   drafts/x\n   intro\n   intro\n', 'index', { docnames, excludedDocnames: ['drafts/x'] });
    expect(data.includefiles).toEqual(['intro', 'intro']);
    expect(r.messages).toEqual([
      "3: toctree contains reference to nonexisting document 'nope'",
      "3: toctree contains reference to excluded document 'drafts/x'",
      '3: duplicated entry found in toctree: intro',
    ]);
  });
});

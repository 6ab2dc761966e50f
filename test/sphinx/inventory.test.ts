import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../src/doctree/builders.js';
import type { Element } from '../../src/doctree/types.js';
import { buildEnvironment } from '../../src/sphinx/build-env.js';
import { defaultConfig } from '../../src/sphinx/conf.js';
import { loadIntersphinx } from '../../src/sphinx/intersphinx.js';
import { projectInventory, readInventory, writeInventory, InventoryError } from '../../src/sphinx/inventory.js';
import { resolveDocument } from '../../src/sphinx/resolve.js';
import { doc, para, section, target, xref } from './helpers.js';

describe('objects.inv', () => {
  it('round-trips the project inventory (labels, documents) through version 2', () => {
    const d = doc('k8s/oom', [target('oom_killer', 1), section('OOM killer', 'oom-killer', 3)]);
    const index = doc('index', [section('Home', 'home', 1)]);
    const { env } = buildEnvironment([d, index], defaultConfig(), '/src');
    const inv = projectInventory(env, 'KB', '1.0');
    const bytes = writeInventory(inv);
    expect(bytes.subarray(0, 28).toString()).toBe('# Sphinx inventory version 2');
    const back = readInventory(bytes);
    expect(back.project).toBe('KB');
    expect(back.version).toBe('1.0');
    expect(back.items).toEqual(inv.items);
    expect(back.items).toContainEqual({ name: 'oom_killer', type: 'std:label', priority: -1, uri: 'k8s/oom/#oom-killer', dispname: 'OOM killer' });
    expect(back.items).toContainEqual({ name: 'index', type: 'std:doc', priority: -1, uri: '', dispname: 'Home' });
  });

  it("reads Sphinx's shorthands: `$` in the uri and `-` as display name", () => {
    const body = 'os.path py:module 0 library/os.path.html#module-$ -\nmy label std:label -1 x.html#my-label My Label\n';
    const data = Buffer.concat([Buffer.from('# Sphinx inventory version 2\n# Project: Py\n# Version: 3.12\n# The remainder of this file is compressed using zlib.\n'), deflateSync(Buffer.from(body))]);
    const inv = readInventory(data);
    expect(inv.items[0]).toEqual({ name: 'os.path', type: 'py:module', priority: 0, uri: 'library/os.path.html#module-os.path', dispname: 'os.path' });
    expect(inv.items[1]).toMatchObject({ name: 'my label', dispname: 'My Label' });
  });

  it('rejects files that are not inventories with a clear error', () => {
    expect(() => readInventory(Buffer.from('hello\n'))).toThrow(InventoryError);
    expect(() => readInventory(Buffer.from('# Sphinx inventory version 2\n# Project: x\n# Version: 1\n# The remainder of this file is compressed using zlib.\nnot zlib'))).toThrow(/cannot be decompressed/);
  });
});

describe('intersphinx from local inventories', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rstro-inv-'));
  const body = 'os.path.join py:function 1 library/os.path.html#$ -\nbuiltin-types std:label -1 library/stdtypes.html#$ Built-in Types\n';
  writeFileSync(path.join(dir, 'python.inv'), Buffer.concat([Buffer.from('# Sphinx inventory version 2\n# Project: Python\n# Version: 3.12\n# The remainder of this file is compressed using zlib.\n'), deflateSync(Buffer.from(body))]));
  const config = {
    ...defaultConfig(),
    extensions: ['sphinx.ext.intersphinx'],
    intersphinx_mapping: { python: { uri: 'https://docs.python.org/3', inventories: ['python.inv'] }, far: { uri: 'https://far.example.org', inventories: [null] } },
  };

  it('resolves refs and domain roles against a local objects.inv, and warns once for an unreachable one', () => {
    const { intersphinx, warnings } = loadIntersphinx(config, dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/^failed to reach any of the inventories with the following issues:\nintersphinx inventory 'https:\/\/far\.example\.org\/objects\.inv' not fetchable: rstro does not use the network/);
    const d = doc('index', [section('T', 't', 1, [para(3, xref('ref', 'builtin-types'), xref('func', 'os.path.join', { domain: 'py' }), xref('ref', 'python:builtin-types', { explicit: 'types' }))])]);
    const { env } = buildEnvironment([d], config, dir);
    expect(resolveDocument(d.doctree, 'index', { env, config, intersphinx })).toEqual([]);
    const [ref, func, prefixed] = (d.doctree.children[0] as Element).children[1] && ((d.doctree.children[0] as Element).children[1] as Element).children as Element[];
    expect(ref.attributes).toMatchObject({ internal: false, refuri: 'https://docs.python.org/3/library/stdtypes.html#builtin-types', reftitle: '(in Python v3.12)' });
    expect(textContent(ref)).toBe('Built-in Types');
    expect(func.attributes.refuri).toBe('https://docs.python.org/3/library/os.path.html#os.path.join');
    expect(textContent(prefixed)).toBe('types');
  });

  it('ignores intersphinx_mapping when the extension is not enabled', () => {
    expect(loadIntersphinx({ ...config, extensions: [] }, dir).warnings).toEqual([]);
  });
});

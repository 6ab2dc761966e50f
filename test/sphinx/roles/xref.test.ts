// Cross-reference roles: pending_xref nodes as Sphinx 5.3 builds them (observed
// in its pickled doctrees), before resolution.
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/doctree/types.js';
import { pformat } from '../../../src/doctree/pformat.js';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from '../directives/harness.js';

function xref(source: string, docname = 'k8s/oom') {
  const r = build(source + '\n', { docname });
  return { r, nodes: r.find('pending_xref') };
}

describe('std roles', () => {
  it(':ref: -> pending_xref std/ref with inline.xref.std.std-ref', () => {
    const { nodes } = xref(':ref:`oom-killer`');
    expect(pformat(nodes[0])).toBe(
      [
        '<pending_xref refdoc="k8s/oom" refdomain="std" refexplicit="0" reftarget="oom-killer" reftype="ref" refwarn="1">',
        '    <inline classes="xref std std-ref">',
        '        oom-killer',
        '',
      ].join('\n'),
    );
  });

  it('an explicit title keeps the text and marks refexplicit; labels are lowercased', () => {
    const { nodes } = xref(':ref:`The OOM killer <OOM-Killer>`');
    expect(nodes[0].attributes).toMatchObject({ refexplicit: true, reftarget: 'oom-killer' });
    expect(textContent(nodes[0])).toBe('The OOM killer');
  });

  it('an escaped < is not a title separator', () => {
    const { nodes } = xref(':ref:`a \\<b>`');
    expect(nodes[0].attributes.refexplicit).toBe(false);
    expect(textContent(nodes[0])).toBe('a <b>');
  });

  it(':doc: keeps the target as written, relative or absolute', () => {
    const { nodes } = xref(':doc:`../intro` :doc:`/linux/slab` :doc:`Slab <slab>`');
    expect(nodes.map((n) => [n.attributes.reftype, n.attributes.reftarget, n.attributes.refexplicit])).toEqual([
      ['doc', '../intro', false], ['doc', '/linux/slab', false], ['doc', 'slab', true],
    ]);
    expect(nodes[0].children[0]).toMatchObject({ type: 'inline', attributes: { classes: ['xref', 'std', 'std-doc'] } });
  });

  it(':numref: uses a literal and lowercases; :term: an inline, case kept', () => {
    const { nodes } = xref(':numref:`Fig-1` :term:`Cgroup`');
    expect(nodes.map((n) => [n.attributes.reftype, n.attributes.reftarget, n.children[0].type])).toEqual([
      ['numref', 'fig-1', 'literal'], ['term', 'Cgroup', 'inline'],
    ]);
    expect(textContent(nodes[1])).toBe('Cgroup');
  });

  it(':keyword:, :option:, :token: are literal std references', () => {
    const { nodes } = xref(':keyword:`if` :option:`ls -l` :token:`expr`');
    expect(nodes.map((n) => [n.attributes.reftype, n.attributes.refwarn, (n.children[0] as Element).attributes.classes])).toEqual([
      ['keyword', true, ['xref', 'std', 'std-keyword']],
      ['option', true, ['xref', 'std', 'std-option']],
      ['token', false, ['xref', 'std', 'std-token']],
    ]);
  });

  it(':envvar: adds index entries and a target before the reference', () => {
    const { r } = xref(':envvar:`KUBECONFIG`');
    const paragraph = r.find('paragraph')[0];
    expect(paragraph.children.map((c) => c.type)).toEqual(['index', 'target', 'pending_xref']);
    expect(r.find('index')[0].data?.entries).toEqual([
      ['single', 'KUBECONFIG', 'index-0', '', null],
      ['single', 'environment variable; KUBECONFIG', 'index-0', '', null],
    ]);
    expect(r.find('pending_xref')[0].attributes).toMatchObject({ reftype: 'envvar', refwarn: false });
  });

  it(':any: has no domain, :eq: the math domain', () => {
    const { nodes } = xref(':any:`x` :eq:`euler`');
    expect(nodes.map((n) => [n.attributes.refdomain, n.attributes.reftype, (n.children[0] as Element).attributes.classes])).toEqual([
      ['', 'any', ['xref', 'any']], ['math', 'eq', ['xref', 'eq']],
    ]);
  });

  it('std:ref is the same role', () => {
    const { nodes } = xref(':std:ref:`x`');
    expect(nodes[0].attributes).toMatchObject({ refdomain: 'std', reftype: 'ref' });
  });

  it('"!" gives the text without a reference', () => {
    const { r, nodes } = xref(':ref:`!oom-killer`');
    expect(nodes).toEqual([]);
    expect(r.find('inline')[0].attributes.classes).toEqual(['xref', 'std', 'std-ref']);
    expect(textContent(r.tree)).toBe('oom-killer');
  });
});

describe(':download:', () => {
  it('makes a download_reference with a literal', () => {
    const r = build(':download:`script <check.sh>`\n', { docname: 'k8s/oom' });
    const [node] = r.find('download_reference');
    expect(node.attributes).toMatchObject({ refdoc: 'k8s/oom', refdomain: '', refexplicit: true, reftarget: 'check.sh', reftype: 'download', refwarn: false });
    expect(node.children[0]).toMatchObject({ type: 'literal', attributes: { classes: ['xref', 'download'] } });
  });
});

describe('domain roles', () => {
  it('render as literals; function roles get parentheses', () => {
    const { nodes } = xref(':py:func:`os.getpid` :c:func:`malloc` :cpp:class:`std::vector` :js:func:`fetch` :rst:dir:`toctree` :py:class:`dict`');
    expect(nodes.map((n) => [n.attributes.refdomain, n.attributes.reftype, n.attributes.reftarget, textContent(n)])).toEqual([
      ['py', 'func', 'os.getpid', 'os.getpid()'],
      ['c', 'func', 'malloc', 'malloc()'],
      ['cpp', 'class', 'std::vector', 'std::vector'],
      ['js', 'func', 'fetch', 'fetch()'],
      ['rst', 'dir', 'toctree', 'toctree'],
      ['py', 'class', 'dict', 'dict'],
    ]);
    expect(nodes[0].children[0]).toMatchObject({ type: 'literal', attributes: { classes: ['xref', 'py', 'py-func'] } });
    expect(nodes.every((n) => n.attributes.refwarn === false)).toBe(true);
  });

  it('"~" shows the last component only', () => {
    const { nodes } = xref(':py:func:`~os.path.join` :py:class:`~a.b.C`');
    expect(nodes.map((n) => [n.attributes.reftarget, textContent(n)])).toEqual([['os.path.join', 'join()'], ['a.b.C', 'C']]);
  });

  it('a leading "." marks a specific (relative) lookup', () => {
    const { nodes } = xref(':py:meth:`.restart`');
    expect(nodes[0].attributes).toMatchObject({ reftarget: 'restart', refspecific: true });
    expect(textContent(nodes[0])).toBe('restart()');
  });

  it('an explicit title is shown as written, without parentheses', () => {
    const { nodes } = xref(':py:func:`get the pid <os.getpid()>`');
    expect(nodes[0].attributes).toMatchObject({ reftarget: 'os.getpid', refexplicit: true });
    expect(textContent(nodes[0])).toBe('get the pid');
  });

  it('"!" suppresses the link', () => {
    const { r, nodes } = xref(':py:func:`!os.getpid`');
    expect(nodes).toEqual([]);
    expect(textContent(r.tree)).toBe('os.getpid()');
  });

  it('unqualified roles use the primary domain (py)', () => {
    const { nodes } = xref(':func:`x` :class:`~a.B` :exc:`ValueError`');
    expect(nodes.map((n) => [n.attributes.refdomain, n.attributes.reftype, textContent(n)])).toEqual([
      ['py', 'func', 'x()'], ['py', 'class', 'B'], ['py', 'exc', 'ValueError'],
    ]);
  });
});

describe('lookup context on the node', () => {
  it('records the current Python module and class, and the current program for :option:', () => {
    const r = build('.. py:module:: kube\n\n.. py:class:: Client\n\n   See :py:meth:`get`.\n\n.. program:: kubectl\n\n:option:`-n` and :func:`f`\n');
    expect(r.find('pending_xref').map((n) => [n.attributes['py:module'], n.attributes['py:class'], n.attributes['std:program']])).toEqual([
      ['kube', 'Client', undefined],
      [undefined, undefined, 'kubectl'],
      ['kube', undefined, undefined],
    ]);
  });
});

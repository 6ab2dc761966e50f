// Basic object descriptions: desc > desc_signature {ids} + desc_content, with
// index entries worded as Sphinx 5.3 words them (observed).
import { describe, expect, it } from 'vitest';
import type { Element } from '../../../src/doctree/types.js';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from './harness.js';

const entries = (r: ReturnType<typeof build>) => r.find('index').flatMap((i) => (i.data?.entries as unknown[]) ?? []);

describe('Python objects', () => {
  const source = [
    '.. py:module:: kube.tools',
    '',
    '.. py:function:: restart(pod, *, force=False) -> bool',
    '',
    '   Restart.',
    '',
    '.. py:class:: Client(url)',
    '',
    '   .. py:method:: get(path)',
    '',
    '      Get.',
    '',
    '   .. py:attribute:: timeout',
    '      :type: int',
    '',
  ].join('\n');

  it('gives signatures module-qualified ids and Sphinx index texts', () => {
    const r = build(source);
    expect(r.find('desc_signature').map((s) => [s.attributes.ids, s.attributes.fullname])).toEqual([
      [['kube.tools.restart'], 'restart'],
      [['kube.tools.Client'], 'Client'],
      [['kube.tools.Client.get'], 'Client.get'],
      [['kube.tools.Client.timeout'], 'Client.timeout'],
    ]);
    expect(entries(r)).toEqual([
      ['pair', 'module; kube.tools', 'module-kube.tools', '', null],
      ['single', 'restart() (in module kube.tools)', 'kube.tools.restart', '', null],
      ['single', 'Client (class in kube.tools)', 'kube.tools.Client', '', null],
      ['single', 'get() (kube.tools.Client method)', 'kube.tools.Client.get', '', null],
      ['single', 'timeout (kube.tools.Client attribute)', 'kube.tools.Client.timeout', '', null],
    ]);
    expect(r.find('target')[0].attributes.ids).toEqual(['module-kube.tools']);
  });

  it('shows module, name, parameters and return annotation', () => {
    const r = build(source);
    const [first] = r.find('desc_signature');
    expect(first.children.map((c) => c.type)).toEqual(['desc_addname', 'desc_name', 'desc_parameterlist', 'desc_returns']);
    expect(textContent(first)).toBe('kube.tools.restartpod*force=Falsebool');
    const [desc] = r.find('desc');
    expect(desc.attributes).toMatchObject({ domain: 'py', objtype: 'function', desctype: 'function', classes: ['py', 'function'] });
    expect(textContent(desc.children[1] as Element)).toBe('Restart.');
  });

  it(':noindex: gives no ids nor entries; unprefixed names are Python (Sphinx\'s default domain)', () => {
    const r = build('.. function:: spam()\n   :noindex:\n\n.. data:: EGGS\n');
    expect(r.find('desc_signature').map((s) => s.attributes.ids)).toEqual([undefined, ['EGGS']]);
    expect(entries(r)).toEqual([['single', 'EGGS (built-in variable)', 'EGGS', '', null]]);
  });

  it('keeps docutils\' class directive as rst-class', () => {
    const r = build('.. rst-class:: special\n\nPara.\n');
    // docutils' class directive leaves a pending ClassAttribute transform for the next element.
    expect(r.find('pending')[0].internals?.details.class).toBe("['special']");
    expect(r.messages).toEqual([]);
  });
});

describe('std objects', () => {
  it('envvar', () => {
    const r = build('.. envvar:: KUBECONFIG\n\n   Path.\n');
    expect(r.find('desc_signature')[0].attributes.ids).toEqual(['envvar-KUBECONFIG']);
    expect(entries(r)).toEqual([['single', 'environment variable; KUBECONFIG', 'envvar-KUBECONFIG', '', null]]);
  });

  it('option, for the current program', () => {
    const r = build('.. program:: kubectl\n\n.. option:: -n NAMESPACE, --namespace=NAMESPACE\n\n   Namespace.\n');
    const [sig] = r.find('desc_signature');
    expect(sig.attributes).toMatchObject({ ids: ['cmdoption-kubectl-n', 'cmdoption-kubectl-namespace'], allnames: '-n --namespace', program: 'kubectl' });
    expect(sig.children.map((c) => [c.type, textContent(c)])).toEqual([
      ['desc_name', '-n'], ['desc_addname', ' NAMESPACE'], ['desc_addname', ', '], ['desc_name', '--namespace'], ['desc_addname', '=NAMESPACE'],
    ]);
    expect(entries(r)).toEqual([
      ['pair', 'kubectl command line option; -n', 'cmdoption-kubectl-n', '', null],
      ['pair', 'kubectl command line option; --namespace', 'cmdoption-kubectl-n', '', null],
    ]);
  });

  it('describe has no target', () => {
    const r = build('.. describe:: thing\n\n   A thing.\n');
    expect(r.find('desc')[0].attributes).toMatchObject({ domain: '', objtype: 'describe' });
    expect(r.find('desc_signature')[0].attributes.ids).toBeUndefined();
  });
});

describe('other domains', () => {
  it('keep the signature as written, ids from the name', () => {
    const r = build('.. c:function:: int open(const char *path)\n\n.. default-domain:: c\n\n.. function:: void close(int fd)\n');
    expect(r.find('desc_signature').map((s) => [s.attributes.ids, textContent(s)])).toEqual([
      [['c.open'], 'int open(const char *path)'],
      [['c.close'], 'void close(int fd)'],
    ]);
  });
});

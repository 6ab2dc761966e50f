#!/usr/bin/env node
// Directive parity: the same literalinclude / code-block / role matrix through
// sphinx-build (the oracle: its pickled doctree, read with the Python that runs
// sphinx-build) and through rstro's Sphinx layer, compared block by block:
// text, language, linenos, force, classes, highlight args; and the warnings,
// line and words. Cross-reference roles are compared on their pending_xref
// attributes and text.
//
//   node test/oracle/directives-parity.mjs [--verbose]
//
// Skipped (exit 0) when sphinx-build is absent. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const verbose = process.argv.includes('--verbose');
const which = spawnSync('sh', ['-c', 'command -v sphinx-build'], { encoding: 'utf8' });
if (which.status !== 0) {
  console.log('directives-parity: skipped, sphinx-build is not installed');
  process.exit(0);
}
// The interpreter that can import sphinx (pickled doctrees hold Sphinx's node classes).
const python = readFileSync(which.stdout.trim(), 'utf8').split('\n')[0].replace(/^#!\s*/, '').trim() || 'python3';

const LITERALINCLUDE_OPTIONS = [
  [], [':lines: 1,4-5'], [':lines: -2'], [':lines: 25-'], [':lines: 1,30'], [':lines: 30-'], [':lines: x'],
  [':start-after: START pods'], [':start-at: START pods'], [':end-before: END pods'], [':end-at: END pods'],
  [':start-after: START pods', ':end-before: END pods'], [':start-at: def ', ':end-at: self.namespace'],
  [':start-after: NOPE'], [':end-at: NOPE'], [':start-after: START pods', ':lines: 2'],
  [':pyobject: Restarter'], [':pyobject: Restarter.restart'], [':pyobject: stuck_pods'], [':pyobject: main'], [':pyobject: nope'],
  [':pyobject: Restarter.restart', ':lineno-match:'], [':start-at: START', ':lineno-match:'], [':lines: 4-5', ':lineno-match:'],
  [':lines: 1,3', ':lineno-match:'], [':lineno-match:', ':lineno-start: 3'], [':lineno-start: 7', ':linenos:'],
  [':pyobject: Restarter.restart', ':dedent: 4'], [':pyobject: Restarter', ':dedent: 4'], [':pyobject: Restarter.restart', ':dedent:'],
  [':pyobject: Restarter.restart', ':dedent: 4', ':prepend: # head', ':append: # tail'],
  [':diff: restart_v1.py'], [':emphasize-lines: 1,3-4'], [':lines: 1-2', ':emphasize-lines: 2,7'], [':emphasize-lines: x'],
  [':start-after: START pods', ':end-before: END pods', ':lines: 1-4'], [':language: python', ':force:', ':class: a b'],
  [':caption:'], [':caption: Cap', ':name: nm'], [':start-after: pass', ':lineno-match:'],
  [':encoding: latin-1', ':lines: 1'], [':start-at: class', ':start-after: class'], [':end-at: x', ':end-before: y'],
];
const CODE_BLOCKS = [
  '.. code-block:: console\n\n   $ kubectl get pods\n',
  '.. code-block:: python\n   :linenos:\n   :lineno-start: 5\n   :emphasize-lines: 1,3\n   :force:\n   :class: big\n\n   a\n   b\n   c\n',
  '.. code-block::\n   :emphasize-lines: 1,9\n\n   a\n   b\n',
  '.. code-block:: python\n   :emphasize-lines: x\n\n   a\n',
  '.. code-block:: python\n   :dedent: 2\n\n     x\n       y\n',
  '.. code-block:: python\n   :dedent: 4\n\n     x\n       y\n',
  '.. code-block:: python\n   :dedent:\n\n     x\n       y\n',
  '.. sourcecode:: bash\n   :caption: Run *it*\n\n   echo hi\n',
  '.. code:: c\n   :number-lines: 7\n\n   int x;\n',
  '.. highlight:: c\n\n.. code-block::\n\n   int a;\n',
];
// Body directives and markup roles, compared as trees (type, chosen attributes, text).
const STRUCTURES = `
.. seealso:: Module :mod:\`zipfile\`

.. versionadded:: 2.5
   The *spam* parameter.

.. versionchanged:: 2.6

.. deprecated:: 3.1
   Use x.

   More.

.. centered:: LICENSE *terms*

.. hlist::
   :columns: 3

   * a
   * b
   * c
   * d

.. glossary::
   :sorted:

   Foo bar
   C++
      Def.

   Überblick ß
      Def.

   Foo bar
      Again.

.. index::
   single: memory; OOM
   pair: cgroup; memory
   !triple: a; b; c
   see: OOM; out of memory
   module: os
   plain, other

Targets of index entries move to the next element (a transform, not compared here).

.. math::
   :label: euler

   e^{i\\pi} + 1 = 0

.. math:: a

   b

:abbr:\`LIFO (last-in, first-out)\` :command:\`rm\` :dfn:\`x\` :file:\`/etc/{name}.conf\` :samp:\`print({x})\`
:guilabel:\`&Cancel\` :kbd:\`Ctrl+C\` :mailheader:\`To\` :menuselection:\`A --> &B\` :mimetype:\`text/plain\`
:newsgroup:\`comp.x\` :program:\`ls\` :regexp:\`a+\` :pep:\`8#x\` :rfc:\`2822\` :index:\`memory\` :math:\`a^2\`
`;

const ROLES = [
  ':ref:`oom-killer`', ':ref:`The OOM killer <OOM-Killer>`', ':ref:`!nolink`', ':doc:`../intro`', ':doc:`/linux/slab`',
  ':numref:`Fig-1`', ':term:`Cgroup`', ':keyword:`if`', ':option:`ls -l`', ':envvar:`KUBECONFIG`', ':token:`expr`',
  ':any:`x`', ':eq:`euler`', ':std:ref:`x`', ':py:func:`os.getpid`', ':py:func:`~os.path.join`', ':py:meth:`.restart`',
  ':py:func:`get the pid <os.getpid()>`', ':c:func:`malloc`', ':cpp:class:`std::vector`', ':js:func:`fetch`',
  ':rst:dir:`toctree`', ':func:`x`', ':class:`~a.B`', ':exc:`ValueError`', ':download:`script <restart.py>`',
];

const work = mkdtempSync(path.join(os.tmpdir(), 'rstro-directives-parity-'));
const src = path.join(work, 'src');
mkdirSync(src, { recursive: true });
writeFileSync(path.join(src, 'conf.py'), "project = 't'\n");
for (const file of ['restart.py', 'restart_v1.py']) copyFileSync(path.join(repo, 'test/sphinx/fixtures', file), path.join(src, file));
let body = 'T\n=\n\n';
for (const options of LITERALINCLUDE_OPTIONS) body += `.. literalinclude:: restart.py\n${options.map((o) => `   ${o}\n`).join('')}\nPara.\n\n`;
for (const block of CODE_BLOCKS) body += `${block}\nPara.\n\n`;
body += ROLES.join(' ') + '\n\nStructures\n----------\n' + STRUCTURES;
writeFileSync(path.join(src, 'index.rst'), body);

const build = spawnSync('sphinx-build', ['-q', '-b', 'dummy', src, path.join(work, 'out')], { encoding: 'utf8' });
// Resolution happens after parsing (the project model's part): only the directives' own warnings count here.
const RESOLUTION = /duplicate term description|reference target not found|equation not found|term not in glossary|undefined label|unknown document|unknown keyword|unknown option|Failed to create a cross reference/;
const sphinxWarnings = (build.stderr + build.stdout)
  .split('\n')
  .filter((line) => line.includes('index.rst') && !RESOLUTION.test(line))
  .map((line) => line.replace(/^.*?index\.rst(?:\.rst)?:(\d*): \w+: /, '$1: ').replaceAll(src + '/', ''));
const dump = spawnSync(python, ['-c', `
import pickle, json, sys
d = pickle.load(open(sys.argv[1], 'rb'))
blocks, xrefs = [], []
for n in d.traverse():
    if n.tagname == 'literal_block' and 'highlight_args' in n:
        blocks.append({'text': n.astext(), 'language': n.get('language'), 'linenos': bool(n.get('linenos')), 'force': bool(n.get('force')), 'classes': n.get('classes', []), 'hl': n['highlight_args']})
    if n.tagname in ('pending_xref', 'download_reference'):
        xrefs.append({k: n.get(k) for k in ('refdomain', 'reftype', 'reftarget', 'refexplicit', 'refwarn', 'refspecific')} | {'text': n.astext(), 'type': n.tagname})
KEEP = ('classes', 'ids', 'names', 'type', 'version', 'explanation', 'refuri', 'ncolumns', 'sorted', 'label', 'number', 'nowrap', 'docname', 'role', 'entries')
TYPES = ('seealso', 'versionmodified', 'centered', 'hlist', 'glossary', 'index', 'math_block', 'math', 'abbreviation', 'literal_strong', 'literal_emphasis', 'reference')
def simple(n):
    if n.tagname == '#text':
        return str(n)
    attrs = {k: n.get(k) for k in KEEP if n.get(k) not in (None, [], '')}
    if 'entries' in attrs: attrs['entries'] = [list(e) for e in attrs['entries']]
    return {'t': n.tagname, 'a': attrs, 'c': [simple(c) for c in n.children if not (c.tagname == '#text' and str(c) == '')]}
section = [s for s in d.traverse() if s.tagname == 'section' and s['names'] == ['structures']][0]
structures = [simple(n) for n in section.traverse() if n.tagname in TYPES or (n.tagname in ('literal', 'emphasis', 'inline') and set(n.get('classes', [])) & {'file', 'samp', 'kbd', 'regexp', 'dfn', 'guilabel', 'menuselection'})]
print(json.dumps({'blocks': blocks, 'xrefs': xrefs, 'structures': structures}))
`, path.join(work, 'out', '.doctrees', 'index.doctree')], { encoding: 'utf8' });
if (dump.status !== 0) {
  console.error('directives-parity: could not read the Sphinx doctree:\n' + dump.stderr);
  process.exit(1);
}
const oracle = JSON.parse(dump.stdout);

register();
const load = (file) => import(pathToFileURL(path.join(repo, file)).href);
const { parseRst } = await load('src/rst/index.ts');
const { createRegistries } = await load('src/rst/registries.ts');
const { createSphinxContext } = await load('src/sphinx/context.ts');
const { registerSphinx } = await load('src/sphinx/directives/index.ts');
const { decode } = await load('src/sphinx/directives/encoding.ts');
const { textContent, visit } = await load('src/doctree/builders.ts');
const context = createSphinxContext({ docname: 'index', sourceRoot: src, projectRoot: work });
const registries = createRegistries();
registerSphinx(registries, context);
const tree = parseRst(body, {
  registries,
  settings: { sourcePath: path.join(src, 'index.rst'), autoIdPrefix: 'id', readFile: (p, e) => decode(context.readFile(p), e ?? 'utf-8-sig') },
});
const ours = { blocks: [], xrefs: [], warnings: [], structures: [] };
const KEEP = ['classes', 'ids', 'names', 'type', 'version', 'explanation', 'refuri', 'ncolumns', 'sorted', 'label', 'number', 'nowrap', 'docname', 'role', 'entries'];
const TYPES = ['seealso', 'versionmodified', 'centered', 'hlist', 'glossary', 'index', 'math_block', 'math', 'abbreviation', 'literal_strong', 'literal_emphasis', 'reference'];
const ROLE_CLASSES = ['file', 'samp', 'kbd', 'regexp', 'dfn', 'guilabel', 'menuselection'];
function simple(node) {
  if (node.type === 'text') return node.value;
  const attributes = {};
  for (const key of KEEP) {
    const value = key === 'entries' ? node.data?.entries : node.attributes[key];
    if (value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) attributes[key] = value;
  }
  return { t: node.type, a: attributes, c: node.children.filter((c) => c.type !== 'system_message').map(simple) };
}
let inStructures = false;
visit(tree, (node) => {
  if (node.type === 'system_message') {
    ours.warnings.push(`${node.attributes.line ?? ''}: ${textContent(node.children[0])}`.replaceAll(src + '/', ''));
    return false;
  }
  if (node.type === 'literal_block' && node.data?.highlightArgs) {
    ours.blocks.push({ text: textContent(node), language: node.attributes.language ?? null, linenos: node.attributes.linenos === true, force: node.attributes.force === true, classes: node.attributes.classes ?? [], hl: node.data.highlightArgs });
  }
  if (inStructures && (TYPES.includes(node.type) || (['literal', 'emphasis', 'inline'].includes(node.type) && (node.attributes.classes ?? []).some((c) => ROLE_CLASSES.includes(c))))) {
    ours.structures.push(simple(node));
  }
  if (node.type === 'section' && (node.attributes.names ?? []).includes('structures')) inStructures = true;
  if (node.type === 'pending_xref' || node.type === 'download_reference') {
    const a = node.attributes;
    ours.xrefs.push({ refdomain: a.refdomain, reftype: a.reftype, reftarget: a.reftarget, refexplicit: a.refexplicit, refwarn: a.refwarn, refspecific: a.refspecific ?? null, text: textContent(node), type: node.type });
  }
});

const sortKeys = (value) =>
  Array.isArray(value) ? value.map(sortKeys)
  : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]))
  : value;
const normalise = (value) => JSON.stringify(sortKeys(value)).replaceAll(src + '/', '');
function compare(kind, expected, actual) {
  let same = 0;
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const e = expected[i] === undefined ? 'missing' : normalise(expected[i]);
    const a = actual[i] === undefined ? 'missing' : normalise(actual[i]);
    if (e === a) same++;
    else if (verbose) console.log(`  ${kind} #${i}\n    sphinx: ${e}\n    rstro:  ${a}`);
  }
  console.log(`${kind}: ${same}/${length} identical`);
  return same === length;
}
const okBlocks = compare('literal blocks', oracle.blocks, ours.blocks);
const okXrefs = compare('cross-references', oracle.xrefs, ours.xrefs);
const okStructures = compare('directive and role nodes', oracle.structures, ours.structures);
const sortedS = [...sphinxWarnings].sort();
const sortedO = [...ours.warnings].sort();
const okWarnings = compare('warnings', sortedS.map((w) => ({ w })), sortedO.map((w) => ({ w })));
rmSync(work, { recursive: true, force: true });
process.exit(okBlocks && okXrefs && okStructures && okWarnings ? 0 : 1);

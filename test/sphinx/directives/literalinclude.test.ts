// literalinclude end to end: path resolution (DESIGN.md), the node it makes
// (TEAM.md contract), and its warnings in Sphinx's words with lines.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/doctree/builders.js';
import { build, makeProject } from './harness.js';

const SCRIPT = 'import os\n\n\ndef main():\n    print(os.getpid())\n    return 0\n';
const files = {
  'content/k8s/oom.rst': '',
  'content/k8s/check.py': SCRIPT,
  'content/shared/header.txt': 'HEADER\n',
  'literalinclude/k8s/oom/dmesg.txt': 'Out of memory: Killed process 1234 (java)\noom_reaper: reaped process 1234\n',
  'literalinclude/top.txt': 'top-level fixture\n',
  'content/k8s/check_old.py': SCRIPT.replace('getpid', 'getppid'),
};

describe('literalinclude: finding the file', () => {
  it('resolves relative to the including document', () => {
    const r = build('.. literalinclude:: check.py\n', { files, docname: 'k8s/oom' });
    const [block] = r.find('literal_block');
    expect(textContent(block)).toBe(SCRIPT);
    expect(block.data?.source).toBe(join(r.root, 'content/k8s/check.py'));
    expect(r.messages).toEqual([]);
  });

  it('resolves /paths from the source root', () => {
    const r = build('.. literalinclude:: /shared/header.txt\n', { files, docname: 'k8s/oom' });
    expect(textContent(r.find('literal_block')[0])).toBe('HEADER\n');
  });

  it('falls back to the fixture root mirroring the document folder', () => {
    const r = build('.. literalinclude:: oom/dmesg.txt\n', { files, docname: 'k8s/oom' });
    const [block] = r.find('literal_block');
    expect(textContent(block)).toContain('Killed process 1234');
    expect(block.data?.source).toBe(join(r.root, 'literalinclude/k8s/oom/dmesg.txt'));
    expect(r.context.dependencies.has(join(r.root, 'literalinclude/k8s/oom/dmesg.txt'))).toBe(true);
  });

  it('falls back to the fixture root for /paths too', () => {
    const r = build('.. literalinclude:: /top.txt\n', { files, docname: 'k8s/oom' });
    expect(textContent(r.find('literal_block')[0])).toBe('top-level fixture\n');
  });

  it('warns with the path Sphinx would have read when the file is nowhere', () => {
    const r = build('Text.\n\n.. literalinclude:: missing.txt\n', { files, docname: 'k8s/oom' });
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages).toEqual([`3: Include file '${join(r.root, 'content/k8s/missing.txt')}' not found or reading it failed`]);
    expect(r.find('paragraph').length).toBe(2); // the page text and the message; the rest of the page builds
  });

  it('refuses a path that leaves the project root', () => {
    const outside = makeProject({ 'secret.txt': 'root:x:0:0\n' });
    const root = makeProject(files);
    const rel = '../../../' + outside.split('/').pop() + '/secret.txt';
    const r = build(`.. literalinclude:: ${rel}\n`, { root, docname: 'k8s/oom' });
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages[0]).toMatch(/outside the project root/);
    expect(r.pformat).not.toContain('root:x');
  });

  it('refuses a symlink inside the project that points outside it', () => {
    const outside = makeProject({ 'secret.txt': 'root:x:0:0\n' });
    const root = makeProject(files);
    symlinkSync(join(outside, 'secret.txt'), join(root, 'content/link.txt'));
    const r = build('.. literalinclude:: link.txt\n', { root });
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages[0]).toMatch(/^1: .*outside the project root/);
  });
});

describe('literalinclude: the literal_block', () => {
  it('has Sphinx attributes: no language unless given, linenostart 1, force false', () => {
    const r = build('.. literalinclude:: check.py\n', { files, docname: 'k8s/oom' });
    const [block] = r.find('literal_block');
    expect(block.attributes.language).toBeUndefined();
    expect(block.attributes.force).toBe(false);
    expect(block.attributes.linenos).toBeUndefined();
    expect(block.data?.highlightArgs).toEqual({ linenostart: 1 });
  });

  it('maps every display option', () => {
    const r = build(
      [
        '.. literalinclude:: check.py',
        '   :language: python',
        '   :linenos:',
        '   :lineno-start: 10',
        '   :emphasize-lines: 1,3-4',
        '   :class: wide dark',
        '   :force:',
        '',
      ].join('\n'),
      { files, docname: 'k8s/oom' },
    );
    const [block] = r.find('literal_block');
    expect(block.attributes).toMatchObject({ language: 'python', linenos: true, force: true, classes: ['wide', 'dark'] });
    expect(block.data?.highlightArgs).toEqual({ linenostart: 10, hl_lines: [1, 3, 4] });
  });

  it(':lineno-start: and :lineno-match: turn line numbers on', () => {
    const a = build('.. literalinclude:: check.py\n   :lineno-start: 3\n', { files, docname: 'k8s/oom' });
    expect(a.find('literal_block')[0].attributes.linenos).toBe(true);
    const b = build('.. literalinclude:: check.py\n   :pyobject: main\n   :lineno-match:\n', { files, docname: 'k8s/oom' });
    const [block] = b.find('literal_block');
    expect(block.attributes.linenos).toBe(true);
    expect(block.data?.highlightArgs).toEqual({ linenostart: 4 });
    expect(textContent(block)).toBe('def main():\n    print(os.getpid())\n    return 0\n');
  });

  it('wraps a captioned block with its name, and an empty caption shows the file name', () => {
    const r = build('.. literalinclude:: check.py\n   :caption: The *check*\n   :name: check-script\n', { files, docname: 'k8s/oom' });
    const [wrapper] = r.find('container');
    expect(wrapper.attributes).toMatchObject({ classes: ['literal-block-wrapper'], literal_block: true, names: ['check-script'] });
    expect(wrapper.children.map((c) => c.type)).toEqual(['caption', 'literal_block']);
    expect(r.find('caption')[0].children.map((c) => c.type)).toEqual(['text', 'emphasis']);
    const empty = build('.. literalinclude:: check.py\n   :caption:\n', { files, docname: 'k8s/oom' });
    expect(textContent(empty.find('caption')[0])).toBe('check.py');
  });

  it('puts :name: on the block itself without a caption', () => {
    const r = build('.. literalinclude:: check.py\n   :name: script\n', { files, docname: 'k8s/oom' });
    expect(r.find('container')).toEqual([]);
    expect(r.find('literal_block')[0].attributes.names).toEqual(['script']);
  });

  it(':diff: shows a udiff against the other file, found like the main one', () => {
    const r = build('.. literalinclude:: check.py\n   :diff: check_old.py\n', { files, docname: 'k8s/oom' });
    const [block] = r.find('literal_block');
    expect(block.attributes.language).toBe('udiff');
    expect(textContent(block)).toContain('-    print(os.getppid())\n+    print(os.getpid())\n');
    expect(textContent(block).split('\n')[0]).toBe(`--- ${join(r.root, 'content/k8s/check_old.py')}`);
  });

  it('cuts with markers and lines, and dedents', () => {
    const r = build('.. literalinclude:: check.py\n   :start-at: def main\n   :lines: 2-3\n   :dedent: 4\n', { files, docname: 'k8s/oom' });
    expect(textContent(r.find('literal_block')[0])).toBe('print(os.getpid())\nreturn 0\n');
  });

  it('prepends and appends lines', () => {
    const r = build('.. literalinclude:: /shared/header.txt\n   :prepend: $ cat header.txt\n   :append: $\n', { files });
    expect(textContent(r.find('literal_block')[0])).toBe('$ cat header.txt\nHEADER\n$\n');
  });

  it('decodes with :encoding: and expands tabs with :tab-width:', () => {
    const r = build('.. literalinclude:: l1.txt\n   :encoding: latin-1\n   :tab-width: 4\n', {
      files: { 'content/l1.txt': Buffer.from([0x61, 0x09, 0xe9, 0x0a]) },
    });
    expect(textContent(r.find('literal_block')[0])).toBe('a   é\n');
  });
});

describe('literalinclude: warnings', () => {
  it('keeps the block and warns for lines beyond the file', () => {
    const r = build('Intro.\n\n.. literalinclude:: check.py\n   :lines: 1,40\n', { files, docname: 'k8s/oom' });
    expect(textContent(r.find('literal_block')[0])).toBe('import os\n');
    expect(r.messages).toEqual(["3: line number spec is out of range(1-6): '1,40'"]);
  });

  it('warns for emphasized lines beyond the shown block', () => {
    const r = build('.. literalinclude:: check.py\n   :lines: 1-2\n   :emphasize-lines: 2,7\n', { files, docname: 'k8s/oom' });
    expect(r.find('literal_block')[0].data?.highlightArgs).toEqual({ linenostart: 1, hl_lines: [2] });
    expect(r.messages).toEqual(["1: line number spec is out of range(1-2): '2,7'"]);
  });

  it('drops the block for a marker that is not found', () => {
    const r = build('.. literalinclude:: check.py\n   :start-after: NOPE\n', { files, docname: 'k8s/oom' });
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages).toEqual(['1: start-after pattern not found: NOPE']);
  });

  it('drops the block for a malformed :emphasize-lines:', () => {
    const r = build('.. literalinclude:: check.py\n   :emphasize-lines: x\n', { files, docname: 'k8s/oom' });
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages).toEqual(["1: invalid line number spec: 'x'"]);
  });

  it('reports a bad option value as docutils does', () => {
    const r = build('.. literalinclude:: check.py\n   :tab-width: x\n', { files, docname: 'k8s/oom' });
    expect(r.find('literal_block').filter((b) => b.data?.source)).toEqual([]);
    expect(r.messages[0]).toContain('invalid option value: (option: "tab-width"; value: \'x\')');
    expect(r.messages[0]).toContain("invalid literal for int() with base 10: 'x'");
  });

  it('reports an unknown encoding', () => {
    const r = build('.. literalinclude:: check.py\n   :encoding: klingon\n', { files, docname: 'k8s/oom' });
    expect(r.messages[0]).toContain('unknown encoding: "klingon"');
  });

  it('reports conflicting options', () => {
    const r = build('.. literalinclude:: check.py\n   :lineno-match:\n   :lineno-start: 2\n', { files, docname: 'k8s/oom' });
    expect(r.messages).toEqual(['1: Cannot use both "lineno-match" and "lineno-start" options']);
  });

  it('attributes warnings to the line of the directive, also deep in a page', () => {
    const r = build('Title\n=====\n\nPara.\n\n.. note::\n\n   .. literalinclude:: check.py\n      :pyobject: Nope\n', { files, docname: 'k8s/oom' });
    expect(r.messages).toEqual([`8: Object named 'Nope' not found in include file '${join(r.root, 'content/k8s/check.py')}'`]);
  });
});

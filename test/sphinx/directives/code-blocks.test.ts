import { describe, expect, it } from 'vitest';
import { textContent } from '../../../src/doctree/builders.js';
import { build } from './harness.js';

describe('code-block / sourcecode', () => {
  it('makes a literal_block with the language and the content as written', () => {
    const r = build('.. code-block:: console\n\n   $ kubectl get pods\n   NAME  READY\n');
    const [block] = r.find('literal_block');
    expect(block.attributes).toMatchObject({ language: 'console', force: false });
    expect(block.attributes.linenos).toBeUndefined();
    expect(block.data?.highlightArgs).toEqual({});
    expect(textContent(block)).toBe('$ kubectl get pods\nNAME  READY');
  });

  it('sourcecode is the same directive', () => {
    const r = build('.. sourcecode:: bash\n\n   echo hi\n');
    expect(r.find('literal_block')[0].attributes.language).toBe('bash');
  });

  it('uses highlight_language, then the last highlight directive, when no language is given', () => {
    const r = build('.. code-block::\n\n   a\n\n.. highlight:: c\n\n.. code-block::\n\n   int a;\n', { config: { highlightLanguage: 'none' } });
    const blocks = r.find('literal_block');
    expect(blocks.map((b) => b.attributes.language)).toEqual(['none', 'c']);
    const [hl] = r.find('highlightlang');
    expect(hl.attributes).toMatchObject({ lang: 'c', force: false });
  });

  it('maps the numbering and emphasis options', () => {
    const r = build('.. code-block:: python\n   :linenos:\n   :lineno-start: 5\n   :emphasize-lines: 1,3\n   :force:\n   :class: big\n\n   a\n   b\n   c\n');
    const [block] = r.find('literal_block');
    expect(block.attributes).toMatchObject({ linenos: true, force: true, classes: ['big'] });
    expect(block.data?.highlightArgs).toEqual({ hl_lines: [1, 3], linenostart: 5 });
  });

  it(':lineno-start: alone turns line numbers on', () => {
    const r = build('.. code-block:: python\n   :lineno-start: 2\n\n   a\n');
    expect(r.find('literal_block')[0].attributes.linenos).toBe(true);
  });

  it('wraps a caption and names the wrapper', () => {
    const r = build('.. code-block:: bash\n   :caption: Restart *kubelet*\n   :name: restart\n\n   systemctl restart kubelet\n');
    const [wrapper] = r.find('container');
    expect(wrapper.attributes).toMatchObject({ classes: ['literal-block-wrapper'], literal_block: true, names: ['restart'], ids: ['restart'] });
    expect(textContent(r.find('caption')[0])).toBe('Restart kubelet');
  });

  it('dedents by a number (content keeps its indentation beyond the options), warning when text is cut', () => {
    const r = build('.. code-block:: python\n   :dedent: 2\n\n     x\n       y\n');
    expect(textContent(r.find('literal_block')[0])).toBe('x\n  y');
    expect(r.messages).toEqual([]);
    const cut = build('.. code-block:: python\n   :dedent: 4\n\n     x\n       y\n');
    expect(textContent(cut.find('literal_block')[0])).toBe('\ny');
    expect(cut.messages).toEqual(['1: non-whitespace stripped by dedent']);
  });

  it('dedents the common indentation with an empty :dedent:', () => {
    const r = build('.. code-block:: python\n   :dedent:\n\n     x\n       y\n');
    expect(textContent(r.find('literal_block')[0])).toBe('x\n  y');
  });

  it('warns about emphasized lines beyond the block and keeps the rest', () => {
    const r = build('.. code-block::\n   :emphasize-lines: 1,9\n\n   a\n   b\n');
    expect(r.find('literal_block')[0].data?.highlightArgs).toEqual({ hl_lines: [1] });
    expect(r.messages).toEqual(["1: line number spec is out of range(1-2): '1,9'"]);
  });

  it('drops the block for a malformed :emphasize-lines:', () => {
    const r = build('.. code-block:: python\n   :emphasize-lines: x\n\n   a\n');
    expect(r.find('literal_block')).toEqual([]);
    expect(r.messages).toEqual(["1: invalid line number spec: 'x'"]);
  });

  it('rejects a non-integer :lineno-start: with docutils wording', () => {
    const r = build('.. code-block:: python\n   :lineno-start: one\n\n   a\n');
    expect(r.messages[0]).toContain('invalid option value: (option: "lineno-start"; value: \'one\')');
  });
});

describe('code (as Sphinx patches it)', () => {
  it('makes a highlighted literal_block, :number-lines: giving line numbers', () => {
    const r = build('.. code:: c\n   :number-lines: 7\n\n   int x;\n');
    const [block] = r.find('literal_block');
    expect(block.attributes).toMatchObject({ language: 'c', linenos: true });
    expect(block.data?.highlightArgs).toEqual({ linenostart: 7 });
    expect(textContent(block)).toBe('int x;');
  });
});

describe('applyHighlightLanguage (write-time, as Sphinx)', () => {
  it('gives language-less blocks the highlight in force, else the default, and drops the markers', async () => {
    const { applyHighlightLanguage } = await import('../../../src/sphinx/directives/index.js');
    const r = build('::\n\n   plain\n\n.. highlight:: console\n   :linenothreshold: 2\n\n::\n\n   $ a\n   $ b\n\n.. code-block:: python\n\n   x\n');
    applyHighlightLanguage(r.tree, 'default');
    const blocks = r.find('literal_block');
    expect(blocks.map((b) => [b.attributes.language, b.attributes.linenos])).toEqual([
      ['default', undefined], ['console', true], ['python', undefined],
    ]);
    expect(r.find('highlightlang')).toEqual([]);
  });
});

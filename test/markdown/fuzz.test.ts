// Random mixtures of MyST constructs, well-formed and broken: the reader must
// finish quickly, never throw, report no internal error, and position every
// node inside the page.
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { parseMarkdown } from '../../src/markdown/index.js';
import { createRegistries } from '../../src/rst/registries.js';
import { registerSphinx } from '../../src/sphinx/directives/index.js';
import { projectForFile } from '../../src/sphinx/standalone.js';
import { makeProject, textOf } from './helpers.js';

const FRAGMENTS = [
  '# Title', '## Sub', '###### Deep', '(label)=', '(bad label', '()=', '% comment', '%',
  '```{note}', '```', '````', '```{code-block} python', ':linenos:', ':emphasize-lines: 1-x', '---', 'name: x', '- [x] task',
  ':::{warning}', ':::', '::::{tip} title', '::::', '```{eval-rst}', '.. note:: rst', '   indented', '`unclosed code',
  '{ref}`x`', '{nosuch}`y`', '{kbd}``', 'text $x$ and $$y$$ and $', '$$', '$$ (eq)', '| a | b |', '|---|', '| 1 |',
  '[^1]', '[^1]: note', '[link](#slug)', '[doc](other.md#a)', '<https://x.org>', '<div>', '> quote', '1. item', '* * *',
  '```{toctree}', 'missing', '```{literalinclude} nofile.txt', '```{figure} x.png', ':width: 50%', '```{glossary}', 'term',
  '```{unknown-directive} arg', '\\', '\t\ttabs', '{', '}', '`', '{math}`\\alpha`', '![img](p.png)', 'title: [x', '...',
  'Term', ': definition', '~ other', ':field: value', ':empty:', '{{ key }}', '{{ missing }}', '<path:x.txt>', '[p](path:y)',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('fuzz', () => {
  it('reads 150 random pages without crashing, hanging or losing positions', () => {
    const extensions = ['colon_fence', 'dollarmath', 'deflist', 'fieldlist', 'substitution', 'linkify'];
    const dir = makeProject({}, `myst_enable_extensions = ${JSON.stringify(extensions)}\nmyst_heading_anchors = 3`);
    const file = `${dir}/page.md`;
    const registries = createRegistries();
    registerSphinx(registries, projectForFile(file));
    const config = { myst_enable_extensions: extensions, myst_heading_anchors: 3, extra: { myst_substitutions: { key: '*value*' } } };
    const random = rng(20261127);
    const started = Date.now();
    for (let n = 0; n < 150; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 40);
      for (let i = 0; i < count; i++) {
        const piece = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
        lines.push(random() < 0.15 ? '   ' + piece : piece);
        if (random() < 0.3) lines.push('');
      }
      const text = lines.join('\n');
      const root = parseMarkdown(text, { settings: { sourcePath: file }, registries, config, docname: 'page', srcdir: dir });
      const problems: string[] = [];
      const walk = (node: DoctreeNode) => {
        const line = node.position?.start.line;
        if (line === undefined || line < 1 || (line > count * 2 + 1 && !node.position?.source)) problems.push(`${node.type} at ${line}`);
        if (node.type === 'system_message' && /Internal/.test(textOf((node as Element).children[0]))) problems.push(textOf(node));
        if (node.type !== 'text') (node as Element).children.forEach(walk);
      };
      walk(root);
      expect(problems, text).toEqual([]);
    }
    // Generous: the point is that nothing hangs, on a machine that may be busy.
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('refuses absurd nesting with a message instead of overflowing the stack', () => {
    const depth = 80;
    const text = Array.from({ length: depth }, (_, i) => '`'.repeat(depth + 3 - i) + '{note}').join('\n') + '\nbottom\n' +
      Array.from({ length: depth }, (_, i) => '`'.repeat(i + 4)).join('\n');
    const registries = createRegistries();
    const root = parseMarkdown(text, { settings: { sourcePath: 'deep.md' }, registries });
    expect(JSON.stringify(root)).toContain('Nesting too deep');
  }, 120_000);
});

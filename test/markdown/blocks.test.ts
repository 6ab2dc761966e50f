// CommonMark and GFM blocks become docutils body elements.
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { applyTransforms } from '../../src/rst/transforms/index.js';
import { all, first, messages, page, textOf, tree } from './helpers.js';

describe('sections', () => {
  it('nests headings into sections with docutils ids and names', () => {
    const root = page('# Top title\n\nText.\n\n## Second *part*\n\n### Third\n\n## Back up\n');
    const top = root.children.find((c) => c.type === 'section') as Element;
    expect(top.attributes.ids).toEqual(['top-title']);
    expect(top.attributes.names).toEqual(['top title']);
    const subs = top.children.filter((c) => c.type === 'section') as Element[];
    expect(subs.map((s) => s.attributes.ids)).toEqual([['second-part'], ['back-up']]);
    expect((subs[0].children.find((c) => c.type === 'section') as Element).attributes.ids).toEqual(['third']);
    expect(first(subs[0], 'title').children.map((c) => c.type)).toEqual(['text', 'emphasis']);
  });

  it('gives a second section with the same title an id of its own', () => {
    const root = page('# A\n\n## Same\n\n## Same\n');
    const ids = all(root, 'section').map((s) => (s.attributes.ids as string[])[0]);
    expect(ids[1]).toBe('same');
    expect(ids[2]).not.toBe('same');
    expect(new Set(ids).size).toBe(3);
  });

  it('warns about a skipped heading level at the heading line', () => {
    const root = page('# One\n\n### Three\n');
    expect(messages(root)).toContainEqual([2, 3, 'Non-consecutive header level increase; H1 to H3 [myst.header]']);
  });
});

describe('body elements', () => {
  it('converts paragraphs, quotes, transitions and raw HTML', () => {
    const out = tree('Para\none.\n\n> quoted\n\n---\n\n<div class="x">hi</div>\n');
    expect(out.trimEnd()).toBe([
      '    <paragraph>',
      '        Para',
      '        one.',
      '    <block_quote>',
      '        <paragraph>',
      '            quoted',
      '    <transition>',
      '    <raw format="html" xml:space="preserve">',
      '        <div class="x">hi</div>',
    ].join('\n'));
  });

  it('converts bullet, numbered and task lists', () => {
    const root = page('- a\n- b\n\n3. three\n4. four\n\n- [x] done\n- [ ] open\n');
    const lists = root.children.filter((c) => c.type !== 'text') as Element[];
    expect(lists.map((l) => l.type)).toEqual(['bullet_list', 'enumerated_list', 'bullet_list']);
    expect(lists[1].attributes).toMatchObject({ enumtype: 'arabic', start: 3, suffix: '.' });
    expect(lists[2].attributes.classes).toEqual(['contains-task-list']);
    const items = all(lists[2], 'list_item');
    expect(items.map((i) => i.attributes.classes)).toEqual([['task-list-item'], ['task-list-item']]);
    expect(textOf(first(items[0], 'raw'))).toContain('checked="checked"');
    expect(textOf(first(items[1], 'raw'))).not.toContain('checked');
    expect(textOf(items[1])).toContain('open');
  });

  it('keeps code fences as literal blocks with their language', () => {
    const root = page('```python\nprint(1)\n```\n\n```\nplain\n```\n\n    indented\n');
    const blocks = all(root, 'literal_block');
    expect(blocks.map((b) => b.attributes.language)).toEqual(['python', undefined, undefined]);
    expect(blocks.map(textOf)).toEqual(['print(1)', 'plain', 'indented']);
  });

  it('converts GFM tables with alignment into table/tgroup/thead/tbody', () => {
    const root = page('| a | b | c |\n|:--|:-:|--:|\n| 1 | **2** | 3 |\n| 4 |\n');
    const table = first(root, 'table');
    expect(first(table, 'tgroup').attributes.cols).toBe(3);
    expect(all(table, 'colspec')).toHaveLength(3);
    expect(all(first(table, 'thead'), 'entry').map((e) => e.attributes.classes)).toEqual([['text-left'], ['text-center'], ['text-right']]);
    const rows = all(first(table, 'tbody'), 'row');
    expect(rows).toHaveLength(2);
    expect(all(rows[0], 'strong')).toHaveLength(1);
    // A short row still has one entry per column.
    expect(all(rows[1], 'entry')).toHaveLength(3);
  });

  it('writes footnotes as myst-parser does: named, `auto` unless the label is a number, at the end', () => {
    const root = page('Second[^b] first[^a] again[^b], manual[^7].\n\n[^a]: Note A.\n[^b]: Note B.\n[^7]: Seven.\n');
    const refs = all(root, 'footnote_reference');
    expect(refs.map((r) => [r.attributes.refname, r.attributes.auto, textOf(r)])).toEqual([
      ['b', 1, ''], ['a', 1, ''], ['b', 1, ''], ['7', undefined, '7'],
    ]);
    const notes = root.children.filter((c) => c.type === 'footnote') as Element[];
    expect(notes.map((n) => [n.attributes.names, n.attributes.auto])).toEqual([[['b'], 1], [['a'], 1], [['7'], undefined]]);
    expect(textOf(notes[2].children[0])).toBe('7');
  });

  it('gets its footnotes numbered in order of reference by the docutils transforms', () => {
    const root = page('Second[^b] first[^a] again[^b].\n\n[^a]: Note A.\n[^b]: Note B.\n');
    expect(applyTransforms(root, { autoIdPrefix: 'id' }).messages).toEqual([]);
    const refs = all(root, 'footnote_reference');
    expect(refs.map(textOf)).toEqual(['1', '2', '1']);
    const notes = root.children.filter((c) => c.type === 'footnote') as Element[];
    expect(notes.map((n) => textOf(n.children[0]))).toEqual(['1', '2']);
    expect(textOf(notes[0])).toContain('Note B.');
    expect(refs[0].attributes.refid).toBe((notes[0].attributes.ids as string[])[0]);
    expect(notes[0].attributes.backrefs).toEqual([(refs[0].attributes.ids as string[])[0], (refs[2].attributes.ids as string[])[0]]);
  });

  it('leaves a footnote mark without a definition as text, as myst-parser does', () => {
    const root = page('Text[^nope] here.\n\n[^other]: unused\n');
    expect(all(root, 'footnote_reference')).toEqual([]);
    expect(textOf(first(root, 'paragraph'))).toBe('Text[^nope] here.');
  });

  it('puts a position on every node', () => {
    const root = page('# T\n\n- a *b*\n\n| x |\n|---|\n| y |\n\n```{note}\nN **b**\n```\n\nF[^1]\n\n[^1]: f\n');
    const missing: string[] = [];
    const walk = (node: DoctreeNode) => {
      if (!node.position) missing.push(node.type);
      if (node.type !== 'text') (node as Element).children.forEach(walk);
    };
    walk(root);
    expect(missing).toEqual([]);
    expect(first(root, 'note').position?.start.line).toBe(9);
    expect(first(first(root, 'note'), 'paragraph').position?.start.line).toBe(10);
  });
});

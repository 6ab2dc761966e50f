// The parser's entry points: parseRst's contract (a <document>, positions on
// every node, settings), the unified plugin, and the directive framework as
// seen by directives registered from outside (the Sphinx layer's path).
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { pformat } from '../../src/doctree/pformat.js';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import type { DirectiveSpec } from '../../src/rst/api.js';
import { createRegistries, parseRst, rstParse } from '../../src/rst/index.js';

function allNodes(node: DoctreeNode, out: DoctreeNode[] = []): DoctreeNode[] {
  out.push(node);
  if (node.type !== 'text') for (const child of (node as Element).children) allNodes(child, out);
  return out;
}

const SAMPLE = `Title
=====

Paragraph with *emphasis*.

- item one
- item two

  .. note:: A note.

.. [1] A footnote.

.. _target: http://example.org/

Term
    Definition.
`;

describe('parseRst', () => {
  it('returns the document element with the source path', () => {
    const root = parseRst('Hello.', { settings: { sourcePath: 'doc.rst' } });
    expect(root.type).toBe('document');
    expect(root.attributes.source).toBe('doc.rst');
    expect(pformat(root)).toBe('<document source="doc.rst">\n    <paragraph>\n        Hello.\n');
  });

  it('gives every node a 1-based position', () => {
    const nodes = allNodes(parseRst(SAMPLE));
    for (const node of nodes) {
      expect(node.position, node.type).toBeDefined();
      expect(node.position!.start.line).toBeGreaterThanOrEqual(1);
      expect(node.position!.start.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('positions block nodes at their source lines', () => {
    const root = parseRst(SAMPLE);
    const section = root.children[0] as Element;
    expect(section.type).toBe('section');
    expect(section.position!.start.line).toBe(1);
    const list = section.children.find((c) => c.type === 'bullet_list') as Element;
    expect(list.position!.start.line).toBe(6);
    const items = list.children as Element[];
    expect(items.map((i) => i.position!.start.line)).toEqual([6, 7]);
    const footnote = section.children.find((c) => c.type === 'footnote') as Element;
    expect(footnote.position!.start.line).toBe(11);
  });

  it('positions the parts of a table at the table, and each row at its first cell', () => {
    const root = parseRst('Intro.\n\n+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n');
    const table = root.children[1] as Element;
    const lines = (node: DoctreeNode) => [node.position!.start.line, node.position!.end.line];
    expect(lines(table)).toEqual([3, 7]);
    const tgroup = table.children[0] as Element;
    const [colspec, , thead, tbody] = tgroup.children as Element[];
    for (const part of [tgroup, colspec, thead, tbody]) expect(lines(part), part.type).toEqual([3, 7]);
    expect(lines(thead.children[0])).toEqual([4, 4]);
    expect(lines(tbody.children[0])).toEqual([6, 6]);
  });

  it('positions the source quoted in a message, and the text of a code block, at their element', () => {
    const root = parseRst('Title\n==\n\n.. code:: python\n\n   x = 1\n');
    const message = allNodes(root).find((n) => n.type === 'system_message') as Element;
    expect(message.position!.start.line).toBe(2);
    for (const node of allNodes(message)) expect(node.position!.start.line, node.type).toBe(2);
    const code = allNodes(root).find((n) => n.type === 'literal_block' && (n as Element).attributes.classes) as Element;
    expect(code.position!.start.line).toBe(4);
    expect(code.children[0].position).toEqual(code.position);
  });

  it('expands tabs with tab_width', () => {
    const root = parseRst('::\n\n\tindented\n\t  more\n', { settings: { tabWidth: 4 } });
    expect(pformat(root)).toContain('        indented\n          more\n');
  });

  it('reads form feeds and vertical tabs as spaces, as docutils does', () => {
    expect(pformat(parseRst('a\fb\vc\n'))).toBe('<document source="<string>">\n    <paragraph>\n        a b c\n');
  });

  it('rejects input with a line over line_length_limit', () => {
    const root = parseRst('short\n' + 'x'.repeat(50) + '\n', { settings: { lineLengthLimit: 40 } });
    const out = pformat(root);
    expect(out).toContain('Line 2 exceeds the line-length-limit.');
    expect(out).not.toContain('short');
    for (const node of allNodes(root)) expect(node.position, node.type).toBeDefined();
  });

  it('uses auto_id_prefix for generated ids', () => {
    const src = '.. [#] one\n.. [#] two\n';
    expect(pformat(parseRst(src))).toContain('ids="footnote-1"');
    expect(pformat(parseRst(src, { settings: { autoIdPrefix: 'id' } }))).toContain('ids="id1"');
  });

  it('leaves section ids to later stages with legacy_ids off', () => {
    expect(pformat(parseRst('Title\n=====\n', { settings: { legacyIds: false } }))).toContain('<section names="title">');
    expect(pformat(parseRst('Title\n=====\n'))).toContain('<section ids="title" names="title">');
  });

  it('never throws on malformed markup, reporting it instead', () => {
    const bad = '=====\nTitle\n-----\n\n.. image::\n\n.. |x| \n\n   - \n+--+\n| |\n';
    const root = parseRst(bad);
    expect(allNodes(root).some((n) => n.type === 'system_message')).toBe(true);
  });
});

describe('a failing extension', () => {
  it('is reported at its line and the rest of the document is still parsed', () => {
    const registries = createRegistries();
    registries.roles.set('boom', () => {
      throw new Error('role exploded');
    });
    const out = pformat(parseRst('First.\n\nA :boom:`x` here.\n\nLast.\n', { registries }));
    expect(out).toContain('First.');
    expect(out).toContain('Last.');
    expect(out).toMatch(/<system_message level="4" line="3" source="<string>" type="SEVERE">\n\s+<paragraph>\n\s+Internal parser error: role exploded/);
  });
});

describe('rstParse (unified plugin)', () => {
  it('parses into the doctree', () => {
    const tree = unified().use(rstParse).parse('Some *text*.') as unknown as Element;
    expect(tree.type).toBe('document');
    expect(pformat(tree)).toContain('<emphasis>');
  });
});

describe('directives registered from outside', () => {
  function registriesWith(name: string, spec: DirectiveSpec) {
    const registries = createRegistries();
    registries.directives.set(name, spec);
    return registries;
  }

  it('receive arguments, converted options and content', () => {
    let seen: unknown;
    const registries = registriesWith('probe', {
      requiredArguments: 1,
      optionalArguments: 1,
      finalArgumentWhitespace: true,
      optionSpec: { count: (v) => Number(v), flag: (v) => v === null },
      hasContent: true,
      run(inv) {
        seen = { args: inv.arguments, options: inv.options, content: inv.content, lineno: inv.lineno, contentOffset: inv.contentOffset };
        return [];
      },
    });
    parseRst('Intro.\n\n.. probe:: first second and more\n   :count: 3\n   :flag:\n\n   Body line.\n', { registries });
    expect(seen).toEqual({
      args: ['first', 'second and more'],
      options: { count: 3, flag: true },
      content: ['Body line.'],
      lineno: 3,
      contentOffset: 6,
    });
  });

  it('report option converter errors with the option and value', () => {
    const registries = registriesWith('probe', {
      optionSpec: {
        count: (v) => {
          throw new Error(`"${v}" is not a number`);
        },
      },
      run: () => [],
    });
    const out = pformat(parseRst('.. probe::\n   :count: many\n', { registries }));
    expect(out).toContain('Error in "probe" directive:');
    expect(out).toContain(`invalid option value: (option: "count"; value: 'many')`);
    expect(out).toContain('"many" is not a number');
  });

  it('report unknown options and unexpected content', () => {
    const registries = registriesWith('probe', { optionSpec: { known: (v) => v }, run: () => [] });
    expect(pformat(parseRst('.. probe::\n   :other: x\n', { registries }))).toContain('unknown option: "other"');
    expect(pformat(parseRst('.. probe::\n\n   content\n', { registries }))).toContain('no content permitted');
  });

  it('turn a thrown DirectiveError into a message of its level', () => {
    const registries = registriesWith('probe', {
      run(inv) {
        throw inv.warning('Something is off.');
      },
    });
    const out = pformat(parseRst('.. probe::\n', { registries }));
    expect(out).toContain('<system_message level="2" line="1" source="<string>" type="WARNING">');
    expect(out).toContain('Something is off.');
    expect(out).toContain('.. probe::');
  });

  it('get positions for nodes they build without one, however they build them', () => {
    // Built as plain objects, not with `el`/`text`: the parser cannot count them as unpositioned.
    const registries = registriesWith('bare', {
      run: () => [{ type: 'container', attributes: {}, children: [{ type: 'paragraph', attributes: {}, children: [{ type: 'text', value: 'x' }] }] }],
    });
    const root = parseRst('Intro.\n\n.. bare::\n', { registries });
    const container = root.children[1] as Element;
    expect(container.type).toBe('container');
    // A node without a position takes its parent's: here, the document's.
    for (const node of allNodes(container)) expect(node.position, node.type).toBe(root.position);
  });

  it('can parse their content as nested body elements', () => {
    const registries = registriesWith('box', {
      hasContent: true,
      run(inv) {
        const node: Element = { type: 'container', attributes: {}, children: [] };
        inv.state.nestedParse(inv.content, inv.contentOffset, node);
        return [node];
      },
    });
    const root = parseRst('.. box::\n\n   - a\n   - b\n', { registries });
    const box = root.children[0] as Element;
    expect(box.type).toBe('container');
    expect((box.children[0] as Element).type).toBe('bullet_list');
    expect(box.children[0].position!.start.line).toBe(3);
  });

  it('can insert lines that are parsed in place, with their own source and lines', () => {
    const registries = registriesWith('insert', {
      run(inv) {
        inv.state.insertInput(['Inserted paragraph.', '', '.. nosuch::', '', 'An *unclosed start.', ''], 'other.rst');
        return [];
      },
    });
    const root = parseRst('Before.\n\n.. insert::\n\nAfter.\n', { registries });
    const out = pformat(root);
    expect(out.indexOf('Inserted paragraph.')).toBeGreaterThan(out.indexOf('Before.'));
    expect(out.indexOf('Inserted paragraph.')).toBeLessThan(out.indexOf('After.'));
    expect(out).toContain('<system_message level="3" line="3" source="other.rst" type="ERROR">');
    expect(out).toMatch(/<system_message backrefs="problematic-1" ids="system-message-1" level="2" line="5" source="other.rst" type="WARNING">\n\s+<paragraph>\n\s+Inline emphasis start-string without end-string./);
    const inserted = root.children[1] as Element;
    expect(inserted.position).toMatchObject({ start: { line: 1 }, source: 'other.rst' });
  });

  it('can say where inserted lines start in their file', () => {
    const registries = registriesWith('insert', {
      run(inv) {
        inv.state.insertInput(['.. nosuch::', ''], 'other.rst', 40);
        return [];
      },
    });
    expect(pformat(parseRst('.. insert::\n', { registries }))).toContain('<system_message level="3" line="40" source="other.rst" type="ERROR">');
  });
});

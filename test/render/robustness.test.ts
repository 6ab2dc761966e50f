// Whatever the doctree holds, rendering gives HTML and never throws: odd
// attribute values, text where elements are expected, missing children.
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { createRenderer } from '../../src/render/index.js';
import { el, text } from './helpers.js';

const TYPES = [
  'document', 'section', 'title', 'subtitle', 'paragraph', 'emphasis', 'strong', 'literal', 'reference', 'target', 'footnote',
  'footnote_reference', 'citation', 'citation_reference', 'label', 'substitution_definition', 'substitution_reference',
  'bullet_list', 'enumerated_list', 'list_item', 'definition_list', 'definition_list_item', 'term', 'classifier', 'definition',
  'field_list', 'field', 'field_name', 'field_body', 'option_list', 'option_list_item', 'option_group', 'option', 'option_string',
  'option_argument', 'description', 'literal_block', 'doctest_block', 'line_block', 'line', 'block_quote', 'attribution', 'table',
  'tgroup', 'colspec', 'thead', 'tbody', 'row', 'entry', 'attention', 'caution', 'danger', 'error', 'hint', 'important', 'note',
  'tip', 'warning', 'admonition', 'topic', 'sidebar', 'rubric', 'compound', 'container', 'image', 'figure', 'caption', 'legend',
  'math', 'math_block', 'raw', 'comment', 'system_message', 'problematic', 'transition', 'title_reference', 'abbreviation',
  'acronym', 'subscript', 'superscript', 'inline', 'generated', 'decoration', 'header', 'footer', 'docinfo', 'author', 'pending_xref',
  'download_reference', 'toctree', 'index', 'glossary', 'versionmodified', 'seealso', 'todo_node', 'todolist', 'hlist', 'hlistcol',
  'centered', 'graphviz', 'compact_paragraph', 'acks', 'literal_strong', 'only', 'desc', 'desc_signature', 'desc_name',
  'desc_parameterlist', 'desc_parameter', 'desc_returns', 'desc_content', 'desc_optional', 'no_such_node',
];

const ODD_ATTRIBUTES: Array<Record<string, unknown>> = [
  {},
  { ids: 'x y', classes: 7, names: null, refuri: 42, uri: ['a', 'b'], morerows: 'two', morecols: -3, start: 'x', enumtype: 'klingon', level: 'high', language: 12, linenos: 'yes', width: '"><script>', align: '<b>', format: ['html'] },
  { ids: ['<id>'], classes: ['"quoted"'], refuri: 'javascript:x', refid: '', refdocname: 'a', number: 3, label: 7, colwidth: 0, stub: true, type: 'nonsense' },
];

function children(depth: number): DoctreeNode[] {
  if (depth === 0) return [text('t<&>')];
  return [text('lead'), el('paragraph', {}, [text('p')]), el('title', {}, [text('title')]), el('row', {}, [el('entry', { morecols: 9 }, [])]), ...children(depth - 1)];
}

describe('robustness', () => {
  it('renders every node type with odd attributes and children without throwing', async () => {
    const renderer = await createRenderer({ graphviz: false, showTodos: true });
    for (const type of TYPES) {
      for (const attributes of ODD_ATTRIBUTES) {
        const node: Element = el(type, attributes as Element['attributes'], children(2));
        node.data = { highlightArgs: { hl_lines: 'all' }, entries: [null, { ref: 5 }], code: 17 };
        const result = renderer.render(el('document', {}, [node]), { docname: 'x/y' });
        expect(typeof result.html, `${type} ${JSON.stringify(attributes)}`).toBe('string');
        expect(result.html).not.toContain('<script>');
        expect(result.html).not.toMatch(/href="javascript/i);
        // A handler that threw shows up as this warning: odd input must be handled, not caught.
        expect(result.warnings.filter((warning) => warning.message.startsWith('internal error')), `${type} ${JSON.stringify(attributes)}`).toEqual([]);
      }
    }
  });

  it('renders an element with no children and no attributes for every type', async () => {
    const renderer = await createRenderer({ graphviz: false });
    for (const type of TYPES) {
      const node = { type, attributes: {}, children: [] } as Element;
      expect(() => renderer.render(el('document', {}, [node]), { docname: 'index' })).not.toThrow();
    }
  });
});

// Fenced directives run the registries' DirectiveSpec implementations.
import { describe, expect, it } from 'vitest';
import type { Element } from '../../src/doctree/types.js';
import { all, first, messages, page, textOf } from './helpers.js';

const COLON = "myst_enable_extensions = ['colon_fence']";

describe('fenced directives', () => {
  it('parses admonition content as Markdown', () => {
    const root = page('```{note}\nSome **bold** and {kbd}`K`.\n\n- item\n```\n');
    const note = first(root, 'note');
    expect(all(note, 'strong')).toHaveLength(1);
    expect(all(note, 'bullet_list')).toHaveLength(1);
  });

  it('reads the text after the name as content when the directive takes no arguments', () => {
    const root = page('```{warning} Short warning.\n```\n');
    expect(textOf(first(root, 'warning'))).toBe('Short warning.');
  });

  it('passes arguments and :option: lines to code-block', () => {
    const root = page('```{code-block} python\n:linenos:\n:emphasize-lines: 2\n:caption: Example\n\na = 1\nb = 2\n```\n');
    const wrapper = first(root, 'container');
    expect(wrapper.attributes.classes).toEqual(['literal-block-wrapper']);
    expect(textOf(first(wrapper, 'caption'))).toBe('Example');
    const block = first(wrapper, 'literal_block');
    expect(block.attributes).toMatchObject({ language: 'python', linenos: true });
    expect((block.data?.highlightArgs as { hl_lines: number[] }).hl_lines).toEqual([2]);
    expect(textOf(block)).toBe('a = 1\nb = 2');
  });

  it('accepts options as a YAML block', () => {
    const root = page('```{code-block} bash\n---\nlinenos: true\nname: my-code\n---\necho hi\n```\n');
    const block = first(root, 'literal_block');
    expect(block.attributes).toMatchObject({ language: 'bash', linenos: true, names: ['my-code'] });
  });

  it('nests fences with more backticks', () => {
    const root = page('````{note}\nOuter.\n\n```{tip}\nInner.\n```\n````\n');
    const note = first(root, 'note');
    expect(textOf(first(note, 'tip'))).toBe('Inner.');
  });

  it('reads colon fences, nested by colon count, when colon_fence is enabled', () => {
    const text = '::::{important}\nOuter\n\n:::{seealso}\nInner with ```code``` inside.\n:::\n::::\n';
    const root = page(text, { conf: COLON });
    expect(textOf(first(first(root, 'important'), 'seealso'))).toContain('Inner with');
    // Without the extension it is plain text.
    expect(all(page(text), 'important')).toEqual([]);
  });

  it('runs Sphinx directives: toctree, glossary, figure, literalinclude', () => {
    const root = page(
      [
        '```{toctree}', ':maxdepth: 2', ':caption: Parts', '', 'one', 'two.md', '```', '',
        '```{glossary}', 'PLEG', '   Pod Lifecycle Event Generator.', '```', '',
        '```{figure} pic.png', ':name: fig-pic', '', 'The *caption*.', '```', '',
        '```{literalinclude} out/log.txt', ':lines: 2', '```', '',
      ].join('\n'),
      { files: { 'one.md': '# One\n', 'two.md': '# Two\n', 'pic.png': 'x', 'out/log.txt': 'first\nsecond\n' } },
    );
    const toctree = first(root, 'toctree');
    expect(toctree.attributes).toMatchObject({ maxdepth: 2, caption: 'Parts' });
    expect((toctree.data?.entries as { ref: string }[]).map((e) => e.ref)).toEqual(['one', 'two']);
    expect(first(root, 'term').attributes.ids).toEqual(['term-PLEG']);
    const figure = first(root, 'figure');
    expect(figure.attributes.ids).toEqual(['fig-pic']);
    expect(all(first(figure, 'caption'), 'emphasis')).toHaveLength(1);
    expect(textOf(all(root, 'literal_block').at(-1)!)).toBe('second\n');
  });

  it('runs {eval-rst} content as reStructuredText with document line numbers', () => {
    const root = page('# T\n\n```{eval-rst}\n.. note:: In *rST*.\n\n:unknownrole:`x`\n```\n');
    const note = first(root, 'note');
    expect(all(note, 'emphasis')).toHaveLength(1);
    expect(messages(root).filter(([level]) => level >= 2)).toEqual([[3, 6, 'Unknown interpreted text role "unknownrole".']]);
  });

  it('includes Markdown files as Markdown, naming the included file in its messages', () => {
    const root = page('# T\n\n```{include} parts/snip.md\n```\n', { files: { 'parts/snip.md': 'Included *md*.\n\nBad {nosuch}`x`.\n' } });
    expect(all(first(root, 'section'), 'emphasis')).toHaveLength(1);
    const message = first(root, 'system_message');
    expect(String(message.attributes.source)).toMatch(/parts[/\\]snip\.md$/);
    expect(message.attributes.line).toBe(3);
  });

  it('reads epigraph content as a quote with its attribution', () => {
    const root = page('```{epigraph}\nNo matter *where* you go, there you are.\n\n-- Buckaroo Banzai\n```\n');
    const quote = first(root, 'block_quote');
    expect(quote.attributes.classes).toEqual(['epigraph']);
    expect(all(quote, 'emphasis')).toHaveLength(1);
    expect(textOf(first(quote, 'attribution'))).toBe('Buckaroo Banzai');
  });

  it('turns headings inside a directive into rubrics with a warning', () => {
    const root = page('```{note}\n## Inside\n\ntext\n```\n');
    expect(textOf(first(root, 'rubric'))).toBe('Inside');
    expect(messages(root)).toEqual([[2, 2, 'Disallowed nested header found, converting to rubric [myst.nested_header]']]);
  });
});

describe('bad directives', () => {
  // Fatal problems: the directive does not run; the message holds the fence as written.
  const fatal: Array<[string, string, number, number, RegExp]> = [
    ['unknown directive', 'Text.\n\n```{nosuch} arg\nbody\n```\n', 2, 3, /^Unknown directive type: 'nosuch'/],
    ['missing argument', '\n```{literalinclude}\n```\n', 3, 2, /1 argument\(s\) required, 0 supplied/],
    ['content where none is allowed', '```{highlight} python\nbody\n```\n', 3, 1, /no content permitted/],
    ['unclosed YAML block', '```{note}\n---\nclass: x\n```\n', 3, 1, /YAML option block opened by "---" is never closed/],
  ];
  for (const [what, text, level, line, pattern] of fatal) {
    it(`reports ${what} at the fence's line`, () => {
      const found = messages(page(text, { files: { 'f.txt': 'x\n' } }));
      expect(found).toHaveLength(1);
      expect(found[0][0]).toBe(level);
      expect(found[0][1]).toBe(line);
      expect(found[0][2]).toMatch(pattern);
    });
  }

  // Option problems warn at the option's line, and the directive runs without that option (as myst-parser does).
  const lenient: Array<[string, string, number, RegExp, string]> = [
    ['unknown option', '```{code-block} python\n:linenos:\n:bogus: 1\n\nx\n```\n', 3, /"code-block" directive: unknown option "bogus" \(known: .*\); ignored\. \[myst\.directive_parse\]/, 'literal_block'],
    ['bad option value', '```{code-block} c\n:lineno-start: abc\n\nx\n```\n', 2, /invalid value for option "lineno-start": 'abc'/, 'literal_block'],
    ['YAML that is not a mapping', '```{note}\n---\n- a\n---\nx\n```\n', 2, /YAML option block is not a mapping/, 'note'],
    ['invalid YAML', '```{note}\n---\nclass: [x\n---\nx\n```\n', 2, /invalid YAML option block/, 'note'],
  ];
  for (const [what, text, line, pattern, produced] of lenient) {
    it(`warns about ${what} and still runs the directive`, () => {
      const root = page(text);
      const found = messages(root);
      expect(found).toHaveLength(1);
      expect(found[0][0]).toBe(2);
      expect(found[0][1]).toBe(line);
      expect(found[0][2]).toMatch(pattern);
      expect(all(root, produced)).toHaveLength(1);
    });
  }

  it('warns about options given to a directive that takes none, and runs it', () => {
    const root = page('# T\n\n```{title} Page title\n:x: y\n```\n');
    expect(messages(root)).toEqual([[2, 4, '"title" directive: no options permitted, got "x"; ignored. [myst.directive_parse]']]);
    expect(root.attributes.title).toBe('Page title');
  });

  it('runs code-block with its good options when another is bad', () => {
    const root = page('```{code-block} python\n:linenos:\n:bogus: 1\n\nx\n```\n');
    expect(first(root, 'literal_block').attributes).toMatchObject({ language: 'python', linenos: true });
  });

  it('keeps the fence as written in the message', () => {
    const root = page('```{nosuch}\nbody\n```\n');
    const message = first(root, 'system_message') as Element;
    expect(textOf(first(message, 'literal_block'))).toBe('```{nosuch}\nbody\n```');
  });

  it('warns about a directive fence that is never closed, and still reads it', () => {
    const root = page('Intro.\n\n```{note}\nnever closed\n\nmore\n');
    expect(messages(root)).toEqual([[2, 3, 'Directive fence "```{note}" is not closed; it runs to the end of the document.']]);
    expect(all(first(root, 'note'), 'paragraph').map(textOf)).toEqual(['never closed', 'more']);
  });

  it('warns about a colon fence that is never closed, and still reads it', () => {
    const root = page('Intro.\n\n:::{note}\nnever closed\n', { conf: COLON });
    expect(messages(root)).toEqual([[2, 3, 'Colon fence ":::{note}" is not closed; it runs to the end of the document.']]);
    expect(textOf(first(root, 'note'))).toBe('never closed');
  });
});

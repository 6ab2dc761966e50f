// The standard directives end to end: rST in, docutils pseudo-XML out. The
// expected outputs were observed with docutils (python3 -m docutils 0.19 here;
// where docutils 1.0 differs, its conformance cases decide).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/pformat.js';
import { parseRst } from '../../../src/rst/index.js';
import { createRegistries } from '../../../src/rst/registries.js';

function px(source: string, settings: Record<string, unknown> = {}): string {
  const document = parseRst(source, { settings: { sourcePath: 'test data', ...settings }, registries: createRegistries() });
  return pformat(document);
}

describe('standard directives (observed from docutils)', () => {
  it('specific admonitions take the first line as body and :class: as classes', () => {
    expect(px(".. tip:: Drink water.\n\n.. danger::\n   :class: red hot\n\n   Hot.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <tip>\n" +
      "        <paragraph>\n" +
      "            Drink water.\n" +
      "    <danger classes=\"red hot\">\n" +
      "        <paragraph>\n" +
      "            Hot.\n",
    );
  });

  it('a generic admonition gets a class from its title and a target from :name:', () => {
    expect(px(".. admonition:: Read *this*\n   :name: First Note\n\n   Body.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <admonition classes=\"admonition-read-this\" ids=\"first-note\" names=\"first\\ note\">\n" +
      "        <title>\n" +
      "            Read \n" +
      "            <emphasis>\n" +
      "                this\n" +
      "        <paragraph>\n" +
      "            Body.\n",
    );
  });

  it('figure: caption, legend, :figwidth: and :align:', () => {
    expect(px(".. figure:: a.png\n   :figwidth: 50%\n   :align: right\n   :alt: A\n\n   Caption *here*.\n\n   Legend one.\n\n   Legend two.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <figure align=\"right\" width=\"50%\">\n" +
      "        <image alt=\"A\" uri=\"a.png\">\n" +
      "        <caption>\n" +
      "            Caption \n" +
      "            <emphasis>\n" +
      "                here\n" +
      "            .\n" +
      "        <legend>\n" +
      "            <paragraph>\n" +
      "                Legend one.\n" +
      "            <paragraph>\n" +
      "                Legend two.\n",
    );
  });

  it('a sidebar inside a list item is refused', () => {
    expect(px("- .. sidebar:: S\n\n     Text.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <bullet_list bullet=\"-\">\n" +
      "        <list_item>\n" +
      "            <system_message level=\"3\" line=\"1\" source=\"test data\" type=\"ERROR\">\n" +
      "                <paragraph>\n" +
      "                    The \"sidebar\" directive may not be used within topics or body elements.\n" +
      "                <literal_block xml:space=\"preserve\">\n" +
      "                    .. sidebar:: S\n" +
      "                    \n" +
      "                       Text.\n",
    );
  });

  it('line-block nests indented lines; a blank line stays in its block', () => {
    expect(px(".. line-block::\n\n   one\n      two\n\n   three\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <line_block>\n" +
      "        <line>\n" +
      "            one\n" +
      "        <line_block>\n" +
      "            <line>\n" +
      "                two\n" +
      "            <line>\n" +
      "        <line>\n" +
      "            three\n",
    );
  });

  it('code :number-lines: pads numbers to the widest', () => {
    expect(px(".. code:: text\n   :number-lines: 9\n\n   a\n   b\n   c\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <literal_block classes=\"code text\" xml:space=\"preserve\">\n" +
      "        <inline classes=\"ln\">\n" +
      "             9 \n" +
      "        a\n" +
      "        <inline classes=\"ln\">\n" +
      "            10 \n" +
      "        b\n" +
      "        <inline classes=\"ln\">\n" +
      "            11 \n" +
      "        c\n",
    );
  });

  it('math: blank lines separate formulas; only the first gets the name', () => {
    expect(px(".. math::\n   :name: euler\n\n   e^{i\\pi} = -1\n\n   a^2\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <math_block ids=\"euler\" names=\"euler\" xml:space=\"preserve\">\n" +
      "        e^{i\\pi} = -1\n" +
      "    <math_block xml:space=\"preserve\">\n" +
      "        a^2\n",
    );
  });

  it('pull-quote keeps its attribution', () => {
    expect(px(".. pull-quote::\n\n   Words.\n\n   -- Someone\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <block_quote classes=\"pull-quote\">\n" +
      "        <paragraph>\n" +
      "            Words.\n" +
      "        <attribution>\n" +
      "            Someone\n",
    );
  });

  it('container refuses an argument that is no class name', () => {
    expect(px(".. container:: 123\n\n   Text.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <system_message level=\"3\" line=\"1\" source=\"test data\" type=\"ERROR\">\n" +
      "        <paragraph>\n" +
      "            Invalid class attribute value for \"container\" directive: \"123\".\n" +
      "        <literal_block xml:space=\"preserve\">\n" +
      "            .. container:: 123\n" +
      "            \n" +
      "               Text.\n",
    );
  });

  it('meta and decoration go to the top of the document', () => {
    expect(px("Title\n=====\n\n.. footer:: F\n\n.. meta::\n   :keywords: a, b\n\nText.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <meta content=\"a, b\" name=\"keywords\">\n" +
      "    <decoration>\n" +
      "        <footer>\n" +
      "            <paragraph>\n" +
      "                F\n" +
      "    <section ids=\"title\" names=\"title\">\n" +
      "        <title>\n" +
      "            Title\n" +
      "        <paragraph>\n" +
      "            Text.\n",
    );
  });

  it('class with content sets classes on each element', () => {
    expect(px(".. class:: special\n\n   One.\n\n   * item\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <paragraph classes=\"special\">\n" +
      "        One.\n" +
      "    <bullet_list bullet=\"*\" classes=\"special\">\n" +
      "        <list_item>\n" +
      "            <paragraph>\n" +
      "                item\n",
    );
  });

  it('replace accepts a single paragraph only', () => {
    expect(px(".. |x| replace:: one\n\n   - two\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <system_message level=\"3\" line=\"1\" source=\"test data\" type=\"ERROR\">\n" +
      "        <paragraph>\n" +
      "            Error in \"replace\" directive: may contain a single paragraph only.\n" +
      "    <system_message level=\"2\" line=\"1\" source=\"test data\" type=\"WARNING\">\n" +
      "        <paragraph>\n" +
      "            Substitution definition \"x\" empty or invalid.\n" +
      "        <literal_block xml:space=\"preserve\">\n" +
      "            .. |x| replace:: one\n" +
      "            \n" +
      "               - two\n",
    );
  });

  it('unicode: several codes, :trim: marks the definition', () => {
    expect(px("a |x| b\n\n.. |x| unicode:: U+2014 0x2014\n   :trim:\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <paragraph>\n" +
      "        a \n" +
      "        <substitution_reference refname=\"x\">\n" +
      "            x\n" +
      "         b\n" +
      "    <substitution_definition ltrim=\"1\" names=\"x\" rtrim=\"1\">\n" +
      "        \u2014\n" +
      "        \u2014\n",
    );
  });

  it('the test directive reports arguments, options and content', () => {
    expect(px(".. reStructuredText-test-directive:: arg\n   :option: it's\n\n   Content line.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <system_message level=\"1\" line=\"1\" source=\"test data\" type=\"INFO\">\n" +
      "        <paragraph>\n" +
      "            Directive processed. Type=\"reStructuredText-test-directive\", arguments=['arg'], options={'option': \"it's\"}, content:\n" +
      "        <literal_block xml:space=\"preserve\">\n" +
      "            Content line.\n",
    );
  });

  it('sectnum rejects a non-integer depth', () => {
    expect(px(".. sectnum::\n   :depth: x\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <system_message level=\"3\" line=\"1\" source=\"test data\" type=\"ERROR\">\n" +
      "        <paragraph>\n" +
      "            Error in \"sectnum\" directive:\n" +
      "            invalid option value: (option: \"depth\"; value: 'x')\n" +
      "            invalid literal for int() with base 10: 'x'.\n" +
      "        <literal_block xml:space=\"preserve\">\n" +
      "            .. sectnum::\n" +
      "               :depth: x\n",
    );
  });

  it('rubric parses inline markup in its title', () => {
    expect(px(".. rubric:: Notes *here*\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <rubric>\n" +
      "        Notes \n" +
      "        <emphasis>\n" +
      "            here\n",
    );
  });

  it('parsed-literal keeps whitespace and parses markup', () => {
    expect(px(".. parsed-literal::\n\n   x = *y*\n     z\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <literal_block xml:space=\"preserve\">\n" +
      "        x = \n" +
      "        <emphasis>\n" +
      "            y\n" +
      "        \n" +
      "          z\n",
    );
  });

  it('compound holds several body elements', () => {
    expect(px(".. compound::\n   :class: c\n\n   One::\n\n       lit\n\n   Two.\n")).toBe(
      "<document source=\"test data\">\n" +
      "    <compound classes=\"c\">\n" +
      "        <paragraph>\n" +
      "            One:\n" +
      "        <literal_block xml:space=\"preserve\">\n" +
      "            lit\n" +
      "        <paragraph>\n" +
      "            Two.\n",
    );
  });

});

describe('include', () => {
  function project(): string {
    const dir = mkdtempSync(join(tmpdir(), 'rstro-include-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'chapter.rst'), 'Intro.\n\n.. start\n\nMiddle *part*.\n\n.. end\n\nOutro.\n');
    writeFileSync(join(dir, 'sub', 'nested.rst'), 'In sub.\n\n.. include:: ../leaf.rst\n');
    writeFileSync(join(dir, 'leaf.rst'), 'Leaf.\n');
    writeFileSync(join(dir, 'tabs.txt'), 'a\tb\n\tc\n');
    writeFileSync(join(dir, 'a.rst'), 'Loop A.\n\n.. include:: b.rst\n');
    writeFileSync(join(dir, 'b.rst'), 'Loop B.\n\n.. include:: a.rst\n');
    return dir;
  }

  it('clips, nests relative paths, expands tabs and stops circular inclusion', () => {
    const source =
      '.. include:: chapter.rst\n   :start-after: .. start\n   :end-before: .. end\n\n' +
      '.. include:: sub/nested.rst\n\n' +
      '.. include:: tabs.txt\n   :literal:\n   :tab-width: 4\n\n' +
      '.. include:: a.rst\n';
    expect(px(source, { cwd: project() })).toBe(
      '<document source="test data">\n' +
        '    <paragraph>\n' +
        '        Middle \n' +
        '        <emphasis>\n' +
        '            part\n' +
        '        .\n' +
        '    <paragraph>\n' +
        '        In sub.\n' +
        '    <paragraph>\n' +
        '        Leaf.\n' +
        '    <literal_block source="tabs.txt" xml:space="preserve">\n' +
        '        a   b\n' +
        '            c\n' +
        '    <paragraph>\n' +
        '        Loop A.\n' +
        '    <paragraph>\n' +
        '        Loop B.\n' +
        '    <system_message level="2" line="3" source="b.rst" type="WARNING">\n' +
        '        <paragraph>\n' +
        '            circular inclusion in "include" directive:\n' +
        '            a.rst\n' +
        '            > b.rst\n' +
        '            > a.rst\n' +
        '            > test data\n' +
        '        <literal_block xml:space="preserve">\n' +
        '            .. include:: a.rst\n',
    );
  });

  it('reports a missing file and text that is not found', () => {
    const out = px('.. include:: missing.rst\n\n.. include:: chapter.rst\n   :start-after: nowhere\n', { cwd: project() });
    expect(out).toContain("InputError: [Errno 2] No such file or directory: 'missing.rst'.");
    expect(out).toContain('Problem with "start-after" option of "include" directive:\n            Text not found.');
  });

  it('reads through settings.readFile when the caller provides it', () => {
    const reads: string[] = [];
    const readFile = (path: string): string => {
      reads.push(path);
      return 'From the reader.\n';
    };
    const out = px('.. include:: virtual.rst\n', { cwd: '/project', readFile });
    expect(reads).toEqual(['/project/virtual.rst']);
    expect(out).toContain('From the reader.');
  });

  it('finds the standard definition files', () => {
    const out = px('.. include:: <isonum.txt>\n\n|copy| 2026\n');
    expect(out).toContain('<substitution_definition names="copy">\n        ©');
  });

  it('refuses to read files when file insertion is disabled', () => {
    const out = px('.. include:: chapter.rst\n', { cwd: project(), fileInsertionEnabled: false });
    expect(out).toContain('"include" directive disabled.');
  });
});

describe('substitution-only directives', () => {
  it('image in a substitution aligns with the line and takes the name as alt text', () => {
    expect(px('See |logo| here.\n\n.. |logo| image:: logo.png\n   :target: `Home Page`_\n   :align: middle\n')).toBe(
      '<document source="test data">\n' +
        '    <paragraph>\n' +
        '        See \n' +
        '        <substitution_reference refname="logo">\n' +
        '            logo\n' +
        '         here.\n' +
        '    <substitution_definition names="logo">\n' +
        '        <reference refname="home page">\n' +
        '            <image align="middle" alt="logo" uri="logo.png">\n',
    );
  });

  it('date formats the build date (SOURCE_DATE_EPOCH makes it reproducible)', () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2024, 1, 29, 12) / 1000);
    try {
      expect(px('.. |d| date:: %A %d %B %Y\n')).toContain('Thursday 29 February 2024');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });
});

describe('language-specific names', () => {
  it('German: contents falls back to English, its title is German', () => {
    expect(px('.. contents::\n   :depth: 1\n   :backlinks: top\n', { languageCode: 'de' })).toBe(
      '<document source="test data">\n' +
        '    <system_message level="1" line="1" source="test data" type="INFO">\n' +
        '        <paragraph>\n' +
        '            No directive entry for "contents" in module "docutils.parsers.rst.languages.de".\n' +
        '            Using English fallback for directive "contents".\n' +
        '    <topic classes="contents" ids="inhalt" names="inhalt">\n' +
        '        <title>\n' +
        '            Inhalt\n' +
        '        <pending>\n' +
        '            .. internal attributes:\n' +
        "                 .transform: docutils.transforms.parts.Contents\n" +
        '                 .details:\n' +
        "                   backlinks: 'top'\n" +
        '                   depth: 1\n',
    );
  });
});

describe('context and input errors', () => {
  it('a topic cannot hold a topic', () => {
    expect(px('.. topic:: Outer\n\n   .. topic:: Inner\n\n      Body.\n')).toBe(
      '<document source="test data">\n' +
        '    <topic>\n' +
        '        <title>\n' +
        '            Outer\n' +
        '        <system_message level="3" line="3" source="test data" type="ERROR">\n' +
        '            <paragraph>\n' +
        '                The "topic" directive may not be used within topics or body elements.\n' +
        '            <literal_block xml:space="preserve">\n' +
        '                .. topic:: Inner\n' +
        '                \n' +
        '                   Body.\n',
    );
  });

  it('meta keeps the fields before text that is not a field', () => {
    expect(px('.. meta::\n   :name: content\n   not a field\n')).toBe(
      '<document source="test data">\n' +
        '    <meta content="content" name="name">\n' +
        '    <system_message level="3" line="1" source="test data" type="ERROR">\n' +
        '        <paragraph>\n' +
        '            Invalid meta directive.\n' +
        '        <literal_block xml:space="preserve">\n' +
        '            .. meta::\n' +
        '               :name: content\n' +
        '               not a field\n',
    );
  });

  it('raw reads a file, but not a file and content together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rstro-raw-'));
    writeFileSync(join(dir, 'frag.html'), '<b>hi</b>\n');
    expect(px('.. raw:: HTML\n   :file: frag.html\n\n.. raw:: html\n   :file: frag.html\n\n   inline too\n', { cwd: dir })).toBe(
      '<document source="test data">\n' +
        '    <raw format="html" source="frag.html" xml:space="preserve">\n' +
        '        <b>hi</b>\n' +
        '    <system_message level="3" line="4" source="test data" type="ERROR">\n' +
        '        <paragraph>\n' +
        '            "raw" directive may not both specify an external file and have content.\n' +
        '        <literal_block xml:space="preserve">\n' +
        '            .. raw:: html\n' +
        '               :file: frag.html\n' +
        '            \n' +
        '               inline too\n',
    );
  });

  it('raw never fetches a URL', () => {
    expect(px('.. raw:: html\n   :url: http://example.org/\n')).toContain('rstro does not fetch URLs');
  });
});

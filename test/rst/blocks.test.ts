// Block constructs, one test per construct: the pseudo-XML printed for a
// small document is compared with what docutils prints for it (the expected
// texts were checked against docutils; its test cases are scored separately by
// `npm run conformance`).
import { describe, expect, it } from 'vitest';
import { pformat } from '../../src/rst/conformance.js';

/** The pseudo-XML of the parsed source, one array entry per printed line. */
function parse(source: string): string[] {
  return pformat(source).trimEnd().split('\n');
}

describe('block constructs', () => {
  it("paragraphs are separated by blank lines", () => {
    const source = "First line\nsecond line.\n\nAnother paragraph.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        First line',
      '        second line.',
      '    <paragraph>',
      '        Another paragraph.',
    ]);
  });

  it("section levels follow the order styles are first seen", () => {
    const source = "Chapter\n=======\n\nText.\n\nSection\n-------\n\nMore.\n\nChapter 2\n=========\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <section ids="chapter" names="chapter">',
      '        <title>',
      '            Chapter',
      '        <paragraph>',
      '            Text.',
      '        <section ids="section" names="section">',
      '            <title>',
      '                Section',
      '            <paragraph>',
      '                More.',
      '    <section ids="chapter-2" names="chapter\\ 2">',
      '        <title>',
      '            Chapter 2',
    ]);
  });

  it("an over- and underlined title is its own style", () => {
    const source = "=======\n Title\n=======\n\nBody.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <section ids="title" names="title">',
      '        <title>',
      '            Title',
      '        <paragraph>',
      '            Body.',
    ]);
  });

  it("a too-short underline is a warning, the section is kept", () => {
    const source = "Long title here\n=====\n\nText.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <section ids="long-title-here" names="long\\ title\\ here">',
      '        <title>',
      '            Long title here',
      '        <system_message level="2" line="2" source="test data" type="WARNING">',
      '            <paragraph>',
      '                Title underline too short.',
      '            <literal_block xml:space="preserve">',
      '                Long title here',
      '                =====',
      '        <paragraph>',
      '            Text.',
    ]);
  });

  it("skipping a title level is an error and the title is dropped", () => {
    const source = "A\n=\n\nB\n-\n\nC\n=\n\nD\n~\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <section ids="a" names="a">',
      '        <title>',
      '            A',
      '        <section ids="b" names="b">',
      '            <title>',
      '                B',
      '    <section ids="c" names="c">',
      '        <title>',
      '            C',
      '        <system_message level="3" line="10" source="test data" type="ERROR">',
      '            <paragraph>',
      '                Inconsistent title style: skip from level 1 to 3.',
      '            <literal_block xml:space="preserve">',
      '                D',
      '                ~',
      '            <paragraph>',
      '                Established title styles: = -',
    ]);
  });

  it("a line of punctuation between paragraphs is a transition", () => {
    const source = "Para one.\n\n----------\n\nPara two.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Para one.',
      '    <transition>',
      '    <paragraph>',
      '        Para two.',
    ]);
  });

  it("bullet lists nest and hold several paragraphs per item", () => {
    const source = "- one\n- two\n\n  second paragraph\n\n  * nested\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <bullet_list bullet="-">',
      '        <list_item>',
      '            <paragraph>',
      '                one',
      '        <list_item>',
      '            <paragraph>',
      '                two',
      '            <paragraph>',
      '                second paragraph',
      '            <bullet_list bullet="*">',
      '                <list_item>',
      '                    <paragraph>',
      '                        nested',
    ]);
  });

  it("a list ending without a blank line is warned about", () => {
    const source = "- one\nnot an item\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <bullet_list bullet="-">',
      '        <list_item>',
      '            <paragraph>',
      '                one',
      '    <system_message level="2" line="2" source="test data" type="WARNING">',
      '        <paragraph>',
      '            Bullet list ends without a blank line; unexpected unindent.',
      '    <paragraph>',
      '        not an item',
    ]);
  });

  it("enumerated lists: start value, parenthesized letters, auto-numbering", () => {
    const source = "3. three\n4. four\n\n(a) alpha\n(b) beta\n\n#. auto\n#. auto\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <enumerated_list enumtype="arabic" prefix="" start="3" suffix=".">',
      '        <list_item>',
      '            <paragraph>',
      '                three',
      '        <list_item>',
      '            <paragraph>',
      '                four',
      '    <system_message level="1" line="1" source="test data" type="INFO">',
      '        <paragraph>',
      '            Enumerated list start value not ordinal-1: "3" (ordinal 3)',
      '    <enumerated_list enumtype="loweralpha" prefix="(" suffix=")">',
      '        <list_item>',
      '            <paragraph>',
      '                alpha',
      '        <list_item>',
      '            <paragraph>',
      '                beta',
      '    <enumerated_list enumtype="arabic" prefix="" suffix=".">',
      '        <list_item>',
      '            <paragraph>',
      '                auto',
      '        <list_item>',
      '            <paragraph>',
      '                auto',
    ]);
  });

  it("an enumerator whose next line is plain text starts a paragraph", () => {
    const source = "A. Einstein was a great\ninfluence on me.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        A. Einstein was a great',
      '        influence on me.',
    ]);
  });

  it("roman numerals with a right parenthesis", () => {
    const source = "i) one\nii) two\niii) three\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <enumerated_list enumtype="lowerroman" prefix="" suffix=")">',
      '        <list_item>',
      '            <paragraph>',
      '                one',
      '        <list_item>',
      '            <paragraph>',
      '                two',
      '        <list_item>',
      '            <paragraph>',
      '                three',
    ]);
  });

  it("definition lists with classifiers", () => {
    const source = "term 1\n    Definition 1.\nterm 2 : classifier\n    Definition 2.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <definition_list>',
      '        <definition_list_item>',
      '            <term>',
      '                term 1',
      '            <definition>',
      '                <paragraph>',
      '                    Definition 1.',
      '        <definition_list_item>',
      '            <term>',
      '                term 2',
      '            <classifier>',
      '                classifier',
      '            <definition>',
      '                <paragraph>',
      '                    Definition 2.',
    ]);
  });

  it("field lists with one-line and indented bodies", () => {
    const source = ":Author: Me\n:Version: 1.0\n:Abstract:\n    Longer\n    text.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <field_list>',
      '        <field>',
      '            <field_name>',
      '                Author',
      '            <field_body>',
      '                <paragraph>',
      '                    Me',
      '        <field>',
      '            <field_name>',
      '                Version',
      '            <field_body>',
      '                <paragraph>',
      '                    1.0',
      '        <field>',
      '            <field_name>',
      '                Abstract',
      '            <field_body>',
      '                <paragraph>',
      '                    Longer',
      '                    text.',
    ]);
  });

  it("option lists with arguments and long options", () => {
    const source = "-a         all\n--file=F  file\n-o FILE, --output FILE\n           output\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <option_list>',
      '        <option_list_item>',
      '            <option_group>',
      '                <option>',
      '                    <option_string>',
      '                        -a',
      '            <description>',
      '                <paragraph>',
      '                    all',
      '        <option_list_item>',
      '            <option_group>',
      '                <option>',
      '                    <option_string>',
      '                        --file',
      '                    <option_argument delimiter="=">',
      '                        F',
      '            <description>',
      '                <paragraph>',
      '                    file',
      '        <option_list_item>',
      '            <option_group>',
      '                <option>',
      '                    <option_string>',
      '                        -o',
      '                    <option_argument delimiter=" ">',
      '                        FILE',
      '                <option>',
      '                    <option_string>',
      '                        --output',
      '                    <option_argument delimiter=" ">',
      '                        FILE',
      '            <description>',
      '                <paragraph>',
      '                    output',
    ]);
  });

  it("an expanded \"::\" ends the paragraph with a colon", () => {
    const source = "Paragraph::\n\n    literal *text*\n      indented\n\nAfter.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Paragraph:',
      '    <literal_block xml:space="preserve">',
      '        literal *text*',
      '          indented',
      '    <paragraph>',
      '        After.',
    ]);
  });

  it("a lone \"::\" produces no paragraph", () => {
    const source = "Intro.\n\n::\n\n    code\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Intro.',
      '    <literal_block xml:space="preserve">',
      '        code',
    ]);
  });

  it("a \" ::\" suffix is removed entirely", () => {
    const source = "Paragraph ::\n\n    code\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Paragraph',
      '    <literal_block xml:space="preserve">',
      '        code',
    ]);
  });

  it("quoted literal blocks", () => {
    const source = "Quoted::\n\n> one\n> two\n\nAfter.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Quoted:',
      '    <literal_block xml:space="preserve">',
      '        > one',
      '        > two',
      '    <paragraph>',
      '        After.',
    ]);
  });

  it("line blocks nest by indentation and keep continuation lines", () => {
    const source = "| Line one\n|     indented\n| Line three\n  continued\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <line_block>',
      '        <line>',
      '            Line one',
      '        <line_block>',
      '            <line>',
      '                indented',
      '        <line>',
      '            Line three',
      '            continued',
    ]);
  });

  it("block quotes with attributions", () => {
    const source = "Para.\n\n    Quote.\n\n    -- Attribution\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <paragraph>',
      '        Para.',
      '    <block_quote>',
      '        <paragraph>',
      '            Quote.',
      '        <attribution>',
      '            Attribution',
    ]);
  });

  it("doctest blocks", () => {
    const source = ">>> print(1)\n1\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <doctest_block xml:space="preserve">',
      '        >>> print(1)',
      '        1',
    ]);
  });

  it("comments, including the empty comment", () => {
    const source = ".. a comment\n   continues\n\n..\n\nText.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <comment xml:space="preserve">',
      '        a comment',
      '        continues',
      '    <comment xml:space="preserve">',
      '    <paragraph>',
      '        Text.',
    ]);
  });

  it("numbered, auto-numbered, labelled and symbol footnotes", () => {
    const source = ".. [1] One.\n.. [#] Auto.\n.. [#label] Labelled.\n.. [*] Symbol.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <footnote ids="footnote-1" names="1">',
      '        <label>',
      '            1',
      '        <paragraph>',
      '            One.',
      '    <footnote auto="1" ids="footnote-2">',
      '        <paragraph>',
      '            Auto.',
      '    <footnote auto="1" ids="label" names="label">',
      '        <paragraph>',
      '            Labelled.',
      '    <footnote auto="*" ids="footnote-3">',
      '        <paragraph>',
      '            Symbol.',
    ]);
  });

  it("citations", () => {
    const source = ".. [CIT2002] A citation.\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <citation ids="cit2002" names="cit2002">',
      '        <label>',
      '            CIT2002',
      '        <paragraph>',
      '            A citation.',
    ]);
  });

  it("internal, external, indirect and anonymous targets", () => {
    const source = ".. _internal:\n\n.. _external: http://example.org/\n\n.. _indirect: internal_\n\n__ http://anon.example.org/\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <target ids="internal" names="internal">',
      '    <target ids="external" names="external" refuri="http://example.org/">',
      '    <target ids="indirect" names="indirect" refname="internal">',
      '    <target anonymous="1" ids="target-1" refuri="http://anon.example.org/">',
    ]);
  });

  it("substitution definitions run their directive", () => {
    const source = ".. |name| replace:: replacement *text*\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <substitution_definition names="name">',
      '        replacement ',
      '        <emphasis>',
      '            text',
    ]);
  });

  it("unknown directives are reported with the block as written", () => {
    const source = ".. nosuchdirective:: arg\n   content\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <system_message level="1" line="1" source="test data" type="INFO">',
      '        <paragraph>',
      '            No directive entry for "nosuchdirective" in module "docutils.parsers.rst.languages.en".',
      '            Trying "nosuchdirective" as canonical directive name.',
      '    <system_message level="3" line="1" source="test data" type="ERROR">',
      '        <paragraph>',
      '            Unknown directive type "nosuchdirective".',
      '        <literal_block xml:space="preserve">',
      '            .. nosuchdirective:: arg',
      '               content',
    ]);
  });

  it("a directive missing its required content", () => {
    const source = ".. note::\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <system_message level="3" line="1" source="test data" type="ERROR">',
      '        <paragraph>',
      '            Content block expected for the "note" directive; none found.',
      '        <literal_block xml:space="preserve">',
      '            .. note::',
    ]);
  });

  it("an invalid option value names the option and value", () => {
    const source = ".. image:: x.png\n   :width: abc\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <system_message level="3" line="1" source="test data" type="ERROR">',
      '        <paragraph>',
      '            Error in "image" directive:',
      '            invalid option value: (option: "width"; value: \'abc\')',
      '            not a positive number or measure of one of the following units:',
      '            em, ex, ch, rem, vw, vh, vmin, vmax, cm, mm, Q, in, pt, pc, px, %.',
      '        <literal_block xml:space="preserve">',
      '            .. image:: x.png',
      '               :width: abc',
    ]);
  });

  it("explicit markup followed directly by text is warned about", () => {
    const source = ".. comment\nnot indented\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <comment xml:space="preserve">',
      '        comment',
      '    <system_message level="2" line="2" source="test data" type="WARNING">',
      '        <paragraph>',
      '            Explicit markup ends without a blank line; unexpected unindent.',
      '    <paragraph>',
      '        not indented',
    ]);
  });

  it("an indented line inside a paragraph is an error and starts a block quote", () => {
    const source = "Para line\n    indented\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <definition_list>',
      '        <definition_list_item>',
      '            <term>',
      '                Para line',
      '            <definition>',
      '                <paragraph>',
      '                    indented',
    ]);
  });

  it("a \"::\" term without a blank line is read as a definition list item", () => {
    const source = "Term::\n    def\n";
    expect(parse(source)).toEqual([
      '<document source="test data">',
      '    <definition_list>',
      '        <definition_list_item>',
      '            <term>',
      '                Term::',
      '            <definition>',
      '                <system_message level="1" line="2" source="test data" type="INFO">',
      '                    <paragraph>',
      '                        Blank line missing before literal block (after the "::")? Interpreted as a definition list item.',
      '                <paragraph>',
      '                    def',
    ]);
  });
});

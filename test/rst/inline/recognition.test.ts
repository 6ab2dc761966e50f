// The spec's inline markup recognition rules, as docutils applies them.
import { describe, expect, it } from 'vitest';
import { doc, px } from './helpers.js';

const plain = (text: string) => doc('    <paragraph>', `        ${text}`);

describe('start-strings and end-strings', () => {
  it('needs non-whitespace after the start-string and before the end-string', () => {
    expect(px('a * b * c')).toBe(plain('a * b * c'));
    expect(px('*a *b')).toContain('Inline emphasis start-string without end-string.');
  });

  it('ignores start-strings inside words, unless markup is character-level', () => {
    expect(px('x*2* and 2*x*')).toBe(plain('x*2* and 2*x*'));
    expect(px('x*2*', { characterLevelInlineMarkup: true })).toBe(doc('    <paragraph>', '        x', '        <emphasis>', '            2'));
  });

  it('allows delimiters and openers before, closers and delimiters after', () => {
    expect(px('-*a*- (*b*) ¿*c*?')).toBe(
      doc('    <paragraph>', '        -', '        <emphasis>', '            a', '        - (', '        <emphasis>', '            b', '        ) ¿', '        <emphasis>', '            c', '        ?'),
    );
  });

  it('does not treat a start-string between matching quotes or brackets as markup', () => {
    expect(px(`'*' "*" (*) [*] «*» „*“ 「*」`)).toBe(plain(`'*' "*" (*) [*] «*» „*“ 「*」`));
  });

  it('does treat it as markup between non-matching quotes', () => {
    expect(px('„*’ x »*‹')).toBe(doc('    <paragraph>', '        „', '        <emphasis>', '            ’ x »', '        ‹'));
  });

  it('accepts a low-9 quotation mark after the end-string (Greek quoting)', () => {
    expect(px('“*a*„')).toBe(doc('    <paragraph>', '        “', '        <emphasis>', '            a', '        „'));
  });

  it('counts non-ASCII whitespace as whitespace', () => {
    expect(px('x\u00a0*a*\u00a0y')).toBe(doc('    <paragraph>', '        x\u00a0', '        <emphasis>', '            a', '        \u00a0y'));
    expect(px('*\u2003a*')).toBe(plain('*\u2003a*'));
  });

  it('skips an end-string that would enclose nothing and looks further', () => {
    expect(px('x *****')).toBe(doc('    <paragraph>', '        x ', '        <strong>', '            *'));
    expect(px('``literal``continues`` x')).toBe(doc('    <paragraph>', '        <literal>', '            literal``continues', '         x'));
  });
});

describe('backslash escapes', () => {
  it('make markup characters plain text', () => {
    expect(px('\\*args and \\`x` and test\\@example.org')).toBe(plain('*args and `x` and test@example.org'));
  });

  it('remove escaped whitespace, which allows markup inside words', () => {
    expect(px('m\\ *a*\\ p')).toBe(doc('    <paragraph>', '        m', '        <emphasis>', '            a', '        p'));
  });

  it('drop a backslash at the very end of the text', () => {
    expect(px('end\\')).toBe(plain('end'));
  });
});

describe('text without spaces (CJK)', () => {
  it('recognises markup delimited by CJK punctuation', () => {
    expect(px('「*強調*」と、*強調*。')).toBe(
      doc('    <paragraph>', '        「', '        <emphasis>', '            強調', '        」と、', '        <emphasis>', '            強調', '        。'),
    );
  });

  it('needs character-level markup between CJK letters', () => {
    expect(px('日本*語*です')).toBe(plain('日本*語*です'));
    expect(px('日本*語*です', { characterLevelInlineMarkup: true })).toBe(
      doc('    <paragraph>', '        日本', '        <emphasis>', '            語', '        です'),
    );
  });
});

// The scan jumps over text where no construct can start (see ../../../src/rst/inline/index.ts): only
// the run of name characters and joiners leading up to a `_` can hold a simple reference.
describe('simple references amid plain text', () => {
  const ref = (name: string) => [`        <reference refname="${name}">`, `            ${name}`];

  it('finds every reference, however much text lies between them', () => {
    expect(px('one two three four_ five six seven eight_')).toBe(
      doc('    <paragraph>', '        one two three ', ...ref('four'), '         five six seven ', ...ref('eight')),
    );
  });

  it('takes the whole name before the underscore: joiners, CJK and astral letters', () => {
    expect(px('数据 a-b.c_ 和 x_y_ 以及 z__')).toBe(
      doc('    <paragraph>', '        数据 ', ...ref('a-b.c'), '         和 ', ...ref('x_y'), '         以及 ', '        <reference anonymous="1">', '            z'),
    );
    expect(px('𝒜b_ and b𝒜_')).toBe(doc('    <paragraph>', ...ref('𝒜b'), '         and ', ...ref('b𝒜')));
  });

  it('starts a reference inside a word only when markup is character-level', () => {
    expect(px('日本語a_b_です')).toBe(plain('日本語a_b_です'));
    expect(px('日本語a_b_です', { characterLevelInlineMarkup: true })).toBe(doc('    <paragraph>', ...ref('日本語a_b'), '        です'));
  });
});

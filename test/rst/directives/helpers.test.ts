// Helpers behind the directives: file decoding with docutils' error texts,
// link targets in options, numbered code lines, line-block nesting, dates.
import { describe, expect, it } from 'vitest';
import { el, text } from '../../../src/doctree/builders.js';
import { pformat } from '../../../src/doctree/pformat.js';
import { expandTabs, numberedLines, parseLinkTarget } from '../../../src/rst/directives/common.js';
import { FileProblem, decode } from '../../../src/rst/directives/files.js';
import { nestByIndent } from '../../../src/rst/directives/line-block.js';
import { strftime } from '../../../src/rst/directives/substitutions.js';

describe('decode', () => {
  const utf16 = Uint8Array.from([0xff, 0xfe, 0x47, 0x00, 0x72, 0x00, 0xfc, 0x00, 0xdf, 0x00, 0x65, 0x00]);

  it('reads UTF-16 with its byte-order mark, and UTF-8 without one', () => {
    expect(decode(utf16, 'utf-16')).toBe('Grüße');
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decode(Uint8Array.from([0xe9]), 'latin-1')).toBe('é');
  });

  it("reports undecodable bytes in Python's words", () => {
    expect(() => decode(utf16, 'ascii')).toThrow(
      "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)",
    );
    expect(() => decode(Uint8Array.from([0x61, 0xff]))).toThrow(FileProblem);
    expect(() => decode(Uint8Array.from([0x61, 0xff]))).toThrow("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  });
});

describe('link targets in options', () => {
  it('tells references by name from URIs', () => {
    expect(parseLinkTarget('Uppercase_')).toEqual({ refname: 'uppercase' });
    expect(parseLinkTarget('`a multi line\ninternal reference`_')).toEqual({ refname: 'a multi line internal reference' });
    expect(parseLinkTarget('a/multi/\nline/uri')).toEqual({ refuri: 'a/multi/line/uri' });
    expect(parseLinkTarget('file\\_')).toEqual({ refuri: 'file_' });
  });
});

describe('numbered lines', () => {
  it('right-aligns numbers to the widest one', () => {
    const block = el('literal_block', {}, numberedLines(['a', '', 'c'], 9));
    expect(pformat(block)).toBe(
      '<literal_block>\n' +
        '    <inline classes="ln">\n' +
        '         9 \n' +
        '    a\n' +
        '    <inline classes="ln">\n' +
        '        10 \n' +
        '    \n' +
        '    <inline classes="ln">\n' +
        '        11 \n' +
        '    c\n',
    );
  });

  it('expands tabs to the next tab stop', () => {
    expect(expandTabs('a\tb', 4)).toBe('a   b');
    expect(expandTabs('\tc', 8)).toBe('        c');
  });
});

describe('line-block nesting', () => {
  it('indents deeper lines into nested line blocks', () => {
    const line = (value: string, indent: number) => ({ node: el('line', {}, [text(value)]), indent });
    const nested = nestByIndent([line('one', 0), line('two', 4), line('three', 8), line('four', 0)]);
    expect(nested.map((node) => pformat(node)).join('')).toBe(
      '<line>\n    one\n<line_block>\n    <line>\n        two\n    <line_block>\n        <line>\n            three\n<line>\n    four\n',
    );
  });
});

describe('strftime', () => {
  it('formats like the C locale', () => {
    const date = new Date(2026, 10, 27, 9, 5, 7);
    expect(strftime('%Y-%m-%d', date)).toBe('2026-11-27');
    expect(strftime('%a, %d %b %Y', date)).toBe('Fri, 27 Nov 2026');
    expect(strftime('%H:%M:%S %p %j %%', date)).toBe('09:05:07 AM 331 %');
    expect(strftime('täglich', date)).toBe('täglich');
  });
});

// Option converters: values and error texts as docutils gives them (observed
// with docutils' own option functions; see docs/ref/rst/directives.txt).
import { describe, expect, it } from 'vitest';
import {
  choice,
  classOption,
  encoding,
  flag,
  lengthOrPercentageOrUnitless,
  lengthOrUnitless,
  nonnegativeInt,
  parserName,
  path,
  percentage,
  positiveInt,
  positiveIntList,
  pyRepr,
  singleCharOrUnicode,
  singleCharOrWhitespaceOrUnicode,
  unchanged,
  unchangedRequired,
  unicodeCode,
  uri,
} from '../../../src/rst/directives/options.js';

const UNITS = 'em, ex, ch, rem, vw, vh, vmin, vmax, cm, mm, Q, in, pt, pc, px';

describe('option converters', () => {
  it('flag takes no value', () => {
    expect(flag(null)).toBeNull();
    expect(() => flag('arg')).toThrow('no argument is allowed; "arg" supplied');
  });

  it('unchanged and unchangedRequired', () => {
    expect(unchanged(null)).toBe('');
    expect(unchangedRequired('x y')).toBe('x y');
    expect(() => unchangedRequired(null)).toThrow('argument required but none supplied');
  });

  it('path joins wrapped lines, uri drops whitespace but keeps escaped spaces', () => {
    expect(path('a/very/long/\n  path.png')).toBe('a/very/long/path.png');
    expect(path('include 11.rst')).toBe('include 11.rst');
    expect(uri('one two three.png')).toBe('onetwothree.png');
    expect(uri('path\\ with\\ spaces/\n   name\\ x.png')).toBe('path with spaces/name x.png');
  });

  it('integers use Python int() wording', () => {
    expect(nonnegativeInt('50')).toBe(50);
    expect(() => nonnegativeInt('-50')).toThrow('negative value; must be positive or zero');
    expect(() => nonnegativeInt('fifty')).toThrow("invalid literal for int() with base 10: 'fifty'");
    expect(() => nonnegativeInt(null)).toThrow("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    expect(() => positiveInt('0')).toThrow('negative or zero value; must be positive');
    expect(positiveIntList('1, 2,3')).toEqual([1, 2, 3]);
    expect(positiveIntList('10 20 30')).toEqual([10, 20, 30]);
    expect(percentage('50 %')).toBe(50);
  });

  it('lengths keep number and unit, without the space between', () => {
    expect(lengthOrUnitless('100')).toBe('100');
    expect(lengthOrUnitless('100 em')).toBe('100em');
    expect(lengthOrUnitless('200 Q')).toBe('200Q');
    expect(() => lengthOrUnitless('40%')).toThrow(`not a positive number or measure of one of the following units:\n${UNITS}`);
    expect(lengthOrPercentageOrUnitless()('50%')).toBe('50%');
    expect(lengthOrPercentageOrUnitless('px')('300')).toBe('300px');
    expect(() => lengthOrPercentageOrUnitless()('20mc')).toThrow(`following units:\n${UNITS}, %`);
  });

  it('class names become identifiers', () => {
    expect(classOption('Foo_bar  X1')).toEqual(['foo-bar', 'x1']);
    expect(() => classOption('1')).toThrow('cannot make "1" into a class name');
  });

  it('choice lists the values the way docutils does', () => {
    const backlinks = choice(['top', 'entry', 'none']);
    expect(backlinks('TOP ')).toBe('top');
    expect(() => backlinks('no way!')).toThrow('"no way!" unknown; choose from "top", "entry", or "none"');
    expect(() => backlinks(null)).toThrow('must supply an argument; choose from "top", "entry", or "none"');
  });

  it('unicode codes in all notations', () => {
    expect(unicodeCode('0x02014')).toBe('\u2014');
    expect(unicodeCode('U+003A9')).toBe('\u03a9');
    expect(unicodeCode('\\u00A9')).toBe('\u00a9');
    expect(unicodeCode('&#x000A0;')).toBe('\u00a0');
    expect(unicodeCode('169')).toBe('\u00a9');
    expect(unicodeCode('0xHEX')).toBe('0xHEX');
    expect(() => unicodeCode('0x11111111')).toThrow('chr() arg not in range(0x110000)');
    expect(() => unicodeCode('0x111111111111111111')).toThrow('code too large (Python int too large to convert to C int)');
    expect(singleCharOrWhitespaceOrUnicode('tab')).toBe('\t');
    expect(() => singleCharOrUnicode('ab')).toThrow("'ab' invalid; must be a single character or a Unicode code");
  });

  it('encodings and parsers', () => {
    expect(encoding('UTF-16')).toBe('UTF-16');
    expect(() => encoding('foo')).toThrow('unknown encoding: "foo"');
    expect(parserName('rst')).toBe('rst');
    expect(() => parserName('sillyformat')).toThrow('Parser "sillyformat" not found. No module named \'sillyformat\'');
  });

  it('pyRepr quotes like Python', () => {
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a\nb')).toBe("'a\\nb'");
    expect(pyRepr('ä')).toBe("'ä'");
    expect(pyRepr(null)).toBe('None');
  });
});

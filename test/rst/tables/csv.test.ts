import { describe, expect, it } from 'vitest';
import { CsvError, DOCUTILS_DIALECT, parseCsv } from '../../../src/rst/tables/csv.js';

describe('CSV as csv-table reads it', () => {
  it('skips spaces after delimiters and keeps quoted newlines', () => {
    expect(parseCsv(['"Albatross", 2.99, "On a stick!"', '"Crunchy Frog", 1.49, "If we took the bones out, it wouldn\'t be', 'crunchy, now would it?"'])).toEqual([
      ['Albatross', '2.99', 'On a stick!'],
      ['Crunchy Frog', '1.49', "If we took the bones out, it wouldn't be\ncrunchy, now would it?"],
    ]);
  });

  it('reads doubled quotes, quotes inside unquoted fields, empty lines and trailing delimiters', () => {
    expect(parseCsv(['a,b,c,', '"x""y", ab"c, " q"', ''])).toEqual([['a', 'b', 'c', ''], ['x"y', 'ab"c', ' q'], []]);
  });

  it('honours delimiter, quote, escape and keepspace', () => {
    expect(parseCsv(["'a' b  c"], { ...DOCUTILS_DIALECT, delimiter: ' ', quotechar: "'" })).toEqual([['a', 'b', 'c']]);
    expect(parseCsv(['a\\,b, "x\\"y"'], { ...DOCUTILS_DIALECT, escapechar: '\\' })).toEqual([['a,b', 'x"y']]);
    expect(parseCsv(['a, b'], { ...DOCUTILS_DIALECT, skipInitialSpace: false })).toEqual([['a', ' b']]);
    // With an escape character a doubled quote ends the quoting instead of standing for a quote.
    expect(parseCsv(['"t""u"'], { ...DOCUTILS_DIALECT, escapechar: '\\', doublequote: false })).toEqual([['t"u"']]);
  });

  it("gives Python's errors for bad data", () => {
    expect(() => parseCsv(['"bad", "csv, data'])).toThrow(new CsvError('unexpected end of data'));
    expect(() => parseCsv(['"a" ,b'])).toThrow(new CsvError(`',' expected after '"'`));
  });
});

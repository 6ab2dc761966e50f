import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/index.js';
import { isolateSimpleTable, parseSimpleTable } from '../../../src/rst/tables/simple.js';
import { fakeParse } from './fake-state.js';

const doc = (lines: string[]): string => pformat(fakeParse(lines.join('\n') + '\n'));

describe('simple tables', () => {
  it('reads header rows, continuation lines, column spans and an overflowing last column', () => {
    const structure = parseSimpleTable(
      [
        '==  ===========  ===========',
        '1   A table with three rows,',
        '--  ------------------------',
        '2   and three    columns.',
        '3   First and third rows',
        '    contain column spans.',
        '',
        '    This row is a multi-line row, and overflows to the right.',
        '--  ------------------------',
        '4   One last     row.',
        '==  ===========  ===========',
      ],
      0,
    );
    expect(structure.colwidths).toEqual([2, 11, 44]);
    expect(structure.bodyRows.map((row) => row.map((c) => c.morecols))).toEqual([[0, 1], [0, 0, 0], [0, 1], [0, 0, 0]]);
    expect(structure.bodyRows[2][1].lines).toEqual([
      'First and third rows',
      'contain column spans.',
      '',
      'This row is a multi-line row, and overflows to the right.',
    ]);
    expect(structure.bodyRows[2][0].offset).toBe(4);
  });

  it('puts rows above the = rule in the header', () => {
    const structure = parseSimpleTable(['=====  =====', '  A    not A', '=====  =====', 'False  True', 'True   False', '=====  ====='], 0);
    expect(structure.headRows.map((row) => row.map((c) => c.lines))).toEqual([[['A'], ['not A']]]);
    expect(structure.bodyRows).toHaveLength(2);
  });

  it('makes empty rows from consecutive underlines', () => {
    const structure = parseSimpleTable(
      ['============  ====================', 'A table with  many row separators.', '------------  --------------------', '------------  --------------------', '', '------------  --------------------', '============  ===================='],
      0,
    );
    expect(structure.bodyRows.map((row) => row.map((c) => c.lines.join('|')))).toEqual([
      ['A table with', 'many row separators.'],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('reports text in a column margin at its line', () => {
    const out = doc(['========  =========', 'A bad table  cell 2', 'cell 3       cell 4', '========  =========']);
    expect(out).toContain('<system_message level="3" line="2" source="test data" type="ERROR">');
    expect(out).toContain('Text in column margin in table line 2.');
  });

  it('reports underlines that do not reach the last column, or do not line up', () => {
    expect(() => parseSimpleTable(['=====  =====  ====', 'a      b      c', '-----  -----', 'd      e      f', '=====  =====  ===='], 0)).toThrow(
      'Column span incomplete in table line 3.',
    );
    expect(() => parseSimpleTable(['==============  ======', 'A bad table     cell 2', 'cell 3          cell 4', '============  ========'], 0)).toThrow(
      'Column span alignment problem in table line 4.',
    );
  });

  it('needs a bottom border followed by a blank line', () => {
    expect(isolateSimpleTable(['====  ====', 'a     b', 'c     d'], 0).failure?.message).toBe('No bottom table border found.');
    const out = doc(['==============  ======', 'A simple table  cell 2', '==============  ======', 'this could be   cell content', 'or text after   the table']);
    expect(out).toContain('No bottom table border found or no blank line after table bottom.');
    expect(out).toContain('<system_message level="2" line="4" source="test data" type="WARNING">');
  });

  it('rejects a bottom border of another length, pointing at it', () => {
    const isolated = isolateSimpleTable(['======  ======', 'a       b', '======  ========', ''], 0);
    expect(isolated.failure?.message).toBe('Bottom border or header rule does not match top border.');
    expect(isolated.failure?.offset).toBe(2);
  });

  it('lines up East Asian wide characters by display width', () => {
    const structure = parseSimpleTable(['=====  =====', '日本   b', 'é      c', '=====  ====='], 0);
    expect(structure.bodyRows.map((row) => row.map((c) => c.lines[0]))).toEqual([['日本', 'b'], ['é', 'c']]);
  });
});

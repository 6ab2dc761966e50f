import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/index.js';
import { isolateGridTable, parseGridTable } from '../../../src/rst/tables/grid.js';
import { fakeParse } from './fake-state.js';

const doc = (lines: string[]): string => pformat(fakeParse(lines.join('\n') + '\n'));

describe('grid tables', () => {
  it('reads row and column spans, with docutils column widths', () => {
    const structure = parseGridTable(
      [
        '+------------+-------------+---------------+',
        '| A table    | two rows in | and row spans |',
        '| with three +-------------+ to left and   |',
        '| columns,   | the middle, | right.        |',
        '+------------+-------------+---------------+',
      ],
      10,
    );
    expect(structure.colwidths).toEqual([12, 13, 15]);
    expect(structure.headRows).toEqual([]);
    const [first, second] = structure.bodyRows;
    expect(first.map((c) => [c.morerows, c.morecols])).toEqual([[1, 0], [0, 0], [1, 0]]);
    expect(first[0].lines).toEqual(['A table', 'with three', 'columns,']);
    expect(first[0].offset).toBe(11);
    expect(second.map((c) => c.lines)).toEqual([['the middle,']]);
    expect(second[0].offset).toBe(13);
  });

  it('splits header rows at the +===+ rule', () => {
    const structure = parseGridTable(
      ['+-----+-----+', '| h1  | h2  |', '+=====+=====+', '| a   | b   |', '+-----+-----+', '| wide cell |', '+-----------+'],
      0,
    );
    expect(structure.headRows.map((row) => row.map((c) => c.lines))).toEqual([[['h1'], ['h2']]]);
    expect(structure.bodyRows[1]).toMatchObject([{ morecols: 1, lines: ['wide cell'] }]);
  });

  it('solves the complex spanning pattern where no edge knows all rows and columns', () => {
    const structure = parseGridTable(
      [
        '+-----------+-------------------------+',
        '| W/NW cell | N/NE cell               |',
        '|           +-------------+-----------+',
        '|           | Middle cell | E/SE cell |',
        '+-----------+-------------+           |',
        '| S/SE cell               |           |',
        '+-------------------------+-----------+',
      ],
      0,
    );
    expect(structure.colwidths).toEqual([11, 13, 11]);
    expect(structure.bodyRows.map((row) => row.map((c) => `${c.lines[0]}:${c.morerows}/${c.morecols}`))).toEqual([
      ['W/NW cell:1/0', 'N/NE cell:0/1'],
      ['Middle cell:0/0', 'E/SE cell:1/0'],
      ['S/SE cell:0/1'],
    ]);
  });

  it('counts East Asian wide characters as two columns and combining accents as none', () => {
    const structure = parseGridTable(['+------+-----+', '| 日本 | é   |', '+------+-----+'], 0);
    expect(structure.colwidths).toEqual([6, 5]);
    expect(structure.bodyRows[0].map((c) => c.lines)).toEqual([['日本'], ['é']]);
  });

  it('reports a cell that is not a rectangle, quoting the table', () => {
    const out = doc([
      '+--------------+-------------+',
      '| A bad table. |             |',
      '+--------------+             |',
      '| Cells must be rectangles.  |',
      '+----------------------------+',
    ]);
    expect(out).toContain('Malformed table.\n            Malformed table; parse incomplete.');
    expect(out).toContain('            | Cells must be rectangles.  |');
  });

  it('reports a misaligned right border at the offending line', () => {
    const out = doc(['+-----------------------+', '| A misaligned table. |', '+-----------------------+']);
    expect(out).toContain('<system_message level="3" line="2" source="test data" type="ERROR">');
    expect(out).toContain('Right border not aligned or missing.');
  });

  it('stops at a line that is not table text and asks for a blank line', () => {
    const out = doc(['+-------------------------+', '| A table with one cell   |', '| and corrupt bottom.     |', '--------------------------+']);
    expect(out).toContain('Bottom border missing or corrupt.');
    expect(out).toContain('<system_message level="2" line="4" source="test data" type="WARNING">');
    expect(out).toContain('    <paragraph>\n        --------------------------+');
  });

  it('ends the table at an indented line with an error', () => {
    const isolated = isolateGridTable(['+---+', '| a |', '+---+', '  indented'], 0);
    expect(isolated).toMatchObject({ end: 3, blankFinish: false, indentedLine: 3 });
    expect(isolated.failure).toBeUndefined();
  });

  it('rejects two header rules', () => {
    expect(() => parseGridTable(['+---+', '| a |', '+===+', '| b |', '+===+', '| c |', '+---+'], 0)).toThrow(
      'Multiple head/body row separators (table lines 3 and 5); only one allowed.',
    );
  });

  it('parses tables inside cells', () => {
    const out = doc([
      '+------------------------------+',
      '| This table contains another. |',
      '|                              |',
      '| +-------------------------+  |',
      '| | A table within a table. |  |',
      '| +-------------------------+  |',
      '+------------------------------+',
    ]);
    expect(out).toContain('                        <table>\n                            <tgroup cols="1">\n                                <colspec colwidth="25">');
  });
});

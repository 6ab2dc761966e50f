// Simple tables: columns marked by runs of `=` in the top border.
//
//     =====  =====  ======
//     A      B      A or B     <- header row(s), above the `=` rule
//     =====  =====  ======
//     False  False  False      <- a new row starts where the first column has text
//     True   False  True
//            multi-line cell   <- blank first column: the row continues
//     -------------  ------    <- `-` underline: the row above spans columns
//     True   True   True
//     =====  =====  ======
//
// The table ends at the second `=` border after the top, or at a `=` border
// followed by a blank line. The last column is open to the right: its text may
// run past the border.
import { toColumns, type Columns, cutBlock, isBlankSpan, joinColumns, replaceColumns } from './columns.js';
import { isBlank, type IsolatedTable } from './isolate.js';
import { TableMarkupError, type TableRow, type TableStructure } from './structure.js';

/** A simple table's top border: two or more `=` runs. */
const SIMPLE_TOP = /^=+( +=+)+ *$/;
const SIMPLE_BORDER = /^=+[ =]*$/;
const SPAN_RULE = /^-[ -]*$/;

export function isSimpleTableTop(line: string): boolean {
  return SIMPLE_TOP.test(line);
}

export function isolateSimpleTable(input: readonly string[], start: number): IsolatedTable {
  const topLength = input[start].trim().length;
  const limit = input.length - 1;
  let found = 0;
  let foundAt = -1;
  for (let i = start + 1; i <= limit; i++) {
    const line = input[i];
    if (!SIMPLE_BORDER.test(line)) continue;
    const blankAfter = i === limit || isBlank(input[i + 1]);
    if (line.trim().length !== topLength) {
      return {
        lines: input.slice(start, i + 1),
        end: i + 1,
        blankFinish: blankAfter,
        failure: new TableMarkupError('Bottom border or header rule does not match top border.', i - start),
      };
    }
    found++;
    foundAt = i;
    if (found === 2 || blankAfter) return { lines: input.slice(start, i + 1), end: i + 1, blankFinish: blankAfter };
  }
  if (found > 0) {
    return {
      lines: input.slice(start, foundAt + 1),
      end: foundAt + 1,
      blankFinish: false,
      failure: new TableMarkupError('No bottom table border found or no blank line after table bottom.', 0),
    };
  }
  // No bottom border at all: docutils takes the rest of the input as the table.
  return {
    lines: input.slice(start),
    end: input.length,
    blankFinish: true,
    failure: new TableMarkupError('No bottom table border found.', 0),
  };
}

interface Span {
  start: number;
  end: number;
}

/** Parse an isolated simple table. `firstLine` is the 0-based document index of its top border. */
export function parseSimpleTable(lines: readonly string[], firstLine: number): TableStructure {
  return new SimpleTableParser(lines, firstLine).parse();
}

class SimpleTableParser {
  private readonly block: Columns[];
  /** Columns of the top border; the last one widens when text runs past it. */
  private readonly columns: Span[];
  private readonly borderEnd: number;
  private readonly rows: { start: number; cells: TableRow }[] = [];
  private headerRule = 0;

  constructor(lines: readonly string[], private readonly firstLine: number) {
    this.block = lines.map(toColumns);
    const last = this.block.length - 1;
    // Top and bottom borders and the header rule all act as `-` underlines.
    this.block[0] = dashes(this.block[0]);
    this.block[last] = dashes(this.block[last]);
    for (let i = 1; i < last; i++) {
      if (!SIMPLE_BORDER.test(lines[i])) continue;
      if (this.headerRule) {
        throw new TableMarkupError(`Multiple head/body row separators (table lines ${this.headerRule + 1} and ${i + 1}); only one allowed.`, i);
      }
      this.headerRule = i;
      this.block[i] = dashes(this.block[i]);
    }
    this.columns = runs(this.block[0]);
    this.borderEnd = this.columns[this.columns.length - 1].end;
  }

  parse(): TableStructure {
    const first = this.columns[0];
    let start = 1;
    let textFound = false;
    for (let offset = 1; offset < this.block.length; offset++) {
      const line = this.block[offset];
      if (isRule(line)) {
        this.parseRow(start, offset, offset);
        start = offset + 1;
        textFound = false;
      } else if (!isBlankSpan(line, first.start, first.end)) {
        // Text in the first column starts a new row.
        if (textFound && offset !== start) this.parseRow(start, offset);
        start = offset;
        textFound = true;
      } else if (!textFound) {
        // Lines before a row's first text line belong to no row.
        start = offset + 1;
      }
    }
    const colwidths = this.columns.map((col) => col.end - col.start);
    const headRows: TableRow[] = [];
    const bodyRows: TableRow[] = [];
    for (const row of this.rows) (this.headerRule && row.start <= this.headerRule ? headRows : bodyRows).push(row.cells);
    return { colwidths, headRows, bodyRows };
  }

  /** The row made of block lines [start, stop), closed by the underline at `rule` if any. */
  private parseRow(start: number, stop: number, rule?: number): void {
    if (start >= stop && rule === undefined) return;
    const lines = this.block.slice(start, stop);
    const spans = rule === undefined ? this.columns.map((c) => ({ ...c })) : this.underlineSpans(rule);
    this.checkMargins(lines, start, spans);
    const morecols = this.alignSpans(spans, start);
    const cells: TableRow = spans.map((span, i) => ({
      morerows: 0,
      morecols: morecols[i],
      offset: this.firstLine + start,
      lines: cutBlock(lines, span.start, i === spans.length - 1 ? Infinity : span.end),
    }));
    this.rows.push({ start, cells });
  }

  private underlineSpans(rule: number): Span[] {
    const spans = runs(this.block[rule]);
    const last = spans[spans.length - 1];
    if (last.end !== this.borderEnd) throw new TableMarkupError(`Column span incomplete in table line ${rule + 1}.`, rule);
    last.end = this.columns[this.columns.length - 1].end;
    return spans;
  }

  /** Text between columns is an error; text past the last column widens it. */
  private checkMargins(lines: Columns[], start: number, spans: Span[]): void {
    const lastSpan = spans.length - 1;
    const mainLast = this.columns[this.columns.length - 1];
    for (let i = 0; i < spans.length; i++) {
      const { start: from, end } = spans[i];
      const nextStart = i < lastSpan ? spans[i + 1].start : Infinity;
      lines.forEach((line, k) => {
        if (i === lastSpan) {
          if (isBlankSpan(line, end)) return;
          let textEnd = line.length;
          while (textEnd > from && isBlankSpan(line, textEnd - 1, textEnd)) textEnd--;
          spans[i].end = Math.max(mainLast.end, textEnd);
          if (textEnd > mainLast.end) mainLast.end = textEnd;
        } else if (!isBlankSpan(line, end, nextStart)) {
          throw new TableMarkupError(`Text in column margin in table line ${start + k + 1}.`, start + k);
        }
      });
    }
  }

  /** How many top-border columns each span covers, beyond its first. */
  private alignSpans(spans: Span[], start: number): number[] {
    const morecols: number[] = [];
    let col = 0;
    for (const span of spans) {
      if (col >= this.columns.length || span.start !== this.columns[col].start) throw misaligned(start);
      let extra = 0;
      while (span.end !== this.columns[col].end) {
        col++;
        extra++;
        if (col >= this.columns.length) throw misaligned(start);
      }
      morecols.push(extra);
      col++;
    }
    return morecols;
  }
}

function misaligned(start: number): TableMarkupError {
  return new TableMarkupError(`Column span alignment problem in table line ${start + 2}.`, start + 1);
}

function dashes(cols: Columns): Columns {
  return replaceColumns(cols, '=', '-');
}

function isRule(cols: Columns): boolean {
  return SPAN_RULE.test(joinColumns(cols));
}

/** Runs of non-blank columns, e.g. `---  ------` -> [0,3) [5,11). */
function runs(cols: Columns): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < cols.length) {
    while (i < cols.length && cols[i] === ' ') i++;
    if (i >= cols.length) break;
    const start = i;
    while (i < cols.length && cols[i] !== ' ') i++;
    spans.push({ start, end: i });
  }
  return spans;
}

// Grid tables: cells drawn with `+`, `-`, `|`, and `=` for the header rule.
//
//     +------------+-------------+
//     | Header 1   | Header 2    |
//     +============+=============+
//     | spans two columns        |
//     +------------+-------------+
//     | row span   | cell        |
//     +            +-------------+
//     |            | cell        |
//     +------------+-------------+
//
// The table's lines end at the first blank line; every line must start with
// `+` or `|`, the last one must be a border, and all must be as wide as the
// top border. Cells are then found by walking their edges from each top-left
// corner, and the boundaries met on the way become the table's rows and columns.
import { toColumns, type Columns, cutBlock, joinColumns, replaceColumns, stripColumns } from './columns.js';
import { isBlank, type IsolatedTable } from './isolate.js';
import { TableMarkupError, type TableCell, type TableRow, type TableStructure } from './structure.js';

/** A grid table's top (or bottom) border: `+--+---+`. */
export const GRID_BORDER = /^\+-[-+]+-\+ *$/;
const HEADER_RULE = /^\+=[=+]+=\+ *$/;

export function isGridTableTop(line: string): boolean {
  return GRID_BORDER.test(line);
}

export function isolateGridTable(input: readonly string[], start: number): IsolatedTable {
  // The text block: up to a blank line, or up to an indented line (an error).
  let stop = start + 1;
  let indentedLine: number | undefined;
  while (stop < input.length && !isBlank(input[stop])) {
    // Table lines start with "+" or "|": test the rest for leading whitespace.
    const first = input[stop].charCodeAt(0);
    if (first !== 43 && first !== 124 && /^\s/.test(input[stop])) {
      indentedLine = stop;
      break;
    }
    stop++;
  }
  let blankFinish = indentedLine === undefined;
  let block: Columns[] = [];
  for (let i = start; i < stop; i++) block.push(stripColumns(toColumns(input[i])));
  let end = stop;
  const width = block[0].length;
  // docutils reports a missing bottom border at a line that depends on how far
  // its edge checks got (`probe` below); the conformance cases pin this down.
  let probe = block.length - 1;
  let lineShift = 0;

  // Left edge: the table stops before the first line that is not table text.
  for (let i = 0; i < block.length; i++) {
    if (block[i][0] !== '+' && block[i][0] !== '|') {
      blankFinish = false;
      block = block.slice(0, i);
      end = start + i;
      probe = i;
      break;
    }
  }

  // Bottom edge: the last line must be a border; else the table ends at an earlier border.
  if (!GRID_BORDER.test(joinColumns(block[block.length - 1]))) {
    let found = -1;
    for (let i = block.length - 2; i > 1; i--) {
      probe = i;
      if (GRID_BORDER.test(joinColumns(block[i]))) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      return { lines: block.map(joinColumns), end, blankFinish, indentedLine, failure: new TableMarkupError('Bottom border missing or corrupt.', probe) };
    }
    block = block.slice(0, found + 1);
    blankFinish = false;
    // docutils steps back one line too many here, so the line above the
    // border is read again after the table, and the table's line numbers
    // come out two too small. Conformance means doing the same.
    end = start + found - 1;
    lineShift = -2;
  }

  // Right edge: every line as wide as the top border, ending in `+` or `|`.
  for (let i = 0; i < block.length; i++) {
    const last = block[i][block[i].length - 1];
    if (block[i].length !== width || (last !== '+' && last !== '|')) {
      return { lines: block.map(joinColumns), end, blankFinish, indentedLine, lineShift, failure: new TableMarkupError('Right border not aligned or missing.', i) };
    }
  }
  return { lines: block.map(joinColumns), end, blankFinish, indentedLine, lineShift };
}

interface Cell {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parse an isolated grid table. `firstLine` is the 0-based document index of its top border. */
export function parseGridTable(lines: readonly string[], firstLine: number): TableStructure {
  const block = lines.map(toColumns);
  const headerRule = findHeaderRule(lines, block);
  const grid = new CellScanner(block);
  const cells = grid.scanAll();

  const rowIndex = indexOf(grid.rowseps);
  const colIndex = indexOf(grid.colseps);
  const colwidths: number[] = [];
  let previous = -1;
  for (let col = 0; col < grid.colseps.length; col++) {
    if (!grid.colseps[col]) continue;
    if (previous >= 0) colwidths.push(col - previous - 1);
    previous = col;
  }
  const rows: TableRow[] = [];
  let rowCount = 0;
  for (const isSep of grid.rowseps) if (isSep) rowCount++;
  for (let i = 0; i < rowCount - 1; i++) rows.push([]);
  for (const cell of cells) {
    const tableCell: TableCell = {
      morerows: rowIndex[cell.bottom] - rowIndex[cell.top] - 1,
      morecols: colIndex[cell.right] - colIndex[cell.left] - 1,
      offset: firstLine + cell.top + 1,
      lines: cutBlock(block.slice(cell.top + 1, cell.bottom), cell.left + 1, cell.right),
    };
    rows[rowIndex[cell.top]].push(tableCell);
  }
  let headCount = 0;
  if (headerRule > 0) for (let row = 0; row < headerRule && row < grid.rowseps.length; row++) if (grid.rowseps[row]) headCount++;
  return { colwidths, headRows: rows.slice(0, headCount), bodyRows: rows.slice(headCount) };
}

/** Index of the `+===+` line (0 when none); turned into an ordinary border for the scan. */
function findHeaderRule(lines: readonly string[], block: Columns[]): number {
  let rule = 0;
  for (let i = 0; i < lines.length; i++) {
    // A header rule starts "+=": most lines need no regular expression.
    if (lines[i].charCodeAt(1) !== 61 || !HEADER_RULE.test(lines[i])) continue;
    if (rule) throw new TableMarkupError(`Multiple head/body row separators (table lines ${rule + 1} and ${i + 1}); only one allowed.`, i);
    rule = i;
    block[i] = replaceColumns(block[i], '=', '-');
  }
  if (rule > 0 && rule === lines.length - 1) throw new TableMarkupError('Table head/body row separator not allowed at the end.', rule);
  return rule;
}

/** For each boundary, its ordinal among the boundaries (-1 for lines or columns that are none). */
function indexOf(seps: readonly boolean[]): number[] {
  const index: number[] = [];
  let n = 0;
  for (const isSep of seps) index.push(isSep ? n++ : -1);
  return index;
}

/**
 * Walks cell edges clockwise from each top-left corner: right along the top,
 * down the right side, left along the bottom, up the left side. Corners are
 * taken top to bottom, left to right, so every cell is met once, in reading
 * order; `coveredTo[col]` is the last text line already covered in that column.
 */
class CellScanner {
  /** rowseps[row] / colseps[col]: is that line / column a cell boundary? */
  readonly rowseps: boolean[] = [];
  readonly colseps: boolean[] = [];
  private readonly bottom: number;
  private readonly right: number;
  /** Plain arrays: a typed array or a Set costs more to create than a small table takes to scan. */
  private readonly coveredTo: number[] = [];

  constructor(private readonly block: Columns[]) {
    this.bottom = block.length - 1;
    this.right = block[0].length - 1;
    for (let col = 0; col < this.right; col++) this.coveredTo.push(-1);
    for (let row = 0; row <= this.bottom; row++) this.rowseps.push(row === 0);
    for (let col = 0; col <= this.right; col++) this.colseps.push(col === 0);
  }

  scanAll(): Cell[] {
    const cells: Cell[] = [];
    // A corner is the number row * width + column: ordering the numbers orders the corners by
    // row, then column, and no pair is allocated per corner.
    const corners = new CornerQueue();
    const width = Math.max(this.right + 1, 1);
    const seen = new Set<number>().add(0);
    corners.push(0);
    while (corners.size > 0) {
      const corner = corners.pop();
      const top = Math.floor(corner / width);
      const left = corner - top * width;
      if (top === this.bottom || left === this.right || top <= this.coveredTo[left]) continue;
      const cell = this.scanCell(top, left);
      if (!cell) continue;
      cells.push(cell);
      for (let col = left; col < cell.right; col++) this.coveredTo[col] = cell.bottom - 1;
      const topRight = top * width + cell.right;
      if (!seen.has(topRight)) {
        seen.add(topRight);
        corners.push(topRight);
      }
      const bottomLeft = cell.bottom * width + left;
      if (!seen.has(bottomLeft)) {
        seen.add(bottomLeft);
        corners.push(bottomLeft);
      }
    }
    for (let col = 0; col < this.right; col++) {
      if (this.coveredTo[col] !== this.bottom - 1) throw new TableMarkupError('Malformed table; parse incomplete.', 0);
    }
    return cells;
  }

  private scanCell(top: number, left: number): Cell | null {
    const line = this.block[top];
    const crossings: number[] = [];
    for (let right = left + 1; right <= this.right; right++) {
      const c = line[right];
      if (c === '+') {
        const cell = this.scanDown(top, left, right);
        if (cell) {
          // A `+` on the top edge marks a column boundary even where no cell below starts.
          for (const col of crossings) this.colseps[col] = true;
          return cell;
        }
        crossings.push(right);
      } else if (c !== '-') {
        return null;
      }
    }
    return null;
  }

  private scanDown(top: number, left: number, right: number): Cell | null {
    const crossings: number[] = [];
    for (let bottom = top + 1; bottom <= this.bottom; bottom++) {
      const c = this.block[bottom][right];
      if (c === '+') {
        crossings.push(bottom);
        if (this.scanLeft(top, left, bottom, right)) {
          for (const row of crossings) this.rowseps[row] = true;
          this.rowseps[top] = true;
          this.colseps[left] = true;
          this.colseps[right] = true;
          return { top, left, bottom, right };
        }
      } else if (c !== '|') {
        return null;
      }
    }
    return null;
  }

  /** Bottom edge then left edge; the `+` met on them are boundaries of neighbouring cells. */
  private scanLeft(top: number, left: number, bottom: number, right: number): boolean {
    const line = this.block[bottom];
    const cols: number[] = [];
    for (let col = right - 1; col > left; col--) {
      const c = line[col];
      if (c === '+') cols.push(col);
      else if (c !== '-') return false;
    }
    if (line[left] !== '+') return false;
    const rows: number[] = [];
    for (let row = bottom - 1; row > top; row--) {
      const c = this.block[row][left];
      if (c === '+') rows.push(row);
      else if (c !== '|') return false;
    }
    for (const col of cols) this.colseps[col] = true;
    for (const row of rows) this.rowseps[row] = true;
    return true;
  }
}

/** Min-heap of corners (see scanAll). */
class CornerQueue {
  private readonly heap: number[] = [];
  get size(): number {
    return this.heap.length;
  }
  push(corner: number): void {
    const heap = this.heap;
    heap.push(corner);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[i] >= heap[parent]) break;
      const swap = heap[i];
      heap[i] = heap[parent];
      heap[parent] = swap;
      i = parent;
    }
  }
  pop(): number {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === i) break;
        const swap = heap[i];
        heap[i] = heap[m];
        heap[m] = swap;
        i = m;
      }
    }
    return top;
  }
}

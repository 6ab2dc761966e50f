// The shape every table source (grid, simple, CSV, list) is reduced to before
// it becomes doctree nodes: column widths, header rows, body rows. A row holds
// only the cells that start in it; a cell spanning rows or columns says so.

export interface TableCell {
  /** Extra rows / columns this cell covers (docutils' morerows / morecols). */
  morerows: number;
  morecols: number;
  /** 0-based document line index of the cell's first text line. */
  offset: number;
  /** The cell's text, one string per line, cut out of the table and dedented. */
  lines: string[];
}

export type TableRow = TableCell[];

export interface TableStructure {
  colwidths: number[];
  headRows: TableRow[];
  bodyRows: TableRow[];
}

/**
 * A markup problem found while reading a table. `offset` is the 0-based index,
 * within the table's lines, of the line the message should point to.
 */
export class TableMarkupError extends Error {
  constructor(message: string, readonly offset = 0) {
    super(message);
  }
}

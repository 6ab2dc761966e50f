// Finding where a table ends in the input, before its inside is looked at.
// What the two kinds share: the result type, and docutils' quirks about where
// parsing resumes and whether the table was followed by a blank line.
import { TableMarkupError } from './structure.js';

export interface IsolatedTable {
  /** The table's lines as written (grid tables: stripped), for parsing or for the error's literal block. */
  lines: string[];
  /** Index into the input where parsing resumes. */
  end: number;
  /** False when the table is not followed by a blank line (or the end of input). */
  blankFinish: boolean;
  /** Input index of an indented line that cut the table's text block short. */
  indentedLine?: number;
  /**
   * Added to the table's line numbers (cells and messages). docutils counts
   * two lines too few for a grid table cut short at an inner border.
   */
  lineShift?: number;
  /** Set when the table is malformed already at this stage. */
  failure?: TableMarkupError;
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

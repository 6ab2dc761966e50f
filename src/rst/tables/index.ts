// Grid and simple tables in body text: the block parser calls `readTable`
// when a line starts a table (see `isGridTableTop` / `isSimpleTableTop`).
import { el, linePosition, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { BlockState, TableReadResult } from '../api.js';
import { buildTable } from './build.js';
import { isolateGridTable, parseGridTable } from './grid.js';
import type { IsolatedTable } from './isolate.js';
import { isolateSimpleTable, parseSimpleTable } from './simple.js';
import { TableMarkupError, type TableStructure } from './structure.js';

export { isGridTableTop } from './grid.js';
export { isSimpleTableTop } from './simple.js';
export { buildTable, type BuildOptions } from './build.js';
export { TableMarkupError, type TableCell, type TableRow, type TableStructure } from './structure.js';

/**
 * Read the table whose first line is lines[start] (`lineOffset + start` is that
 * line's 0-based document index): the table, or the system messages of a
 * malformed one, then docutils' messages about what follows the table.
 */
export function readTable(
  kind: 'grid' | 'simple',
  lines: readonly string[],
  start: number,
  lineOffset: number,
  state: BlockState,
): TableReadResult {
  const isolated: IsolatedTable = kind === 'grid' ? isolateGridTable(lines, start) : isolateSimpleTable(lines, start);
  const firstLine = lineOffset + start + (isolated.lineShift ?? 0);
  const reporter = state.reporter;
  const afterTable: Element[] = [];
  if (isolated.indentedLine !== undefined) {
    afterTable.push(reporter.error('Unexpected indentation.', { line: lineOffset + isolated.indentedLine + 1 }));
  }
  const nodes: DoctreeNode[] = [];
  if (isolated.failure) {
    nodes.push(...afterTable, malformedTable(isolated.lines, isolated.failure, firstLine, state));
  } else {
    let structure: TableStructure | null = null;
    try {
      structure = kind === 'grid' ? parseGridTable(isolated.lines, firstLine) : parseSimpleTable(isolated.lines, firstLine);
    } catch (error) {
      if (!(error instanceof TableMarkupError)) throw error;
      nodes.push(malformedTable(isolated.lines, error, firstLine, state), ...afterTable);
    }
    if (structure) {
      const top = lineOffset + start;
      const table = buildTable(structure, state, {}, linePosition(top + 1, top + isolated.lines.length));
      nodes.push(table, ...afterTable);
    }
  }
  if (!isolated.blankFinish) {
    nodes.push(reporter.warning('Blank line required after table.', { line: lineOffset + isolated.end + 1 }));
  }
  return { end: isolated.end, nodes };
}

/** docutils' "Malformed table." error, quoting the table as written. */
function malformedTable(lines: readonly string[], error: TableMarkupError, firstLine: number, state: BlockState): Element {
  const data = lines.join('\n');
  const message = error.message ? `Malformed table.\n${error.message}` : 'Malformed table.';
  return state.reporter.error(message, {
    line: firstLine + error.offset + 1,
    children: [el('literal_block', { 'xml:space': 'preserve' }, [text(data)])],
  });
}

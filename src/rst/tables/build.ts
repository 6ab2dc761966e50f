// TableStructure -> docutils' table doctree:
//
//     <table>
//         <tgroup cols="2">
//             <colspec colwidth="14">
//             <colspec colwidth="6">
//             <thead>
//                 <row>
//                     <entry morecols="1"> ...body elements parsed from the cell's text
//             <tbody> ...
import { linePosition, unpositioned } from '../../doctree/builders.js';
import type { Attributes, DoctreeNode, Element, Position } from '../../doctree/types.js';
import type { BlockState } from '../api.js';
import type { TableRow, TableStructure } from './structure.js';

export interface BuildOptions {
  /** Leading columns whose colspec gets `stub="1"` (csv-table, list-table). */
  stubColumns?: number;
  /** Replaces the measured column widths (a directive's :widths:). */
  widths?: number[];
}

/**
 * `position` is the table's; the nodes between the table and its cells share it (and a row
 * the position of its first cell that has one), so every node is positioned when built.
 */
export function buildTable(structure: TableStructure, state: BlockState, options: BuildOptions = {}, position?: Position): Element {
  const widths = options.widths ?? structure.colwidths;
  const stubs = options.stubColumns ?? 0;
  const groupChildren: DoctreeNode[] = [];
  for (let i = 0; i < widths.length; i++) {
    const attributes: Attributes = i < stubs ? { colwidth: widths[i], stub: 1 } : { colwidth: widths[i] };
    groupChildren.push(element('colspec', attributes, [], position));
  }
  if (structure.headRows.length > 0) groupChildren.push(buildSection('thead', structure.headRows, state, position));
  groupChildren.push(buildSection('tbody', structure.bodyRows, state, position));
  const tgroup = element('tgroup', { cols: widths.length }, groupChildren, position);
  return element('table', {}, [tgroup], position);
}

function buildSection(type: 'thead' | 'tbody', rows: TableRow[], state: BlockState, position: Position | undefined): Element {
  const sectionRows: DoctreeNode[] = [];
  for (const cells of rows) {
    const entries: Element[] = [];
    // A row has the position of its first cell that has a line, else the table's.
    let rowPosition: Position | undefined;
    for (const cell of cells) {
      const attributes: Attributes = {};
      if (cell.morerows) attributes.morerows = cell.morerows;
      if (cell.morecols) attributes.morecols = cell.morecols;
      const entryPosition = cell.offset >= 0 ? linePosition(cell.offset + 1, cell.offset + Math.max(1, cell.lines.length)) : undefined;
      const entry: Element = { type: 'entry', attributes, children: [], position: entryPosition };
      if (cell.lines.length > 0) state.nestedParse(cell.lines, cell.offset, entry);
      if (rowPosition === undefined) rowPosition = entryPosition;
      entries.push(entry);
    }
    rowPosition ??= position;
    // A cell without a line shares its row's position.
    if (rowPosition !== undefined) for (const entry of entries) entry.position ??= rowPosition;
    else unpositioned.count += entries.length + 1;
    sectionRows.push({ type: 'row', attributes: {}, children: entries, position: rowPosition });
  }
  return element(type, {}, sectionRows, position);
}

/** An element with a fresh attributes object; without a position it is counted like `el`'s. */
function element(type: string, attributes: Attributes, children: DoctreeNode[], position: Position | undefined): Element {
  if (position === undefined) unpositioned.count++;
  return { type, attributes, children, position };
}

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
import { el, linePosition } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { BlockState } from '../api.js';
import type { TableRow, TableStructure } from './structure.js';

export interface BuildOptions {
  /** Leading columns whose colspec gets `stub="1"` (csv-table, list-table). */
  stubColumns?: number;
  /** Replaces the measured column widths (a directive's :widths:). */
  widths?: number[];
}

export function buildTable(structure: TableStructure, state: BlockState, options: BuildOptions = {}): Element {
  const table = el('table');
  const widths = options.widths ?? structure.colwidths;
  const tgroup = el('tgroup', { cols: widths.length });
  table.children.push(tgroup);
  const stubs = options.stubColumns ?? 0;
  widths.forEach((width, i) => {
    const colspec = el('colspec', { colwidth: width });
    if (i < stubs) colspec.attributes.stub = 1;
    tgroup.children.push(colspec);
  });
  if (structure.headRows.length > 0) tgroup.children.push(buildSection('thead', structure.headRows, state));
  tgroup.children.push(buildSection('tbody', structure.bodyRows, state));
  return table;
}

function buildSection(type: 'thead' | 'tbody', rows: TableRow[], state: BlockState): Element {
  const section = el(type);
  for (const cells of rows) {
    const row = el('row');
    for (const cell of cells) {
      const entry = el('entry');
      if (cell.morerows) entry.attributes.morerows = cell.morerows;
      if (cell.morecols) entry.attributes.morecols = cell.morecols;
      if (cell.offset >= 0) entry.position = linePosition(cell.offset + 1, cell.offset + Math.max(1, cell.lines.length));
      if (cell.lines.length > 0) state.nestedParse(cell.lines, cell.offset, entry);
      if (!row.position && entry.position) row.position = entry.position;
      row.children.push(entry);
    }
    section.children.push(row);
  }
  return section;
}

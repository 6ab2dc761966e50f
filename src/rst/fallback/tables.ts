// Stand-in for src/rst/tables (used only by bench/conformance.mjs while that
// module does not exist): reports the table as unsupported and skips it.
import { el, text } from '../../doctree/builders.js';
import type { BlockState, TableReadResult } from '../api.js';

export function readTable(kind: 'grid' | 'simple', lines: string[], start: number, lineOffset: number, state: BlockState): TableReadResult {
  let end = start;
  while (end < lines.length && lines[end].trim() !== '') end++;
  const block = lines.slice(start, end).join('\n');
  const msg = state.reporter.error(`${kind} tables are not supported by this build.`, {
    line: lineOffset + start + 1,
    children: [el('literal_block', { 'xml:space': 'preserve' }, [text(block)])],
  });
  return { end, nodes: [msg] };
}

// A tiny stand-in for the block parser, so table reading can be tested on its
// own: blank-line separated paragraphs, and tables (through readTable, also
// inside cells). Enough for the table cases whose cells hold plain paragraphs.
import { el, text } from '../../../src/doctree/builders.js';
import type { Element } from '../../../src/doctree/types.js';
import type { BlockState, DocumentModel, Registries } from '../../../src/rst/api.js';
import { DocumentReporter } from '../../../src/rst/reporter.js';
import { isGridTableTop, isSimpleTableTop, readTable } from '../../../src/rst/tables/index.js';

export function fakeState(): BlockState {
  const reporter = new DocumentReporter('test data');
  const state: BlockState = {
    document: { reporter } as unknown as DocumentModel,
    reporter,
    registries: { directives: new Map(), roles: new Map() } as Registries,
    nestedParse(lines, offset, parent) {
      parseBlocks(lines, offset, parent, state);
    },
    parseInline(value) {
      return { nodes: [text(value)], messages: [] };
    },
    insertInput() {},
    currentSource: 'test data',
    includeStack: [],
    defaultRole: '',
  };
  return state;
}

function parseBlocks(lines: readonly string[], offset: number, parent: Element, state: BlockState): void {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const kind = isGridTableTop(line) ? 'grid' : isSimpleTableTop(line) ? 'simple' : null;
    if (kind) {
      const result = readTable(kind, lines, i, offset, state);
      parent.children.push(...result.nodes);
      i = result.end;
      continue;
    }
    const start = i;
    while (i < lines.length && lines[i].trim() !== '') i++;
    parent.children.push(el('paragraph', {}, [text(lines.slice(start, i).map((l) => l.trim()).join('\n'))]));
  }
}

/** Parse a whole document with the stand-in parser. */
export function fakeParse(source: string): Element {
  const root = el('document', { source: 'test data' });
  const lines = source.split('\n').map((line) => line.trimEnd());
  parseBlocks(lines, 0, root, fakeState());
  return root;
}

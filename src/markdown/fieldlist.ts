// Field lists (myst_enable_extensions = ['fieldlist']), as in reStructuredText:
//
//     :orphan:                        <field_list>
//     :Author: *Ops* team                 <field> <field_name> Author  <field_body> <paragraph> ...
//     :Steps: 1. first                    <field> ... <enumerated_list>
//       2. second
//
// A field list opening a page is its metadata for the Sphinx layer, like an
// rST page's. ./preprocess.ts wraps the block in an internal fence; each name
// is read as inline Markdown, each body (dedented) as Markdown blocks.
import { el } from '../doctree/builders.js';
import type { DoctreeNode, Position } from '../doctree/types.js';
import { FIELD_MARKER } from './preprocess-lists.js';
import type { MystState } from './state.js';

export function fieldList(state: MystState, body: string[], indexOf: (k: number) => number, position: Position): DoctreeNode[] {
  const list = el('field_list', {}, [], position);
  let k = 0;
  while (k < body.length) {
    const marker = FIELD_MARKER.exec(body[k]);
    if (!marker) {
      k++;
      continue;
    }
    const start = k;
    const lines = [body[k].slice(marker[0].length)];
    k++;
    while (k < body.length && !FIELD_MARKER.test(body[k])) lines.push(body[k++]);
    const dedented = dedent(lines);
    const fieldPos = state.linePos(indexOf(start) + 1);
    const name = state.parseInline(marker[1], indexOf(start) + 1);
    state.pendingMessages.push(...name.messages);
    const fieldBody = el('field_body', {}, [], fieldPos);
    if (dedented.some((line) => line.trim())) state.nestedParse(dedented, indexOf(start), fieldBody);
    list.children.push(el('field', {}, [el('field_name', {}, name.nodes, fieldPos), fieldBody], fieldPos));
  }
  return [list];
}

/** The first line as written after the name; the others lose their common indentation. */
function dedent(lines: string[]): string[] {
  const rest = lines.slice(1);
  const indents = rest.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  const out = [lines[0].trim(), ...rest.map((line) => line.slice(Math.min(cut, /^\s*/.exec(line)![0].length)))];
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  return out;
}


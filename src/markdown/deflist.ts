// Definition lists (myst_enable_extensions = ['deflist']):
//
//     Term *one*                   <definition_list>
//     : First definition.              <definition_list_item>
//       Continued, indented.               <term>  Term <emphasis>one
//                                          <definition>  <paragraph> First definition. Continued...
//     Term two
//     : Definition with a list:
//
//       - item
//
// ./preprocess.ts wraps the block in an internal fence; here each term is read
// as inline Markdown and each definition's (dedented) lines as Markdown blocks.
import { el } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import type { MystState } from './state.js';

const MARKER = /^([:~][ \t]+)(.*)$/;

export function definitionList(state: MystState, body: string[], indexOf: (k: number) => number, position: Position): DoctreeNode[] {
  const list = el('definition_list', {}, [], position);
  let item: Element | null = null;
  let k = 0;
  while (k < body.length) {
    const line = body[k];
    if (line.trim() === '') {
      k++;
      continue;
    }
    const marker = MARKER.exec(line);
    if (!marker) {
      const linePos = positionAt(state, indexOf(k));
      const parsed = state.parseInline(line.trim(), indexOf(k) + 1);
      item = el('definition_list_item', {}, [el('term', {}, parsed.nodes, linePos)], linePos);
      state.pendingMessages.push(...parsed.messages);
      list.children.push(item);
      k++;
      continue;
    }
    // A definition: its first line after the marker, then lines indented (or lazily continued), dedented.
    const indent = marker[1].length;
    const lines = [marker[2]];
    const start = k;
    k++;
    while (k < body.length) {
      const next = body[k];
      if (next.trim() === '') {
        lines.push('');
        k++;
        continue;
      }
      if (MARKER.test(next)) break;
      const indented = /^\s/.test(next);
      if (!indented && lines[lines.length - 1] === '') break;
      if (!indented && body[k + 1] !== undefined && MARKER.test(body[k + 1])) break;
      lines.push(indented ? next.replace(new RegExp(`^\\s{1,${indent}}`), '') : next);
      k++;
    }
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    const definitionPos = positionAt(state, indexOf(start));
    const definition = el('definition', {}, [], definitionPos);
    state.nestedParse(lines, indexOf(start), definition);
    if (!item) {
      // A definition before any term: keep it, under an empty term, rather than lose it.
      item = el('definition_list_item', {}, [el('term', {}, [], definitionPos)], definitionPos);
      list.children.push(item);
    }
    item.children.push(definition);
  }
  return [list];
}

function positionAt(state: MystState, index: number): Position {
  return state.linePos(index + 1);
}

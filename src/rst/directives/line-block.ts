// line-block: every line of the body is a line of verse; deeper indentation
// nests a line block. Inline markup cannot span lines.
//
//     .. line-block::
//
//        This is a line block.
//        Newlines are *preserved*.
//            As is initial whitespace.
import { el, linePosition } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, requireContent } from './common.js';

interface IndentedLine {
  node: Element;
  indent: number;
}

export const lineBlock: DirectiveSpec = {
  optionSpec: GENERIC_OPTIONS,
  hasContent: true,
  run(inv) {
    requireContent(inv);
    const block = el('line_block', {}, [], here(inv));
    addClasses(block, inv);
    addName(block, inv);
    const messages: Element[] = [];
    const lines: IndentedLine[] = [];
    let previousIndent = 0;
    inv.content.forEach((source, index) => {
      const lineno = inv.contentOffset + index + 1;
      const { nodes, messages: lineMessages } = inv.state.parseInline(source.trim(), lineno);
      messages.push(...lineMessages);
      // A blank line keeps the indentation of the line before it.
      const indent = source.trim() ? source.length - source.trimStart().length : previousIndent;
      previousIndent = indent;
      lines.push({ node: el('line', {}, nodes, linePosition(lineno)), indent });
    });
    block.children = nestByIndent(lines);
    return [block, ...messages];
  },
};

/** Lines indented deeper than the shallowest form nested line blocks, recursively. */
export function nestByIndent(lines: IndentedLine[]): Element[] {
  if (lines.length === 0) return [];
  const least = Math.min(...lines.map((line) => line.indent));
  const out: Element[] = [];
  let run: IndentedLine[] = [];
  const flush = (): void => {
    if (run.length) out.push(el('line_block', {}, nestByIndent(run), run[0]!.node.position));
    run = [];
  };
  for (const line of lines) {
    if (line.indent > least) run.push(line);
    else {
      flush();
      out.push(line.node);
    }
  }
  flush();
  return out;
}

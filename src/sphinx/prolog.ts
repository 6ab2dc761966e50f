// rst_prolog / rst_epilog as Sphinx applies them: the prolog goes after the
// document's leading docinfo lines (`:orphan:`, `:author: x`), wrapped in blank
// lines; the epilog is appended after a blank line. Messages keep the
// document's own line numbers, and lines of the prolog/epilog are reported as
// `<rst_prolog>:N` / `<rst_epilog>:N`, as sphinx-build prints them.
import type { DoctreeNode, Element, Position } from '../doctree/types.js';

export interface LineOrigin {
  /** 'document' for the file's own lines, else '<rst_prolog>', '<rst_epilog>' or '<generated>'. */
  source: string;
  line: number;
}

export interface PrologResult {
  text: string;
  /** Origin of each line of `text` (index = 0-based line of text). Null when nothing was added. */
  origins: LineOrigin[] | null;
}

const DOCINFO_LINE = /^:[\p{L}\p{N}_]+:/u;

export function applyPrologEpilog(source: string, prolog: string | null, epilog: string | null): PrologResult {
  if (!prolog && !epilog) return { text: source, origins: null };
  const lines = source.split(/\r\n|\r|\n/);
  // A final newline does not make a line of its own (Python's splitlines).
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  const origins: LineOrigin[] = [];
  const push = (line: string, origin: LineOrigin) => {
    out.push(line);
    origins.push(origin);
  };
  let pos = 0;
  if (prolog) {
    while (pos < lines.length && DOCINFO_LINE.test(lines[pos])) pos++;
    for (let i = 0; i < pos; i++) push(lines[i], { source: 'document', line: i + 1 });
    if (pos > 0) push('', { source: '<generated>', line: 0 });
    pythonSplitLines(prolog).forEach((line, i) => push(line, { source: '<rst_prolog>', line: i + 1 }));
    push('', { source: '<generated>', line: 0 });
  }
  for (let i = pos; i < lines.length; i++) push(lines[i], { source: 'document', line: i + 1 });
  if (epilog) {
    const last = origins.length > 0 ? origins[origins.length - 1] : { source: '<generated>', line: 0 };
    push('', { source: last.source, line: last.line + 1 });
    pythonSplitLines(epilog).forEach((line, i) => push(line, { source: '<rst_epilog>', line: i + 1 }));
  }
  return { text: out.join('\n') + '\n', origins };
}

function pythonSplitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Maps positions (and system messages' `line`) of a tree parsed from the
 * prolog-extended text back to the document's lines. Nodes from included files
 * (position.source set) keep their own lines.
 */
export function remapLines(tree: DoctreeNode, origins: LineOrigin[], documentSource: string): void {
  const map = (line: number): LineOrigin | undefined => origins[line - 1];
  const walk = (node: DoctreeNode): void => {
    // The document node spans the whole text; it belongs to the document whatever its first line is.
    if (node.position && node.position.source === undefined && node.type !== 'document') remapPosition(node.position);
    if (node.type === 'text') return;
    const element = node as Element;
    if (element.type === 'system_message' && typeof element.attributes.line === 'number') {
      const src = element.attributes.source;
      if (src === undefined || src === documentSource) {
        const origin = map(element.attributes.line);
        if (origin) {
          element.attributes.line = origin.line;
          if (origin.source !== 'document') element.attributes.source = origin.source;
        }
      }
    }
    for (const child of element.children) walk(child);
  };
  const remapPosition = (position: Position): void => {
    const start = map(position.start.line);
    const end = map(position.end.line);
    if (start) {
      if (start.source !== 'document') position.source = start.source;
      position.start = { ...position.start, line: start.line };
      delete position.start.offset;
    }
    if (end) {
      position.end = { ...position.end, line: end.source === start?.source ? end.line : start?.line ?? end.line };
      delete position.end.offset;
    }
  };
  walk(tree);
}

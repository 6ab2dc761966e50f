// Block quotes (the spec's "Block Quotes"): an indented block, optionally
// ending with an attribution after a blank line.
//
//   Paragraph.
//
//       Quoted text.
//
//       -- Attribution
import type { Element } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';

const ATTRIBUTION = /^(---?(?!-)|\u2014) *(?=[^ \n])/;

export function parseBlockQuote(p: Parser, ctx: BlockContext): void {
  const m = ctx.m;
  const block = getIndented(m, m.pos);
  m.pos = block.end;
  ctx.parent.children.push(...blockQuotes(p, ctx, block.lines, block.start, block.indent));
  if (!block.blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Block quote', block.end));
}

/** One block quote per attribution: text after an attribution starts a new quote. */
export function blockQuotes(p: Parser, ctx: BlockContext, lines: string[], start: number, column: number): Element[] {
  const out: Element[] = [];
  let rest = lines;
  let offset = start;
  while (rest.length) {
    const split = splitAttribution(rest);
    const quoteLines = split ? rest.slice(0, split.start) : rest;
    const quote = p.node(ctx, 'block_quote', offset, offset + quoteLines.length - 1);
    p.parseSub(ctx, quoteLines, offset, quote, false, column);
    out.push(quote);
    if (!split) break;
    const attrLines = rest.slice(split.start, split.end).map((line, k) => (k === 0 ? line.slice(split.markerEnd) : line.slice(split.indent)));
    const value = attrLines.join('\n').replace(/\s+$/, '');
    const attrLine = offset + split.start;
    const attribution = p.node(ctx, 'attribution', attrLine, attrLine + attrLines.length - 1);
    const result = p.inline(ctx, value, attrLine);
    attribution.children.push(...result.nodes);
    quote.children.push(attribution);
    out.push(...result.messages);
    let next = split.end;
    while (next < rest.length && rest[next] === '') next++;
    offset += next;
    rest = rest.slice(next);
  }
  return out;
}

interface AttributionSplit {
  start: number;
  end: number;
  markerEnd: number;
  indent: number;
}

// An attribution is a "--"/"---"/em-dash line after a blank line; its
// continuation lines must share one indentation, else it is ordinary text.
function splitAttribution(lines: string[]): AttributionSplit | null {
  let blank = -2;
  let nonblankSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      blank = i;
      continue;
    }
    if (nonblankSeen && blank === i - 1) {
      const match = ATTRIBUTION.exec(line);
      if (match) {
        const shape = attributionShape(lines, i);
        if (shape) return { start: i, end: shape.end, markerEnd: match[0].length, indent: shape.indent };
      }
    }
    nonblankSeen = true;
  }
  return null;
}

function attributionShape(lines: string[], start: number): { end: number; indent: number } | null {
  let indent: number | null = null;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') return { end: i, indent: indent ?? 0 };
    const lineIndent = line.length - line.trimStart().length;
    if (indent === null) indent = lineIndent;
    else if (lineIndent !== indent) return null;
  }
  return { end: i, indent: indent ?? 0 };
}

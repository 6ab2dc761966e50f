// Text that no other construct claimed (the spec's "Paragraphs"). The line
// after it decides what it is:
//
//   A paragraph ends        Title            term
//   at a blank line.        =====              definition
//
// blank or more text: a paragraph; an adornment line: a section title
// (section.ts); an indented line: a definition list (definition-list.ts).
// A paragraph ending in "::" introduces a literal block (literal-block.ts).
import type { Element } from '../../doctree/types.js';
import { columnWidth } from '../lines.js';
import type { BlockContext, Parser } from '../parser.js';
import { definitionList } from './definition-list.js';
import { literalBlockAfterParagraph } from './literal-block.js';
import { isAdornment } from './patterns.js';
import { addSection } from './section.js';

export function parseText(p: Parser, ctx: BlockContext): void {
  const m = ctx.m;
  const i = m.pos;
  const next = i + 1;
  if (next >= m.length || m.lines[next] === '') {
    m.pos = next;
    paragraphFrom(p, ctx, m.lines[i], i, 1);
    return;
  }
  const nextLine = m.lines[next];
  if (nextLine.charCodeAt(0) === 32) {
    definitionList(p, ctx);
    return;
  }
  if (isAdornment(nextLine) && underlinedTitle(p, ctx, i)) return;
  textBlock(p, ctx, i);
}

//   Title
//   =====
//   ^ the underline decides: long enough -> section, short -> maybe text
function underlinedTitle(p: Parser, ctx: BlockContext, i: number): boolean {
  const m = ctx.m;
  const title = m.lines[i];
  const underline = m.lines[i + 1];
  const lineno = m.lineno(i + 1);
  const blockText = title + '\n' + underline;
  const messages: Element[] = [];
  if (columnWidth(title) > underline.length) {
    if (underline.length < 4) {
      if (ctx.matchTitles) {
        ctx.parent.children.push(
          p.reporter.info("Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.", { line: lineno }),
        );
      }
      return false;
    }
    messages.push(p.reporter.warning('Title underline too short.', { line: lineno, children: [p.quote(blockText)] }));
  }
  m.pos = i + 2;
  if (!ctx.matchTitles) {
    ctx.parent.children.push(...messages);
    ctx.parent.children.push(p.reporter.error('Unexpected section title.', { line: lineno, children: [p.quote(blockText)] }));
    return true;
  }
  addSection(p, ctx, { title, style: underline[0], blockText, lineno: lineno - 1, endLine: lineno, titleLine: i, messages });
  return true;
}

// A run of flush-left lines up to a blank line. An indented line ends it with
// an error (it starts a block quote).
function textBlock(p: Parser, ctx: BlockContext, i: number): void {
  const m = ctx.m;
  let end = i + 1;
  let indentError: Element | null = null;
  while (end < m.length) {
    const line = m.lines[end];
    if (line === '') break;
    if (line.charCodeAt(0) === 32) {
      indentError = p.reporter.error('Unexpected indentation.', { line: m.lineno(end) });
      break;
    }
    end++;
  }
  m.pos = end;
  paragraphFrom(p, ctx, joinLines(m.lines, i, end), i, end - i, indentError);
}

/** lines[start..end) joined with newlines, without an intermediate array. */
function joinLines(lines: string[], start: number, end: number): string {
  let data = lines[start];
  for (let k = start + 1; k < end; k++) data = data + '\n' + lines[k];
  return data;
}

/**
 * Build the paragraph for `data`, `lineCount` lines starting at local line i, applying the
 * spec's "::" rules: "Para::" -> "Para:", "Para ::" -> "Para", a lone "::" -> nothing.
 */
export function paragraphFrom(p: Parser, ctx: BlockContext, data: string, i: number, lineCount: number, afterMessage: Element | null = null): void {
  // Lines are right-stripped already, so the text has no trailing whitespace.
  let value = data;
  let literalNext = false;
  if (endsWithUnescapedDoubleColon(data)) {
    literalNext = true;
    if (data.length === 2) value = '';
    else if (data[data.length - 3] === ' ' || data[data.length - 3] === '\n') value = data.slice(0, -3).replace(/\s+$/, '');
    else value = data.slice(0, -1);
  }
  if (!literalNext || data.length !== 2) {
    // docutils reports problems found here at the line it has reached: past a one-line paragraph, else its last line.
    const current = lineCount === 1 ? i + 1 : i + lineCount - 1;
    const result = p.inline(ctx, value, i, undefined, current);
    // The inline result is a fresh array: it becomes the paragraph's children without copying.
    const para = p.node(ctx, 'paragraph', i, i + lineCount - 1, {}, result.nodes);
    ctx.parent.children.push(para);
    for (const message of result.messages) ctx.parent.children.push(message);
  }
  if (afterMessage) ctx.parent.children.push(afterMessage);
  if (literalNext) literalBlockAfterParagraph(p, ctx);
}

function endsWithUnescapedDoubleColon(data: string): boolean {
  if (!data.endsWith('::')) return false;
  let backslashes = 0;
  for (let k = data.length - 3; k >= 0 && data[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 0;
}

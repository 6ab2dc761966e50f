// Explicit markup blocks (the spec's "Explicit Markup Blocks"): a line
// starting with ".. " introduces a footnote, citation, hyperlink target,
// substitution definition, directive or — when it is none of these — a
// comment. The block is the first line plus everything indented below it.
//
//   .. [1] footnote            .. _target: http://example.org
//   .. [CIT] citation          .. |sub| directive:: ...
//   .. directive:: arguments   .. a comment
//   __ http://anonymous.example.org
import { text } from '../../doctree/builders.js';
import type { DoctreeNode } from '../../doctree/types.js';
import { getIndented, trimEnd } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';
import { footnote, citation } from './footnote.js';
import { hyperlinkTarget, anonymous } from './hyperlink-target.js';
import { substitutionDefinition } from './substitution-definition.js';
import { directive } from './directive.js';
import { SIMPLENAME } from './patterns.js';

/**
 * A construct found malformed: reported as a warning, and what follows is kept as a comment.
 * `lastLine` is the local index of the last line the construct read: as in docutils, the
 * comment starts there (so a malformed multi-line block leaves only its tail in the comment).
 */
export class MarkupError extends Error {
  constructor(
    message: string,
    readonly lastLine: number,
  ) {
    super(message);
  }
}

export interface ExplicitResult {
  nodes: DoctreeNode[];
  blankFinish: boolean;
}

type ExplicitConstruct = [RegExp, (p: Parser, ctx: BlockContext, match: RegExpExecArray) => ExplicitResult];

// By the character after ".. ": each construct's pattern needs its own ("[", "_", "|"; a
// directive's name starts with a letter or digit), so one line is tried against one or two
// patterns instead of all five, in the same order.
const NOTES: ExplicitConstruct[] = [
  [new RegExp(String.raw`^\.\.[ ]+\[(#|[0-9]+|\*|#${SIMPLENAME})\]([ ]+|$)`, 'u'), footnote],
  [new RegExp(String.raw`^\.\.[ ]+\[(${SIMPLENAME})\]([ ]+|$)`, 'u'), citation],
];
const TARGETS: ExplicitConstruct[] = [[/^\.\.[ ]+_(?![ ]|$)/, hyperlinkTarget]];
const SUBSTITUTIONS: ExplicitConstruct[] = [[/^\.\.[ ]+\|(?![ ]|$)/, substitutionDefinition]];
const DIRECTIVES: ExplicitConstruct[] = [
  [new RegExp(String.raw`^\.\.[ ]+(${SIMPLENAME})[ ]?::([ ]+|$)`, 'u'), (p, ctx, match) => directive(p, ctx, match, match[1])],
];

function candidatesAfterMarker(line: string): ExplicitConstruct[] {
  let k = 2;
  while (line.charCodeAt(k) === 32) k++;
  const c = line.charCodeAt(k);
  return c === 0x5b ? NOTES : c === 0x5f ? TARGETS : c === 0x7c ? SUBSTITUTIONS : DIRECTIVES;
}

const EXPLICIT_START = /^\.\.( +|$)/;
const ANONYMOUS_START = /^__( +|$)/;

export const explicitMarkup: Construct = {
  name: 'explicit_markup',
  first: '.',
  pattern: EXPLICIT_START,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const line = ctx.m.lines[ctx.m.pos];
    let result: ExplicitResult | null = null;
    const errors: DoctreeNode[] = [];
    for (const [pattern, parse] of candidatesAfterMarker(line)) {
      const found = pattern.exec(line);
      if (!found) continue;
      const start = ctx.m.pos;
      try {
        result = parse(p, ctx, found);
      } catch (error) {
        if (!(error instanceof MarkupError)) throw error;
        ctx.m.pos = error.lastLine;
        errors.push(p.reporter.warning(error.message, { line: ctx.m.lineno(error.lastLine) }));
      }
      break;
    }
    if (!result) {
      result = comment(p, ctx, match);
      result.nodes.push(...errors);
    }
    ctx.parent.children.push(...result.nodes);
    endOfExplicit(p, ctx, result.blankFinish);
    return true;
  },
};

export const anonymousTarget: Construct = {
  name: 'anonymous_target',
  first: '_',
  pattern: ANONYMOUS_START,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const result = anonymous(p, ctx, match);
    ctx.parent.children.push(...result.nodes);
    endOfExplicit(p, ctx, result.blankFinish);
    return true;
  },
};

/** Explicit markup blocks may follow each other directly; anything else needs a blank line first. */
function endOfExplicit(p: Parser, ctx: BlockContext, blankFinish: boolean): void {
  const m = ctx.m;
  if (blankFinish || m.pos >= m.length) return;
  const line = m.lines[m.pos];
  if (EXPLICIT_START.test(line) || ANONYMOUS_START.test(line)) return;
  ctx.parent.children.push(p.unindentWarning(ctx, 'Explicit markup', m.pos));
}

//   .. This is a comment,
//      continued on indented lines.
function comment(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const rest = (m.lines[start] ?? '').slice(match[0].length);
  if (m.isBlankLine(start + 1) && rest.trim() === '') {
    m.pos = start + 1;
    return { nodes: [p.node(ctx, 'comment', start, start, { 'xml:space': 'preserve' })], blankFinish: true };
  }
  const block = getIndented(m, start, { firstIndent: match[0].length });
  m.pos = block.end;
  const value = trimEnd(block.lines).join('\n');
  const pos = p.position(ctx, start, block.end - 1);
  const node = p.node(ctx, 'comment', start, block.end - 1, { 'xml:space': 'preserve' }, value ? [text(value, pos)] : []);
  return { nodes: [node], blankFinish: block.blankFinish };
}

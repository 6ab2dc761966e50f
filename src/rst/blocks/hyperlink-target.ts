// Hyperlink targets (the spec's "Hyperlink Targets").
//
//   .. _internal:                         (points at the next element)
//   .. _external: http://example.org/
//   .. _indirect: other_                  (or `phrase reference`_)
//   .. __: http://anonymous.example.org   __ http://also.anonymous
//
// The URI may continue on indented lines; whitespace in it is removed
// unless escaped.
import { escapeToNull, unescape } from '../escapes.js';
import { getIndented } from '../machine.js';
import { normalizeName, whitespaceNormalize } from '../ids.js';
import type { BlockContext, Parser } from '../parser.js';
import { MarkupError, type ExplicitResult } from './explicit-markup.js';
import { SIMPLENAME } from './patterns.js';

// "_name:", "_`phrase name`:", or "__:" (anonymous). Escaped characters are
// marked by \x00 (escapeToNull), so an escaped colon does not end the name.
const TARGET = /^(?:_|(?!_)(`?)(?![ `])(.+?)(?<![\s\x00])\1)(?<!(?<!\x00):)(?<![\s\x00])[ ]?:(?:[ ]+|$)/s;
const REFERENCE = new RegExp(String.raw`^(?:(${SIMPLENAME})_|\x60(?![ ])(.+?)(?<![\s\x00])\x60_)$`, 'su');
const EMAIL = /^[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+)*@[-a-zA-Z0-9]+(?:\.[-a-zA-Z0-9]+)*$/;

export function hyperlinkTarget(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const block = getIndented(m, start, { firstIndent: match[0].length, untilBlank: true, stripIndent: false });
  const lines = block.lines.map(escapeToNull);
  let escaped = lines[0] ?? '';
  let index = 0;
  let found: RegExpExecArray | null;
  while (!(found = TARGET.exec(escaped))) {
    index++;
    if (index >= lines.length) throw new MarkupError('malformed hyperlink target.', Math.max(start, block.end - 1));
    escaped += lines[index];
  }
  m.pos = block.end;
  // Escaping keeps lengths (\\x -> \\0x), so offsets found in the escaped text apply to the raw lines.
  const rest = block.lines.slice(index);
  rest[0] = (rest[0] + ' ').slice(found[0].length - escaped.length - 1).trim();
  const target = makeTarget(p, ctx, rest, start, found[2] ?? '');
  return { nodes: [target], blankFinish: block.blankFinish };
}

export function anonymous(p: Parser, ctx: BlockContext, match: RegExpExecArray): ExplicitResult {
  const m = ctx.m;
  const start = m.pos;
  const block = getIndented(m, start, { firstIndent: match[0].length, untilBlank: true });
  m.pos = block.end;
  const target = makeTarget(p, ctx, block.lines, start, '');
  return { nodes: [target], blankFinish: block.blankFinish };
}

function makeTarget(p: Parser, ctx: BlockContext, block: string[], start: number, targetName: string) {
  const target = p.node(ctx, 'target', start);
  target.data = { line: ctx.m.lineno(start) };
  const last = block.length ? block[block.length - 1].trim() : '';
  let refname: string | null = null;
  if (last.endsWith('_')) refname = isReference(escapeToNull(block.map((line) => line.trim()).join(' ')));
  if (refname !== null) {
    target.attributes.refname = normalizeName(refname);
    addTarget(p, ctx, targetName, '', target);
    p.document.noteIndirectTarget(target);
    return target;
  }
  const uri = splitEscapedWhitespace(escapeToNull(block.join(' ')))
    .map((part) => unescape(part).split(/\s+/).join(''))
    .join(' ');
  addTarget(p, ctx, targetName, uri, target);
  return target;
}

function addTarget(p: Parser, ctx: BlockContext, targetName: string, refuri: string, target: ReturnType<Parser['node']>): void {
  if (targetName) {
    target.attributes.names = [normalizeName(unescape(targetName))];
    if (refuri) {
      target.attributes.refuri = EMAIL.test(refuri) ? 'mailto:' + refuri : refuri;
      p.document.noteExternalTarget(target);
    }
    p.document.noteExplicitTarget(target, ctx.parent);
  } else {
    if (refuri) target.attributes.refuri = refuri;
    target.attributes.anonymous = true;
    p.document.noteAnonymousTarget(target);
  }
}

/** "name_" or "`phrase name`_" -> the reference name; null if the text is not a reference. */
function isReference(value: string): string | null {
  const match = REFERENCE.exec(whitespaceNormalize(value));
  if (!match) return null;
  return unescape(match[1] ?? match[2]);
}

/** Split at whitespace that is escaped (marked "\x00 "): those spaces survive in the URI. */
function splitEscapedWhitespace(value: string): string[] {
  return value.split(/\x00[ \n]/);
}

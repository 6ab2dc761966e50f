// reStructuredText inline markup: text in, inline nodes and system messages out.
//
//     Some *emphasis*, a ``literal``, a link_ and http://example.com.
//
// One left-to-right scan finds candidate start-strings and applies the
// spec's recognition rules there (./chars.ts, ./state.ts); each construct
// lives in its own file. Plain text between constructs is searched for
// standalone URIs (./standalone-uri.ts). Backslash escapes are marked with
// \x00 first (../escapes.ts) so escaped characters never count as markup.
import type { DoctreeNode } from '../../doctree/types.js';
import type { InlineContext, InlineHandle, InlineResult } from '../api.js';
import { escapeToNull } from '../escapes.js';
import { charAt, isAsciiNameCode, isNameChar } from './chars.js';
import { emphasis } from './emphasis.js';
import { recognizeFootnoteReference } from './footnote-reference.js';
import { inlineTarget } from './inline-target.js';
import { recognizeInterpreted, rolePrefixEnd } from './interpreted.js';
import { literal } from './literal.js';
import { problematic } from './problematic.js';
import { recognizeReference } from './reference.js';
import { recognizeSimple } from './simple-markup.js';
import { linkStandaloneUris } from './standalone-uri.js';
import { InlineState, type Recognition } from './state.js';
import { strong } from './strong.js';
import { substitutionReference } from './substitution-reference.js';

export type { InlineContext, InlineResult } from '../api.js';

/** Parse the inline markup of `text`, whose first line is line `lineno` of the source. */
export function parseInline(text: string, lineno: number, ctx: InlineContext): InlineResult {
  const handle: InlineHandle = {
    document: ctx.document,
    reporter: ctx.document.reporter,
    parse: (inner, innerLine) => parseInline(inner, innerLine, ctx),
    problematic: (rawText, message) => problematic(ctx.document, rawText, message),
  };
  const state = new InlineState(escapeToNull(text), lineno, ctx, handle);
  const nodes = scan(state);
  return { nodes, messages: state.messages };
}

function scan(state: InlineState): DoctreeNode[] {
  const s = state.s;
  const out: DoctreeNode[] = [];
  let textStart = 0;
  let segmentStart = 0;
  let p = 0;
  while (p < s.length) {
    if (!mayStartMarkup(state, p, segmentStart) || !state.startAllowed(p, segmentStart)) {
      p++;
      continue;
    }
    const found = recognizeAt(state, p, segmentStart);
    if (found === null) {
      p++;
      continue;
    }
    if (found.kind === 'skip') {
      segmentStart = p = found.resume;
      continue;
    }
    pushText(state, out, textStart, found.start);
    out.push(...found.nodes);
    textStart = segmentStart = p = found.end;
  }
  pushText(state, out, textStart, s.length);
  return out;
}

/**
 * Cheap filter: can any construct begin at `p`? Inside a word (a name
 * character after a name character) nothing can, unless markup is
 * character-level; this keeps plain prose fast.
 */
function mayStartMarkup(state: InlineState, p: number, segmentStart: number): boolean {
  const s = state.s;
  const code = s.charCodeAt(p);
  if (code < 128) {
    if (isAsciiNameCode(code)) return state.characterLevel || p === segmentStart || !isAsciiNameCode(s.charCodeAt(p - 1));
    return code === 42 /* * */ || code === 96 /* ` */ || code === 95 /* _ */ || code === 124 /* | */ || code === 91 /* [ */ || code === 58; /* : */
  }
  return isNameChar(charAt(s, p));
}

/** The construct starting at `p`, trying them in the order docutils' grammar does. */
function recognizeAt(state: InlineState, p: number, segmentStart: number): Recognition | null {
  const s = state.s;
  const ch = s[p];
  const next = s[p + 1];
  // Start-strings of constructs with content; rule 1: not followed by whitespace.
  if (ch === '*') {
    if (next === '*') return state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, strong, p, segmentStart) : null;
    return state.nonWhitespaceAt(p + 1) ? recognizeSimple(state, emphasis, p, segmentStart) : null;
  }
  if (ch === '`') {
    if (next === '`') return state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, literal, p, segmentStart) : null;
    return state.nonWhitespaceAt(p + 1) ? recognizeInterpreted(state, p, p, segmentStart) : null;
  }
  if (ch === '_') return next === '`' && state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, inlineTarget, p, segmentStart) : null;
  if (ch === '|') return next !== '|' && state.nonWhitespaceAt(p + 1) ? recognizeSimple(state, substitutionReference, p, segmentStart) : null;
  if (ch === '[') return recognizeFootnoteReference(state, p);
  if (ch === ':') {
    const roleEnd = rolePrefixEnd(s, p);
    if (roleEnd < 0 || s[roleEnd + 1] === '`' || !state.nonWhitespaceAt(roleEnd + 1)) return null;
    return recognizeInterpreted(state, p, roleEnd, segmentStart);
  }
  return recognizeReference(state, p);
}

function pushText(state: InlineState, out: DoctreeNode[], start: number, end: number): void {
  if (end <= start) return;
  const chunk = state.s.slice(start, end);
  out.push(...linkStandaloneUris(chunk, state.characterLevel, (a, b) => state.position(start + a, start + b)));
}

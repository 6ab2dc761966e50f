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
import { escapeToNull, unescape } from '../escapes.js';
import { charAt, isAsciiNameCode, isNameChar, isNonAsciiNameCode } from './chars.js';
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
  const state = new InlineState(escapeToNull(text), lineno, ctx, makeHandle);
  const nodes = scan(state);
  return { nodes, messages: state.messages };
}

function makeHandle(ctx: InlineContext): InlineHandle {
  return {
    document: ctx.document,
    reporter: ctx.document.reporter,
    parse: (inner, innerLine) => parseInline(inner, innerLine, ctx),
    problematic: (rawText, message) => problematic(ctx.document, rawText, message),
  };
}

function scan(state: InlineState): DoctreeNode[] {
  const s = state.s;
  const out: DoctreeNode[] = [];
  let textStart = 0;
  let segmentStart = 0;
  let p = 0;
  while (p < s.length) {
    const code = s.charCodeAt(p);
    if (code < 128 && !MAY_START[code]) {
      p++;
      continue;
    }
    if (code < 128 && isAsciiNameCode(code) && p !== segmentStart && !state.characterLevel && isAsciiNameCode(s.charCodeAt(p - 1))) {
      p++; // inside a word: rule 6 rules out every construct
      continue;
    }
    // Non-ASCII: only letters and digits (simple references) can start a construct. Tested by code
    // unit where possible: building a one-character string per CJK character was a hot spot.
    if (code >= 128 && !(code < 0xd800 || code > 0xdfff ? isNonAsciiNameCode(code) : isNameChar(charAt(s, p)))) {
      p++;
      continue;
    }
    // A letter or digit can only start a simple reference, which needs a `_` after it: with none
    // left in the text, words are plain text (most paragraphs) and need no reference search.
    if (state.nextUnderscore(p) === s.length && isNameStart(code)) {
      p++;
      continue;
    }
    if (!state.startAllowed(p, segmentStart)) {
      p++;
      continue;
    }
    const found = recognizeAt(state, p, segmentStart);
    if (found === null) {
      // No simple reference starts at this word, nor (rule 6) anywhere inside it: its joiners
      // (`-._+:`) sit between name characters. Character-level markup has no rule 6.
      const run = state.nameRun;
      p = !state.characterLevel && run.start <= p && p < run.end ? run.end : p + 1;
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

/** Letters and digits (the only non-ASCII characters that get this far in scan()). */
function isNameStart(code: number): boolean {
  return code >= 128 || isAsciiNameCode(code);
}

/** ASCII characters a construct can begin with: markup characters, and letters and digits (simple references). */
const MAY_START = (() => {
  const table = new Uint8Array(128);
  for (const ch of '*`_|[:') table[ch.charCodeAt(0)] = 1;
  for (let code = 0; code < 128; code++) if (isAsciiNameCode(code)) table[code] = 1;
  return table;
})();

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
  // Most text between constructs holds no `:` or `@`, so no standalone URI: one text node, without
  // the slice, closure and array that the URI search needs.
  if (!state.mayHoldUri(start, end)) {
    const value = unescape(state.s.slice(start, end));
    if (value !== '') out.push({ type: 'text', value, position: state.position(start, end) });
    return;
  }
  const chunk = state.s.slice(start, end);
  for (const node of linkStandaloneUris(chunk, state.characterLevel, (a, b) => state.position(start + a, start + b))) out.push(node);
}

// reStructuredText inline markup: text in, inline nodes and system messages out.
//
//     Some *emphasis*, a ``literal``, a link_ and http://example.com.
//
// One left-to-right scan finds candidate start-strings and applies the
// spec's recognition rules there (./chars.ts, ./state.ts); each construct
// lives in its own file. Plain text between constructs is searched for
// standalone URIs (./standalone-uri.ts). Backslash escapes are marked with
// \x00 first (../escapes.ts) so escaped characters never count as markup.
import type { InlineContext, InlineHandle, InlineResult } from '../api.js';
import { escapeToNull } from '../escapes.js';
import { charAt, isAsciiNameCode, isNameChar, isNonAsciiNameCode } from './chars.js';
import { emphasis } from './emphasis.js';
import { recognizeFootnoteReference } from './footnote-reference.js';
import { inlineTarget } from './inline-target.js';
import { recognizeInterpreted, rolePrefixEnd } from './interpreted.js';
import { literal } from './literal.js';
import { problematic } from './problematic.js';
import { recognizeReference } from './reference.js';
import { recognizeSimple } from './simple-markup.js';
import { InlineState, NO_MATCH, SKIP } from './state.js';
import { strong } from './strong.js';
import { substitutionReference } from './substitution-reference.js';

export type { InlineContext, InlineResult } from '../api.js';

/** Parse the inline markup of `text`, whose first line is line `lineno` of the source. */
export function parseInline(text: string, lineno: number, ctx: InlineContext): InlineResult {
  const state = new InlineState(escapeToNull(text), lineno, ctx, makeHandle);
  scan(state);
  state.release();
  return { nodes: state.out, messages: state.messages };
}

function makeHandle(ctx: InlineContext): InlineHandle {
  return {
    document: ctx.document,
    reporter: ctx.document.reporter,
    parse: (inner, innerLine) => parseInline(inner, innerLine, ctx),
    problematic: (rawText, message) => problematic(ctx.document, rawText, message),
  };
}

/** Run the recognizers over the text; constructs emit their nodes (and the text before them) into state.out. */
function scan(state: InlineState): void {
  const s = state.s;
  const length = s.length;
  const characterLevel = state.characterLevel;
  let segmentStart = 0;
  let p = 0;
  while (p < length) {
    const code = s.charCodeAt(p);
    if (code < 128) {
      const kind = ASCII_START[code];
      if (kind !== MARKUP_START) {
        // Not markup: only a simple reference can start here, and none can before the run of name
        // characters leading up to the next `_`. Jump to that run or to the next markup character.
        const from = state.referenceFrom(p);
        if (p < from) {
          p = state.nextMarkup(p + 1, from);
          continue;
        }
        if (kind === CANNOT_START) {
          p++;
          continue;
        }
        if (p !== segmentStart && !characterLevel && isWordCode(s.charCodeAt(p - 1))) {
          // Inside a word: rule 6 rules out every construct up to the word's end.
          p = wordEnd(s, p + 1);
          continue;
        }
      }
    } else {
      const from = state.referenceFrom(p);
      if (p < from) {
        p = state.nextMarkup(p + 1, from);
        continue;
      }
      // Non-ASCII: only letters and digits can start a construct (a simple reference). Tested by
      // code unit where possible: a one-character string per CJK character was a hot spot.
      if (!(code < 0xd800 || code > 0xdfff ? isNonAsciiNameCode(code) : isNameChar(charAt(s, p)))) {
        p++;
        continue;
      }
      if (p !== segmentStart && !characterLevel && isWordCode(s.charCodeAt(p - 1))) {
        p = wordEnd(s, p + 1);
        continue;
      }
    }
    if (!state.startAllowed(p, segmentStart)) {
      p++;
      continue;
    }
    const end = recognizeAt(state, p, segmentStart);
    if (end === NO_MATCH) {
      // No simple reference starts at this word, nor (rule 6) anywhere inside it: its joiners
      // (`-._+:`) sit between name characters. Character-level markup has no rule 6.
      const run = state.nameRun;
      p = !characterLevel && run.start <= p && p < run.end ? run.end : p + 1;
      continue;
    }
    if (end === SKIP) {
      segmentStart = p = state.resumeAt;
      continue;
    }
    state.textStart = segmentStart = p = end;
  }
  state.flushText(length);
}

/**
 * Is the code unit a letter or digit that is a whole character (not half of a surrogate pair)? A
 * name character after one of these is inside a word, where rule 6 allows no start-string (no
 * letter or digit may precede one).
 */
function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_START[code] === NAME_START;
  return (code < 0xd800 || code > 0xdfff) && isNonAsciiNameCode(code);
}

/** End of the run of word code units (see isWordCode) at `i`. */
function wordEnd(s: string, i: number): number {
  while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
  return i;
}

const CANNOT_START = 0;
const MARKUP_START = 1;
const NAME_START = 2;

/** How each ASCII character may begin a construct: markup characters, letters and digits (simple references), or not at all. */
const ASCII_START = (() => {
  const table = new Uint8Array(128);
  for (const ch of '*`_|[:') table[ch.charCodeAt(0)] = MARKUP_START;
  for (let code = 0; code < 128; code++) if (isAsciiNameCode(code)) table[code] = NAME_START;
  return table;
})();

/** The construct starting at `p`, trying them in the order docutils' grammar does. */
function recognizeAt(state: InlineState, p: number, segmentStart: number): number {
  const s = state.s;
  const code = s.charCodeAt(p);
  const next = s.charCodeAt(p + 1);
  // Start-strings of constructs with content; rule 1: not followed by whitespace.
  switch (code) {
    case ASTERISK:
      if (next === ASTERISK) return state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, strong, p, segmentStart) : NO_MATCH;
      return state.nonWhitespaceAt(p + 1) ? recognizeSimple(state, emphasis, p, segmentStart) : NO_MATCH;
    case BACKQUOTE:
      if (next === BACKQUOTE) return state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, literal, p, segmentStart) : NO_MATCH;
      return state.nonWhitespaceAt(p + 1) ? recognizeInterpreted(state, p, p, segmentStart) : NO_MATCH;
    case UNDERSCORE:
      return next === BACKQUOTE && state.nonWhitespaceAt(p + 2) ? recognizeSimple(state, inlineTarget, p, segmentStart) : NO_MATCH;
    case BAR:
      return next !== BAR && state.nonWhitespaceAt(p + 1) ? recognizeSimple(state, substitutionReference, p, segmentStart) : NO_MATCH;
    case OPEN_BRACKET:
      return recognizeFootnoteReference(state, p);
    case COLON: {
      const roleEnd = rolePrefixEnd(s, p);
      if (roleEnd < 0 || s.charCodeAt(roleEnd + 1) === BACKQUOTE || !state.nonWhitespaceAt(roleEnd + 1)) return NO_MATCH;
      return recognizeInterpreted(state, p, roleEnd, segmentStart);
    }
    default:
      return recognizeReference(state, p);
  }
}

const ASTERISK = 0x2a;
const BACKQUOTE = 0x60;
const UNDERSCORE = 0x5f;
const BAR = 0x7c;
const OPEN_BRACKET = 0x5b;
const COLON = 0x3a;

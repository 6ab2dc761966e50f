// Standalone hyperlinks: URIs with a known scheme and e-mail addresses in
// running text become references.
//
//     See http://example.com/path?q=1#frag, or mail someone@example.com.
//         ^ absolute URI (scheme from ./uri-schemes.ts)  ^ e-mail -> refuri "mailto:..."
//
// Trailing punctuation is not part of a URI ("ftp://host." links "ftp://host"),
// except before `>` (`<http://example.org/dot.>`).
import type { DoctreeNode, Position, Text } from '../../doctree/types.js';
import { unescape } from '../escapes.js';
import { allowedBeforeStart, charBefore } from './chars.js';
import { URI_SCHEMES } from './uri-schemes.js';

// RFC 2396/2732 URI characters; \x00 marks a backslash-escape, allowed inside URIs.
const URIC = "[-_.!~*'()[\\];/:@&=+$,%a-zA-Z0-9\\x00]";
const URI_LAST = '[_~*/=+a-zA-Z0-9]';
const URI_END = `(?:${URI_LAST}|${URIC}(?=[>]))`;
const EMAILC = "[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\\x00]";
const ABSOLUTE = `(?<scheme>[a-zA-Z][a-zA-Z0-9.+-]*):(?:\\/\\/?)?${URIC}*${URI_END}(?:\\?${URIC}*${URI_END})?(?:#${URIC}*${URI_END})?`;
const EMAIL = `(?<email>${EMAILC}+(?:\\.${EMAILC}+)*(?<!\\x00)@${EMAILC}+(?:\\.${EMAILC}*)*${URI_END})`;
// Rule 7 (what may follow an end-string); non-ASCII followers must be punctuation.
const FOLLOWER = `(?=$|[\\s\\x00\\-.,:;!?\\\\/'")\\]}>\\u201a\\u201e]|(?![\\x00-\\x7f])[\\p{Pd}\\p{Po}\\p{Pe}\\p{Pi}\\p{Pf}])`;

// The two kinds of match tried separately (a URI first, as docutils' alternation does): `test` on a
// sticky expression tells where a match ends without building a result array per candidate.
const sticky = (pattern: string, characterLevel: boolean) => new RegExp(`(?:${pattern})${characterLevel ? '' : FOLLOWER}`, 'uy');
const URI_PATTERN = ABSOLUTE.replace('(?<scheme>', '(?:');
const EMAIL_PATTERN = EMAIL.replace('(?<email>', '(?:');
const STRICT_URI_AT = sticky(URI_PATTERN, false);
const STRICT_EMAIL_AT = sticky(EMAIL_PATTERN, false);
const CHARACTER_LEVEL_URI_AT = sticky(URI_PATTERN, true);
const CHARACTER_LEVEL_EMAIL_AT = sticky(EMAIL_PATTERN, true);
const AT_START = new RegExp(`^(?:${ABSOLUTE}|${EMAIL})${FOLLOWER}`, 'u');

/** Next `:` and `@` at or after the scan position (-1: none left; -2: not searched yet), kept across the searches of one text. */
interface AnchorCache {
  colon: number;
  at: number;
}

/** The last match firstMatch found (one record, reused: texts can hold thousands of links). */
const match = { start: 0, end: 0, email: false };

const SCHEME_CHARS = asciiSet('a-zA-Z0-9.+-');
const EMAIL_CHARS = asciiSet("-_!~*'{|}/#?^`&=+$%a-zA-Z0-9.\x00");

/** A lookup table for a character class of ASCII characters and ranges (`a-z`; `-` first or last is literal). */
function asciiSet(spec: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < spec.length; i++) {
    if (spec[i + 1] === '-' && i + 2 < spec.length) {
      for (let c = spec.charCodeAt(i); c <= spec.charCodeAt(i + 2); c++) table[c] = 1;
      i += 2;
    } else table[spec.charCodeAt(i)] = 1;
  }
  return table;
}

/** Start of the run of `set` characters that ends just before `anchor` (not before `from`). */
function runStart(s: string, anchor: number, from: number, set: Uint8Array): number {
  let i = anchor;
  while (i > from) {
    const code = s.charCodeAt(i - 1);
    if (code >= 128 || !set[code]) break;
    i--;
  }
  return i;
}

/**
 * The leftmost URI or e-mail address in `s` at or after `from` (which counts
 * as the start of the text). A URI needs a scheme ending in `:`, an address
 * an `@`; each such anchor limits where a match can start to the run of
 * scheme or address characters just before it. Those runs never overlap (no
 * anchor belongs to a run), so the search costs linear time however long the
 * text, and the regular expression runs only at real candidates.
 */
function firstMatch(s: string, characterLevel: boolean, from: number, next: AnchorCache): boolean {
  const uriAt = characterLevel ? CHARACTER_LEVEL_URI_AT : STRICT_URI_AT;
  const emailAt = characterLevel ? CHARACTER_LEVEL_EMAIL_AT : STRICT_EMAIL_AT;
  let anchor = from;
  for (;;) {
    // Search again only for an anchor kind the scan has moved past: searching both afresh at every
    // anchor rescanned the rest of the text each time (quadratic for many addresses and no colon).
    if (next.colon !== -1 && next.colon < anchor) next.colon = s.indexOf(':', anchor);
    if (next.at !== -1 && next.at < anchor) next.at = s.indexOf('@', anchor);
    const colon = next.colon;
    const at = next.at;
    if (colon < 0 && at < 0) return false;
    anchor = colon < 0 ? at : at < 0 ? colon : Math.min(colon, at);
    const isColon = anchor === colon;
    const start = runStart(s, anchor, from, isColon ? SCHEME_CHARS : EMAIL_CHARS);
    for (let p = start; p < anchor; p++) {
      const code = s.charCodeAt(p);
      if (isColon && !((code >= 65 && code <= 90) || (code >= 97 && code <= 122))) continue;
      if (p > from && (characterLevel ? s[p - 1] === '\x00' : !allowedBeforeStart(charBefore(s, p)))) continue;
      uriAt.lastIndex = p;
      if (uriAt.test(s)) return found(p, uriAt.lastIndex, false);
      emailAt.lastIndex = p;
      if (emailAt.test(s)) return found(p, emailAt.lastIndex, true);
    }
    anchor++;
  }
}

function found(start: number, end: number, email: boolean): true {
  match.start = start;
  match.end = end;
  match.email = email;
  return true;
}

const WHOLE_EMAIL = new RegExp(`^${EMAIL}$`, 'u');

/** Is `s` exactly an e-mail address (embedded `<jdoe@example.com>` becomes a mailto: link)? */
export function isEmailAddress(s: string): boolean {
  return WHOLE_EMAIL.test(s);
}

/** Does `s` (escape-marked) begin with something shaped like a URI or e-mail address? */
export function startsWithUri(s: string): boolean {
  return AT_START.test(s);
}

/** Where the nodes of a text chunk come from: positions of offsets in the whole inline text. */
export interface PositionSource {
  position(start: number, end: number): Position;
}

/**
 * Split escape-marked plain text into text nodes and references for the
 * standalone URIs in it, appended to `out`. As in docutils, only the first
 * URI-shaped match is considered: if its scheme is unknown, the whole text
 * stays plain. `s` starts at offset `base` of the text `where` positions.
 */
export function linkStandaloneUris(s: string, characterLevel: boolean, out: DoctreeNode[], where: PositionSource, base: number): void {
  if (!s.includes(':') && !s.includes('@')) {
    pushText(s, 0, s.length, out, where, base);
    return;
  }
  let offset = 0;
  const anchors: AnchorCache = { colon: -2, at: -2 };
  // docutils searches the text after each link afresh (its start counts as the start of a text), and
  // the text before it too: a match there may end where the link starts. The text after is handled
  // by this loop, the text before by recursion on that slice.
  while (offset < s.length) {
    if (!firstMatch(s, characterLevel, offset, anchors) || !(match.email || URI_SCHEMES.has(schemeAt(s, match.start)))) {
      pushText(s, offset, s.length, out, where, base);
      break;
    }
    // Read before the recursion below, which reuses the record.
    const { start, end, email } = match;
    if (start > offset) linkStandaloneUris(s.slice(offset, start), characterLevel, out, where, base + offset);
    const value = unescape(s.slice(start, end));
    const position = where.position(base + start, base + end);
    const link: Text = { type: 'text', value, position };
    out.push({ type: 'reference', attributes: { refuri: (email ? 'mailto:' : '') + value }, children: [link], position });
    offset = end;
  }
}

/** The scheme of the URI matched at `start` (it runs up to the first colon), lowercased. */
function schemeAt(s: string, start: number): string {
  return s.slice(start, s.indexOf(':', start)).toLowerCase();
}

function pushText(s: string, start: number, end: number, out: DoctreeNode[], where: PositionSource, base: number): void {
  const value = unescape(s.slice(start, end));
  if (value !== '') out.push({ type: 'text', value, position: where.position(base + start, base + end) });
}

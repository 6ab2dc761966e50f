// Standalone hyperlinks: URIs with a known scheme and e-mail addresses in
// running text become references.
//
//     See http://example.com/path?q=1#frag, or mail someone@example.com.
//         ^ absolute URI (scheme from ./uri-schemes.ts)  ^ e-mail -> refuri "mailto:..."
//
// Trailing punctuation is not part of a URI ("ftp://host." links "ftp://host"),
// except before `>` (`<http://example.org/dot.>`).
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode } from '../../doctree/types.js';
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

const AT = (characterLevel: boolean) => new RegExp(`(?:${ABSOLUTE}|${EMAIL})${characterLevel ? '' : FOLLOWER}`, 'uy');
const STRICT_AT = AT(false);
const CHARACTER_LEVEL_AT = AT(true);
const AT_START = new RegExp(`^(?:${ABSOLUTE}|${EMAIL})${FOLLOWER}`, 'u');

interface UriMatch {
  start: number;
  end: number;
  email: boolean;
  scheme?: string;
}

/** For each position, where its run of scheme characters and of address characters ends. */
interface Runs {
  schemeEnd: Int32Array;
  localEnd: Int32Array;
}

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

function runsOf(s: string): Runs {
  const n = s.length;
  const schemeEnd = new Int32Array(n + 1);
  const localEnd = new Int32Array(n + 1);
  schemeEnd[n] = localEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const code = s.charCodeAt(i);
    schemeEnd[i] = code < 128 && SCHEME_CHARS[code] ? schemeEnd[i + 1]! : i;
    localEnd[i] = code < 128 && EMAIL_CHARS[code] ? localEnd[i + 1]! : i;
  }
  return { schemeEnd, localEnd };
}

/**
 * The leftmost URI or e-mail address in `s` at or after `from` (which counts
 * as the start of the text). Only positions where one can start are tried: a
 * letter whose run of scheme characters ends in `:`, or a run of address
 * characters ending in `@`; the runs are computed once per text, so long runs
 * without `:` or `@` cost linear time.
 */
function firstMatch(s: string, characterLevel: boolean, runs: Runs, from: number): UriMatch | null {
  const { schemeEnd, localEnd } = runs;
  const re = characterLevel ? CHARACTER_LEVEL_AT : STRICT_AT;
  for (let p = from; p < s.length; p++) {
    const code = s.charCodeAt(p);
    const absolute = ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && s.charCodeAt(schemeEnd[p]!) === 58; /* : */
    const email = localEnd[p]! > p && s.charCodeAt(localEnd[p]!) === 64; /* @ */
    if (!absolute && !email) continue;
    if (p > from && (characterLevel ? s[p - 1] === '\x00' : !allowedBeforeStart(charBefore(s, p)))) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (m) return { start: p, end: p + m[0].length, email: m.groups?.email !== undefined, scheme: m.groups?.scheme };
  }
  return null;
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

/**
 * Split escape-marked plain text into text nodes and references for the
 * standalone URIs in it. As in docutils, only the first URI-shaped match is
 * considered: if its scheme is unknown, the whole text stays plain.
 */
export function linkStandaloneUris(s: string, characterLevel: boolean, position?: (start: number, end: number) => DoctreeNode['position']): DoctreeNode[] {
  const out: DoctreeNode[] = [];
  if (!s.includes(':') && !s.includes('@')) {
    pushText(0, s.length);
    return out;
  }
  const runs = runsOf(s);
  let offset = 0;
  // docutils searches the text after each link afresh (its start counts as the start of a text), and
  // the text before it too: a match there may end where the link starts. The text after is handled
  // by this loop, the text before by recursion on that slice.
  while (offset < s.length) {
    const m = firstMatch(s, characterLevel, runs, offset);
    if (!m || !(m.email || URI_SCHEMES.has(m.scheme!.toLowerCase()))) {
      pushText(offset, s.length);
      break;
    }
    if (m.start > offset) {
      const before = s.slice(offset, m.start);
      const at = offset;
      out.push(...linkStandaloneUris(before, characterLevel, position && ((a, b) => position(at + a, at + b))));
    }
    const raw = s.slice(m.start, m.end);
    const where = position?.(m.start, m.end);
    out.push(el('reference', { refuri: (m.email ? 'mailto:' : '') + unescape(raw) }, [text(unescape(raw), where)], where));
    offset = m.end;
  }
  return out;

  function pushText(start: number, end: number): void {
    const value = unescape(s.slice(start, end));
    if (value !== '') out.push(text(value, position?.(start, end)));
  }
}

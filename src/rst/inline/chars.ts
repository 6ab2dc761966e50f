// Character classes behind the inline markup recognition rules of the
// reStructuredText spec ("Inline markup recognition rules"). Each rule talks
// about "whitespace", openers/closers (Unicode Ps/Pe/Pi/Pf) and delimiters
// (Unicode Pd/Po); ASCII characters are listed explicitly by the spec, so the
// Unicode categories only decide for non-ASCII characters.
//
//     see *this*, (*this*), -*this*-   start-string preceded by space, opener, delimiter
//     x*2*                             ... but not by a letter: no markup

const WHITESPACE = /^\s$/u;

// Unicode category tests memoized per BMP code unit: one regex test per character dominated the
// inline scan of non-Latin prose. Bits: CLASSIFIED once computed, then one bit per property.
const CLASSIFIED = 1;
const SPACE_BIT = 2;
const WORD_BIT = 4;
const BEFORE_START_BIT = 8;
const AFTER_END_BIT = 16;
const bmpClass = new Uint8Array(0x10000);

function classify(code: number): number {
  let bits = bmpClass[code]!;
  if (bits !== 0) return bits;
  const ch = String.fromCharCode(code);
  bits = CLASSIFIED;
  const space = code === 0x85 || (code !== 0xfeff && WHITESPACE.test(ch));
  if (space) bits |= SPACE_BIT | BEFORE_START_BIT | AFTER_END_BIT;
  if (WORD.test(ch)) bits |= WORD_BIT;
  if (NON_ASCII_BEFORE_START.test(ch)) bits |= BEFORE_START_BIT;
  if (NON_ASCII_AFTER_END.test(ch)) bits |= AFTER_END_BIT;
  bmpClass[code] = bits;
  return bits;
}

/** Class bits of a non-ASCII character `ch` (one code point), or -1 for an astral one (not memoized). */
function nonAsciiClass(ch: string): number {
  return ch.length === 1 ? classify(ch.charCodeAt(0)) : -1;
}

/**
 * Rule tests by UTF-16 code unit, for callers scanning with charCodeAt: they spare building a
 * one-character string per character (CJK characters are not cached by V8). A surrogate is not
 * a whole character: those return undefined and the caller falls back to the string tests.
 */
export function allowedBeforeStartCode(code: number): boolean | undefined {
  if (code < 128) return ASCII_BEFORE_START[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  return (classify(code) & BEFORE_START_BIT) !== 0;
}

export function allowedAfterEndCode(code: number): boolean | undefined {
  if (code < 128) return ASCII_AFTER_END[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  return (classify(code) & AFTER_END_BIT) !== 0;
}

export function isWhitespaceCode(code: number): boolean | undefined {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x1f);
  if (code >= 0xd800 && code <= 0xdfff) return undefined;
  return (classify(code) & SPACE_BIT) !== 0;
}

/** Is the non-ASCII BMP code unit `code` a letter or digit (memoized)? Surrogates are not: callers use isNameChar(charAt(...)) for them. */
export function isNonAsciiNameCode(code: number): boolean {
  return (classify(code) & WORD_BIT) !== 0;
}
/** Python's str.isspace() (what `\s` means to docutils); JS `\s` adds U+FEFF and misses U+1C-U+1F, U+85. */
export function isWhitespace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x1f);
  if (code === 0x85) return true;
  if (code === 0xfeff) return false;
  const bits = nonAsciiClass(ch);
  if (bits >= 0) return (bits & SPACE_BIT) !== 0;
  return WHITESPACE.test(ch);
}

const NON_ASCII_BEFORE_START = /^[\p{Ps}\p{Pi}\p{Pf}\p{Pd}\p{Po}]$/u;
// Low-9 quotation marks are Ps, yet close quotations in Greek ("“*x*„").
const NON_ASCII_AFTER_END = /^[\p{Pe}\p{Pi}\p{Pf}\p{Pd}\p{Po}\u201a\u201e]$/u;
const ASCII_BEFORE_START = asciiTable(`-:/'"<([{ \t\n\v\f\r\x1c\x1d\x1e\x1f`);
const ASCII_AFTER_END = asciiTable(`-.,:;!?\\/'")]}> \t\n\v\f\r\x1c\x1d\x1e\x1f\x00`);

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Rule 6: what may stand right before a start-string (when markup is not character-level): whitespace, `-:/'"<([{`, similar punctuation. */
export function allowedBeforeStart(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII_BEFORE_START[code] === 1;
  const bits = nonAsciiClass(ch);
  if (bits >= 0) return (bits & BEFORE_START_BIT) !== 0;
  return isWhitespace(ch) || NON_ASCII_BEFORE_START.test(ch);
}

/** Rule 7: what may stand right after an end-string: whitespace, `-.,:;!?\/'")]}>`, similar punctuation, and \x00 (an escaped character: `*x*\ y`). */
export function allowedAfterEnd(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return ASCII_AFTER_END[code] === 1;
  const bits = nonAsciiClass(ch);
  if (bits >= 0) return (bits & AFTER_END_BIT) !== 0;
  return isWhitespace(ch) || NON_ASCII_AFTER_END.test(ch);
}

// Rule 5: a start-string between a matching opener and closer is "quoted".
// Quotation marks pair differently across languages (German „…“, Swedish »…»),
// so every pairing in international use counts.
const QUOTE_PAIRS: Record<string, string> = {
  '«': '»', '»': '»«', '‹': '›', '›': '›‹',
  '‘': '’‚', '’': '’‘', '‚': '‛‘’', '‛': '‚',
  '“': '”„', '”': '”“', '„': '‟“”', '‟': '„',
  '⸂': '⸃', '⸃': '⸂', '⸄': '⸅', '⸅': '⸄', '⸉': '⸊', '⸊': '⸉',
  '⸌': '⸍', '⸍': '⸌', '⸜': '⸝', '⸝': '⸜', '⸠': '⸡', '⸡': '⸠',
  '"': '"', "'": "'", '(': ')', '[': ']', '{': '}', '<': '>',
  '〝': '〞〟',
};
const OPEN_BRACKET = /^\p{Ps}$/u;
const CLOSE_BRACKET = /^\p{Pe}$/u;

/** The closer each ASCII opener pairs with (code units; 0 for none). */
const ASCII_CLOSER = (() => {
  const table = new Uint8Array(128);
  for (const [open, close] of ['""', "''", '()', '[]', '{}', '<>']) table[open!.charCodeAt(0)] = close!.charCodeAt(0);
  return table;
})();

/**
 * isQuotePair by UTF-16 code unit, for the common case of an ASCII character before the
 * start-string (no one-character strings, no regular expression); undefined when `before` is
 * not ASCII (the caller falls back to isQuotePair).
 */
export function isQuotePairCode(before: number, after: number): boolean | undefined {
  if (before >= 128) return undefined;
  const closer = ASCII_CLOSER[before]!;
  return closer !== 0 && after === closer;
}

export function isQuotePair(before: string, after: string): boolean {
  const closers = QUOTE_PAIRS[before];
  if (closers !== undefined) return closers.includes(after);
  // Other bracket pairs are neighbours in Unicode: 「」 『』 ⁅⁆ ...
  if (OPEN_BRACKET.test(before) && CLOSE_BRACKET.test(after)) return after.codePointAt(0) === before.codePointAt(0)! + 1;
  return false;
}

const WORD = /^[\p{L}\p{N}]$/u;
/** ASCII letters and digits. */
export function isAsciiNameCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A letter or digit (Python's `\w` without the underscore): the body of reference names. */
export function isNameChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return isAsciiNameCode(code);
  const bits = nonAsciiClass(ch);
  if (bits >= 0) return (bits & WORD_BIT) !== 0;
  return WORD.test(ch);
}

/** Punctuation allowed inside a simple reference name between name characters: `r_e-f`, `a.b`, `x+y`, `a:b`. */
export function isNameJoiner(ch: string): boolean {
  return ch === '-' || ch === '.' || ch === '_' || ch === '+' || ch === ':';
}

/** The character at `i` as a full code point (so astral letters and punctuation classify correctly). */
export function charAt(s: string, i: number): string {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) return s.slice(i, i + 2);
  return s[i] ?? '';
}

/** The character ending just before `i` as a full code point. */
export function charBefore(s: string, i: number): string {
  const code = s.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1] ?? '';
}

/**
 * Length of the simple reference name starting at `i` (the spec's "simple
 * reference names": name characters, joined by single `-._+:`), or 0.
 * Returns the longest such name; callers shorten it when what follows does not fit.
 */
export function simpleNameEnd(s: string, i: number): number {
  let j = i;
  for (;;) {
    // A run of name characters (ASCII fast path; others may be astral, hence charAt).
    const runStart = j;
    while (j < s.length) {
      const code = s.charCodeAt(j);
      if (code < 128) {
        if (!isAsciiNameCode(code)) break;
        j++;
      } else if (code < 0xd800 || code > 0xdfff) {
        if (!isNonAsciiNameCode(code)) break;
        j++;
      } else {
        const ch = charAt(s, j);
        if (!WORD.test(ch)) break;
        j += ch.length;
      }
    }
    if (j === runStart) return i; // only possible at i: a joiner is taken only before a name character
    if (j + 1 < s.length && isNameJoiner(s[j]!) && isNameChar(charAt(s, j + 1))) {
      j += 1;
      continue;
    }
    return j;
  }
}

// Source text -> lines, and the indentation primitives every block construct
// uses. Lines are kept in one array; nested blocks get dedented copies made
// with `slice`, which V8 implements without copying characters, so deep
// nesting stays linear in the input size.

/**
 * Does the source break lines (or need spaces) anywhere other than at \n? Nine indexOf scans are
 * several times faster than one regular expression scan for a character class over the source.
 */
function hasOtherBreaks(source: string): boolean {
  return (
    source.indexOf('\r') !== -1 || source.indexOf('\v') !== -1 || source.indexOf('\f') !== -1 ||
    source.indexOf('\x1c') !== -1 || source.indexOf('\x1d') !== -1 || source.indexOf('\x1e') !== -1 ||
    source.indexOf('\x85') !== -1 || source.indexOf('\u2028') !== -1 || source.indexOf('\u2029') !== -1
  );
}

/**
 * Split into lines as docutils reads input: vertical tabs and form feeds become
 * spaces, lines break where Python's splitlines() breaks them, tabs are
 * expanded and trailing whitespace is stripped.
 */
export function toLines(source: string, tabWidth: number): string[] {
  let raw: string[];
  if (hasOtherBreaks(source)) {
    raw = source.replace(/[\v\f]/g, ' ').split(/\r\n|[\n\r\x1c\x1d\x1e\x85\u2028\u2029]/);
  } else {
    // Almost all sources break lines with \n only.
    raw = source.split('\n');
  }
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  // Lines are right-stripped in place: the array split made is the result.
  const tabs = source.indexOf('\t') !== -1;
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (tabs && line.includes('\t')) line = expandTabs(line, tabWidth);
    raw[i] = rstrip(line);
  }
  return raw;
}

export function expandTabs(line: string, tabWidth: number): string {
  let out = '';
  let column = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const spaces = tabWidth > 0 ? tabWidth - (column % tabWidth) : 0;
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + 1;
    }
  }
  return out;
}

export function rstrip(line: string): string {
  // Python's str.rstrip() strips all Unicode whitespace.
  const last = line.charCodeAt(line.length - 1);
  if (line.length === 0 || (last > 32 && last < 127)) return line;
  // Most other last characters (CJK prose ends lines in 。) are not whitespace: skip the regex.
  if (last > 127 && !isJsSpaceCode(last)) return line;
  return line.replace(/\s+$/, '');
}

/** Non-ASCII code units in JavaScript's `\s` (what the regex above strips). */
function isJsSpaceCode(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Number of leading spaces, counting at most `limit`. */
export function indentOf(line: string, limit = Infinity): number {
  let i = 0;
  while (i < limit && i < line.length && line.charCodeAt(i) === 32) i++;
  return i;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}]/u;
const COMBINING = /\p{M}/u;
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Display width: East Asian wide characters count 2, combining characters 0 (docutils' column_width). */
export function columnWidth(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    if (COMBINING.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

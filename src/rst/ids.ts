// Reference names and identifiers, following the rules the reStructuredText
// spec gives ("Reference Names") and docutils' identifier normalization, so
// that ids match docutils' output character for character.

/** Whitespace-normalized, case-folded reference name (the spec: names are whitespace-neutral and case-insensitive). */
export function normalizeName(name: string): string {
  const spaced = whitespaceNormalize(name);
  return isLowerCase(spaced) ? spaced : spaced.toLowerCase();
}

/**
 * True when toLowerCase would change nothing, checked without building a new string: ASCII
 * without capitals, and CJK text (ideographs, kana, Hangul have no case; for these two-byte
 * strings toLowerCase is a general Unicode conversion). Anything else is left to toLowerCase.
 */
function isLowerCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) return false;
    } else if (!((code >= 0x3000 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff))) {
      return false;
    }
  }
  return true;
}

/** Collapse runs of whitespace to one space and trim (names keep their case). */
export function whitespaceNormalize(name: string): string {
  if (isNormallySpaced(name)) return name;
  return name.split(/\s+/).filter(Boolean).join(' ');
}

/**
 * Non-empty, and words separated by single spaces only: the name is already normalized (nearly
 * all are). A loop rather than /^\S+(?: \S+)*$/: names are normalized for every reference and target.
 */
function isNormallySpaced(name: string): boolean {
  const n = name.length;
  if (n === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const code = name.charCodeAt(i);
    if (code === 32) {
      if (name.charCodeAt(i + 1) === 32) return false;
    } else if (isJsSpace(code)) {
      return false;
    }
  }
  return true;
}

/** Characters JavaScript's `\s` matches, other than the plain space. */
function isJsSpace(code: number): boolean {
  if (code < 0x80) return code >= 9 && code <= 13;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// Latin letters that Unicode decomposition does not reduce to ASCII, mapped as docutils maps them.
const SINGLE: Record<number, string> = {
  0xf8: 'o', 0x111: 'd', 0x127: 'h', 0x131: 'i', 0x142: 'l', 0x167: 't', 0x180: 'b', 0x183: 'b', 0x188: 'c',
  0x18c: 'd', 0x192: 'f', 0x199: 'k', 0x19a: 'l', 0x19e: 'n', 0x1a5: 'p', 0x1ab: 't', 0x1ad: 't', 0x1b4: 'y',
  0x1b6: 'z', 0x1e5: 'g', 0x225: 'z', 0x234: 'l', 0x235: 'n', 0x236: 't', 0x237: 'j', 0x23c: 'c', 0x23f: 's',
  0x240: 'z', 0x247: 'e', 0x249: 'j', 0x24b: 'q', 0x24d: 'r', 0x24f: 'y',
};
const DIGRAPHS: Record<number, string> = { 0xdf: 'sz', 0xe6: 'ae', 0x153: 'oe', 0x238: 'db', 0x239: 'qp' };

/**
 * An identifier valid in HTML/CSS and most output formats: lowercase ASCII
 * letters, digits and single hyphens, starting with a letter.
 */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function makeId(name: string): string {
  // Most names are plain ASCII: nothing to transliterate or decompose.
  if (PLAIN_ASCII.test(name)) return makeAsciiId(name);
  // Names mixing ASCII with CJK text (section titles like "步骤 1"): the CJK characters would all
  // be dropped below, so drop them here and skip the per-character transliteration.
  const ascii = withoutDroppedCjk(name);
  if (ascii !== null) return makeAsciiId(ascii);
  let id = '';
  for (const ch of name.toLowerCase()) {
    const code = ch.codePointAt(0)!;
    id += DIGRAPHS[code] ?? SINGLE[code] ?? ch;
  }
  // Decompose accented letters and drop what is not ASCII.
  id = id.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  id = id.split(/\s+/).filter(Boolean).join(' ');
  id = id.replace(/[^a-z0-9]+/g, '-');
  return id.replace(/^[-0-9]+|-+$/g, '');
}

/**
 * makeId of a printable-ASCII name without regular expressions (every target, section and
 * duplicate name needs one): lowercase, drop everything before the first letter, join the runs of
 * letters and digits with single hyphens. A name that already is an id comes back as it is.
 */
function makeAsciiId(name: string): string {
  const lower = name.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n && !isLowerLetter(lower.charCodeAt(i))) i++;
  let out = '';
  while (i < n) {
    let j = i;
    while (j < n && isLowerAlnum(lower.charCodeAt(j))) j++;
    out = out === '' ? lower.slice(i, j) : out + '-' + lower.slice(i, j);
    while (j < n && !isLowerAlnum(lower.charCodeAt(j))) j++;
    i = j;
  }
  return out;
}

/**
 * `name` without its CJK ideographs, kana and Hangul syllables, or null when it holds any other
 * non-ASCII character (or an ASCII control character). The characters dropped have no case and
 * no compatibility decomposition containing ASCII (checked for each one against String#normalize),
 * so makeId's general path removes them without a trace; U+3000 (ideographic space, decomposing
 * to a space) and U+309B/U+309C (kana voicing marks, decomposing to a space and a mark) are not
 * among them.
 */
function withoutDroppedCjk(name: string): string | null {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) continue;
    if (!isDroppedCjk(code)) return null;
    if (runStart < i) out += name.slice(runStart, i);
    runStart = i + 1;
  }
  return runStart < name.length ? out + name.slice(runStart) : out;
}

function isDroppedCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3001 && code <= 0x309a) || // CJK punctuation, hiragana
    (code >= 0x309d && code <= 0x30ff) || // katakana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) // CJK compatibility ideographs
  );
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isLowerAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

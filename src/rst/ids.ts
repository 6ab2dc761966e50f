// Reference names and identifiers, following the rules the reStructuredText
// spec gives ("Reference Names") and docutils' identifier normalization, so
// that ids match docutils' output character for character.

/** Whitespace-normalized, case-folded reference name (the spec: names are whitespace-neutral and case-insensitive). */
export function normalizeName(name: string): string {
  return whitespaceNormalize(name).toLowerCase();
}

const NORMAL_SPACING = /^\S+(?: \S+)*$/;

/** Collapse runs of whitespace to one space and trim (names keep their case). */
export function whitespaceNormalize(name: string): string {
  if (NORMAL_SPACING.test(name)) return name;
  return name.split(/\s+/).filter(Boolean).join(' ');
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

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isLowerAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

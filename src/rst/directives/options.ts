// Directive option converters: each takes the option's text as written (null
// when the field body is empty) and returns the value the directive uses, or
// throws an Error whose message is docutils' wording. The directive framework
// wraps that message as docutils does:
//
//     invalid option value: (option: "scale"; value: 'fifty')
//     invalid literal for int() with base 10: 'fifty'.
//
// so messages here carry no final period. Python-flavoured texts (`int()`,
// reprs) are kept on purpose: users compare our messages with docutils'.
import type { OptionConverter } from '../api.js';
import { escapeToNull } from '../escapes.js';
import { makeId } from '../ids.js';
import { pythonRepr } from '../python-repr.js';

/** Python's repr() of a string (quotes chosen as Python chooses them). */
export function pyRepr(value: string | null | undefined): string {
  return pythonRepr(value);
}

/** Python's repr() of a list of strings, e.g. `['a', 'b']`. */
export function pyListRepr(values: readonly string[]): string {
  return '[' + values.map(pyRepr).join(', ') + ']';
}

/** An option that takes no value (`:local:`); the value is `null`. */
export const flag: OptionConverter = (value) => {
  if (value !== null && value.trim() !== '') throw new Error(`no argument is allowed; "${value}" supplied`);
  return null;
};

/** Any text; an empty option gives ''. */
export const unchanged: OptionConverter = (value) => value ?? '';

/** Any text, but some text is required. */
export const unchangedRequired: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  return value;
};

/** A file path: the lines of a wrapped path are joined with their surrounding whitespace removed. */
export const path: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  return value.split('\n').map((line) => line.trim()).join('');
};

/**
 * A URI: unescaped whitespace (line wraps, stray spaces) is removed, while a
 * backslash-escaped space stays a real space (`path\ with\ spaces`).
 */
export const uri: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  return joinUri(value);
};

export function joinUri(value: string): string {
  const marked = escapeToNull(value);
  return marked
    .split(/\x00[ \n]/)
    .map((part) => part.replace(/\s+/g, '').replace(/\x00/g, ''))
    .join(' ');
}

/** Python's int(): optional sign, digits, surrounding whitespace, underscores between digits. */
function pyInt(value: string | null): number {
  if (value === null) throw new Error("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  const match = /^\s*([+-]?)(\d(?:_?\d)*)\s*$/.exec(value);
  if (!match) throw new Error(`invalid literal for int() with base 10: ${pyRepr(value)}`);
  const n = Number(match[2]!.replace(/_/g, ''));
  return match[1] === '-' ? -n : n;
}

/** Any integer (Python's int()). */
export const integer: OptionConverter = (value) => pyInt(value);

/** An integer >= 0. */
export const nonnegativeInt: OptionConverter = (value) => {
  const n = pyInt(value);
  if (n < 0) throw new Error('negative value; must be positive or zero');
  return n;
};

/** An integer >= 1. */
export const positiveInt: OptionConverter = (value) => {
  const n = pyInt(value);
  if (n < 1) throw new Error('negative or zero value; must be positive');
  return n;
};

/** Positive integers separated by commas and/or whitespace (`:widths: 10 20, 30`). */
export const positiveIntList: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  const parts = value.includes(',') ? value.split(',') : value.split(/\s+/);
  return parts.filter((part) => part.trim() !== '' || value.includes(',')).map((part) => positiveInt(part) as number);
};

/** A percentage: an integer >= 0 with an optional trailing `%`. */
export const percentage: OptionConverter = (value) => {
  const stripped = value === null ? null : value.replace(/\s*%$/, '');
  return nonnegativeInt(stripped);
};

/** CSS length units docutils accepts, in the order its messages list them. */
export const LENGTH_UNITS = ['em', 'ex', 'ch', 'rem', 'vw', 'vh', 'vmin', 'vmax', 'cm', 'mm', 'Q', 'in', 'pt', 'pc', 'px'];

/**
 * A number followed by one of `units` ('' = unitless allowed); spaces between
 * number and unit are dropped (`100 em` gives `100em`).
 */
export function getMeasure(value: string | null, units: readonly string[]): string {
  const trimmed = (value ?? '').trim();
  const match = /^([0-9.]+) *([a-zA-Z%]*)$/.exec(trimmed);
  const ok = match && units.includes(match[2]!) && isPythonFloat(match[1]!);
  if (!ok) {
    const listed = units.filter((unit) => unit !== '').join(', ');
    throw new Error(`not a positive number or measure of one of the following units:\n${listed}`);
  }
  return match![1]! + match![2]!;
}

function isPythonFloat(digits: string): boolean {
  return /^(\d+\.?\d*|\.\d+)$/.test(digits);
}

/** A length with a unit, or a unitless number (image `:height:`). */
export const lengthOrUnitless: OptionConverter = (value) => getMeasure(value, [...LENGTH_UNITS, '']);

/**
 * A length, a percentage, or a unitless number; `defaultUnit` is appended to
 * a unitless number (figure `:figwidth:` uses 'px').
 */
export function lengthOrPercentageOrUnitless(defaultUnit = ''): OptionConverter {
  return (value) => {
    try {
      return getMeasure(value, [...LENGTH_UNITS, '%']);
    } catch (error) {
      try {
        return getMeasure(value, [...LENGTH_UNITS, '']) + defaultUnit;
      } catch {
        throw error;
      }
    }
  };
}

/** Space-separated class names, each turned into a valid identifier (`Foo_bar` gives `foo-bar`). */
export const classOption: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  const names = value.split(/\s+/).filter(Boolean);
  return names.map((name) => {
    const id = makeId(name);
    if (!id) throw new Error(`cannot make "${name}" into a class name`);
    return id;
  });
};

/** Quote and join choices as docutils lists them: `"a", "b", or "c"`. */
export function formatValues(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')}, or ${quoted[quoted.length - 1]}`;
}

/** One of `values`, compared case-insensitively. */
export function choice(values: readonly string[]): OptionConverter {
  return (value) => {
    if (value === null) throw new Error(`must supply an argument; choose from ${formatValues(values)}`);
    const normalized = value.toLowerCase().trim();
    if (values.includes(normalized)) return normalized;
    throw new Error(`"${value}" unknown; choose from ${formatValues(values)}`);
  };
}

/** `value` itself when it is one of `values`, else `other(value)` (e.g. widths: "auto" or a list). */
export function valueOr(values: readonly string[], other: OptionConverter): OptionConverter {
  return (value) => (value !== null && values.includes(value) ? value : other(value));
}

// Encodings we can decode, under the names Python's codec registry accepts.
const ENCODINGS = new Map<string, string>([
  ['utf8', 'utf-8'], ['utf', 'utf-8'], ['u8', 'utf-8'], ['utf8sig', 'utf-8-sig'],
  ['utf16', 'utf-16'], ['utf16le', 'utf-16-le'], ['utf16be', 'utf-16-be'], ['u16', 'utf-16'],
  ['latin1', 'latin-1'], ['latin', 'latin-1'], ['iso88591', 'latin-1'], ['l1', 'latin-1'], ['8859', 'latin-1'],
  ['cp1252', 'cp1252'], ['windows1252', 'cp1252'],
  ['ascii', 'ascii'], ['usascii', 'ascii'], ['646', 'ascii'],
]);

/** Python's canonical name of an encoding, or undefined when we do not know it. */
export function canonicalEncoding(name: string): string | undefined {
  return ENCODINGS.get(name.toLowerCase().replace(/[-_ ]/g, ''));
}

/** A text encoding name (`:encoding: utf-16`). */
export const encoding: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  if (!canonicalEncoding(value.trim())) throw new Error(`unknown encoding: "${value}"`);
  return value.trim();
};

/**
 * A Unicode character given as a code (`0x2014`, `U+2014`, `\u2014`,
 * `&#x2014;`, or decimal `8212`) or as itself; any other text is returned
 * unchanged. Used by the `unicode` directive and csv-table's `:delim:`.
 */
export function unicodeCode(code: string): string {
  let value: number | undefined;
  if (/^\d+$/.test(code)) value = Number(code);
  else {
    const match = /^(?:0x|x|\\x|U\+?|\\u)([0-9a-f]+)$|^&#x([0-9a-f]+);$/i.exec(code);
    if (match) value = parseInt(match[1] ?? match[2]!, 16);
  }
  if (value === undefined) return code;
  // Python's chr() takes a C int; beyond that it overflows before the range check.
  if (!Number.isSafeInteger(value) || value > 0x7fffffff) throw new Error('code too large (Python int too large to convert to C int)');
  if (value > 0x10ffff) throw new Error('chr() arg not in range(0x110000)');
  return String.fromCodePoint(value);
}

/** A single character, or a Unicode code for one. */
export const singleCharOrUnicode: OptionConverter = (value) => {
  const char = unicodeCode(value ?? '');
  if ([...char].length > 1) throw new Error(`${pyRepr(char)} invalid; must be a single character or a Unicode code`);
  return char;
};

/** Like singleCharOrUnicode, plus the words `tab` and `space`. */
export const singleCharOrWhitespaceOrUnicode: OptionConverter = (value) => {
  if (value === 'tab') return '\t';
  if (value === 'space') return ' ';
  return singleCharOrUnicode(value);
};

/** Names under which docutils finds its reStructuredText parser. */
const RST_PARSER_NAMES = new Set(['rst', 'restructuredtext', 'rest', 'restx', 'rtxt', 'rstx']);

/** A parser for included files. Only reStructuredText is built in; the value is the canonical name 'rst'. */
export const parserName: OptionConverter = (value) => {
  if (value === null) throw new Error('argument required but none supplied');
  const name = value.trim().toLowerCase();
  if (RST_PARSER_NAMES.has(name)) return 'rst';
  throw new Error(`Parser "${value}" not found. No module named ${pyRepr(value)}`);
};

// Enumerated lists (the spec's "Enumerated Lists"): arabic numbers, letters
// or Roman numerals, followed by "." or ")", or enclosed in "()"; "#" numbers
// automatically. Items must be in sequence, and a list item's second line
// must be blank, indented or the next item, otherwise it is a paragraph:
//
//   1. one          (a) first       A. Einstein was a great
//   2. two          (b) second      influence on ...   <- a paragraph
//   #. three
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';
import { listItem } from './list-item.js';

type Format = 'parens' | 'rparen' | 'period';
type Sequence = 'arabic' | 'loweralpha' | 'upperalpha' | 'lowerroman' | 'upperroman';

const ENUM = String.raw`([0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#)`;
const ENUMERATOR = new RegExp(String.raw`^(?:\(${ENUM}\)|${ENUM}\)|${ENUM}\.)( +|$)`);

const SEQUENCES: [Sequence, RegExp][] = [
  ['arabic', /^[0-9]+$/],
  ['loweralpha', /^[a-z]$/],
  ['upperalpha', /^[A-Z]$/],
  ['lowerroman', /^[ivxlcdm]+$/],
  ['upperroman', /^[IVXLCDM]+$/],
];
const FORMATS: Record<Format, { prefix: string; suffix: string }> = {
  parens: { prefix: '(', suffix: ')' },
  rparen: { prefix: '', suffix: ')' },
  period: { prefix: '', suffix: '.' },
};

interface Enumerator {
  format: Format;
  sequence: Sequence | '#';
  text: string;
  ordinal: number | null;
}

function parseEnumerator(match: RegExpExecArray, expected?: Sequence): Enumerator {
  const format: Format = match[1] !== undefined ? 'parens' : match[2] !== undefined ? 'rparen' : 'period';
  const value = match[1] ?? match[2] ?? match[3];
  let sequence: Sequence | '#' | undefined;
  if (value === '#') sequence = '#';
  else if (expected && SEQUENCES.find(([name]) => name === expected)![1].test(value)) sequence = expected;
  else if (value === 'i') sequence = 'lowerroman';
  else if (value === 'I') sequence = 'upperroman';
  else sequence = SEQUENCES.find(([, re]) => re.test(value))![0];
  let ordinal: number | null;
  if (sequence === '#') ordinal = 1;
  else if (sequence === 'arabic') ordinal = parseInt(value, 10);
  else if (sequence.endsWith('alpha')) ordinal = value.toLowerCase().charCodeAt(0) - 96;
  else ordinal = fromRoman(value.toUpperCase());
  return { format, sequence, text: value, ordinal };
}

const ROMAN = /^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: [string, number][] = [
  ['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90],
  ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1],
];

function fromRoman(value: string): number | null {
  if (!value || !ROMAN.test(value)) return null;
  let n = 0;
  let i = 0;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (value.startsWith(numeral, i)) {
      n += amount;
      i += numeral.length;
    }
  }
  return n;
}

function toRoman(n: number): string | null {
  if (n <= 0 || n >= 5000) return null;
  let out = '';
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (n >= amount) {
      out += numeral;
      n -= amount;
    }
  }
  return out;
}

/** The enumerators the next item may start with: the next ordinal, or "#". */
function nextEnumerators(ordinal: number, sequence: Sequence | '#', format: Format): string[] | null {
  let value: string | null;
  if (sequence === '#') value = '#';
  else if (sequence === 'arabic') value = String(ordinal);
  else if (sequence.endsWith('alpha')) value = ordinal > 26 ? null : String.fromCharCode(96 + ordinal);
  else value = toRoman(ordinal);
  if (value === null) return null;
  if (sequence !== '#' && sequence !== 'arabic') value = sequence.startsWith('upper') ? value.toUpperCase() : value.toLowerCase();
  const f = FORMATS[format];
  return [f.prefix + value + f.suffix + ' ', f.prefix + '#' + f.suffix + ' '];
}

/** The line after an item's first line must be blank, indented, or start the next item. */
function looksLikeItem(p: Parser, ctx: BlockContext, e: Enumerator): boolean {
  if (e.ordinal === null) return false;
  const next = ctx.m.lines[ctx.m.pos + 1];
  if (next === undefined || next === '' || next[0] === ' ') return true;
  const expected = nextEnumerators(e.ordinal + 1, e.sequence, e.format);
  return !!expected && expected.some((prefix) => next.startsWith(prefix));
}

/**
 * Without a "(", an enumerator is a run of letters, digits or "#" followed by "." or ")". Every
 * paragraph starts with a letter, so this check spares the regular expression on almost all of them.
 */
function enumeratorShaped(line: string): boolean {
  if (line.charCodeAt(0) === 40 /* ( */) return true;
  let i = 0;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35)) break;
  }
  const after = line.charCodeAt(i);
  return after === 46 /* . */ || after === 41 /* ) */;
}

export const enumeratedList: Construct = {
  name: 'enumerated_list',
  first: '(#0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  pattern: ENUMERATOR,
  mayMatch: enumeratorShaped,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const m = ctx.m;
    const first = parseEnumerator(match);
    if (!looksLikeItem(p, ctx, first)) return false;
    const enumtype = first.sequence === '#' ? 'arabic' : first.sequence;
    const list = p.node(ctx, 'enumerated_list', m.pos, m.pos, {
      enumtype,
      prefix: FORMATS[first.format].prefix,
      suffix: FORMATS[first.format].suffix,
    });
    ctx.parent.children.push(list);
    if (first.ordinal !== 1) {
      list.attributes.start = first.ordinal!;
      ctx.parent.children.push(
        p.reporter.info(`Enumerated list start value not ordinal-1: "${first.text}" (ordinal ${first.ordinal})`, { line: m.lineno() }),
      );
    }
    let auto = first.sequence === '#';
    let lastOrdinal = first.ordinal!;
    let markerEnd = match[0].length;
    for (;;) {
      const { item, blankFinish } = listItem(p, ctx, markerEnd);
      list.children.push(item);
      const nextMatch = m.pos < m.length ? ENUMERATOR.exec(m.lines[m.pos]) : null;
      if (nextMatch) {
        const e = parseEnumerator(nextMatch, enumtype as Sequence);
        const inSequence =
          e.format === first.format &&
          (e.sequence === '#' || (e.sequence === enumtype && !auto && e.ordinal === lastOrdinal + 1)) &&
          looksLikeItem(p, ctx, e);
        if (inSequence) {
          if (e.sequence === '#') auto = true;
          lastOrdinal = e.ordinal!;
          markerEnd = nextMatch[0].length;
          continue;
        }
      }
      if (!blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Enumerated list', m.pos));
      break;
    }
    return true;
  },
};


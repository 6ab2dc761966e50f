// Tables are drawn in monospace, so their structure is measured in display
// columns, not in code units: an East Asian wide character fills two columns
// and a combining accent fills none. A table line is therefore turned into an
// array with one string per display column, where a wide character is followed
// by an empty "pad" column and a combining character joins the column of the
// character it decorates. Joining a slice of the array gives the text back.
//
//     | 日本 | b |   ->   ['|', ' ', '日', '', '本', '', ' ', '|', ' ', 'b', ' ', '|']
//
// An ASCII line already has one code unit per column, so it stays a string
// (indexing, length and slice work the same): most tables allocate nothing.
import { COMBINING_RANGES, WIDE_RANGES } from './unicode-widths.js';

export type Columns = string | readonly string[];

const ASCII = /^[\x00-\x7f]*$/;

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isWide(cp: number): boolean {
  return cp >= 0x1100 ? inRanges(WIDE_RANGES, cp) : cp >= 0x378 && inRanges(WIDE_RANGES, cp);
}

export function isCombining(cp: number): boolean {
  return cp >= 0x300 && inRanges(COMBINING_RANGES, cp);
}

/** Split a line into display columns (see the file comment). */
export function toColumns(line: string): Columns {
  if (ASCII.test(line)) return line;
  const cols: string[] = [];
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    if (isCombining(cp) && cols.length > 0) {
      // A pad column never receives the accent: it belongs to the wide character before it.
      let target = cols.length - 1;
      if (cols[target] === '' && target > 0) target--;
      cols[target] += ch;
    } else if (isWide(cp)) {
      cols.push(ch, '');
    } else {
      cols.push(ch);
    }
  }
  return cols;
}

/** The text of some columns (pad columns vanish). */
export function joinColumns(cols: Columns): string {
  return typeof cols === 'string' ? cols : cols.join('');
}

/** Replace every column holding `from` by `to` (used to turn `=` rules into `-` rules). */
export function replaceColumns(cols: Columns, from: string, to: string): Columns {
  return typeof cols === 'string' ? cols.split(from).join(to) : cols.map((c) => (c === from ? to : c));
}

/** Display width of a string (wide characters count two, combining characters none). */
export function displayWidth(value: string): number {
  if (ASCII.test(value)) return value.length;
  return toColumns(value).length;
}

export function isBlankColumn(col: string | undefined): boolean {
  return col === ' ' || col === '\t' || col === '\v' || col === '\f' || col === '\r' || col === '\n';
}

/** True when columns [from, to) hold only whitespace (or lie past the end). */
export function isBlankSpan(cols: Columns, from: number, to = cols.length): boolean {
  const end = Math.min(to, cols.length);
  for (let i = Math.max(0, from); i < end; i++) if (!isBlankColumn(cols[i])) return false;
  return true;
}

/** Drop leading and trailing whitespace columns. */
export function stripColumns(cols: Columns): Columns {
  let a = 0;
  let b = cols.length;
  while (a < b && isBlankColumn(cols[a])) a++;
  while (b > a && isBlankColumn(cols[b - 1])) b--;
  return a === 0 && b === cols.length ? cols : cols.slice(a, b);
}

/**
 * Cut the rectangle [left, right) out of each line: the text of one table
 * cell. Trailing whitespace goes, and so does the indentation the non-blank
 * lines share, so the cell's content parses as if it stood at the margin.
 */
export function cutBlock(lines: readonly Columns[], left: number, right: number): string[] {
  // Each line's content span is measured first and cut once: one slice per line, not two.
  const ends: number[] = [];
  let indent = Infinity;
  for (const cols of lines) {
    let end = Math.min(right, cols.length);
    while (end > left && isBlankColumn(cols[end - 1])) end--;
    if (end > left) {
      let lead = 0;
      while (isBlankColumn(cols[left + lead])) lead++;
      if (lead < indent) indent = lead;
    }
    ends.push(end);
  }
  const from = left + (indent !== Infinity && indent > 0 ? indent : 0);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) out.push(ends[i] > from ? joinColumns(lines[i].slice(from, ends[i])) : '');
  return out;
}

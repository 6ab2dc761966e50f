// The line cursor one block is parsed with. A document is parsed by one
// Machine over all its lines; every indented block (list item, block quote,
// directive content, ...) gets its own Machine over its dedented lines, so a
// construct only ever sees its own block.
import { indentOf } from './lines.js';

export class Machine {
  pos = 0;
  constructor(
    /** The block's lines, already dedented; blank lines are ''. */
    readonly lines: string[],
    /** 0-based document line index of lines[0]. */
    readonly offset: number,
    /** Per-line document line index, when lines are not consecutive (inserted by `include`). */
    public map: number[] | null = null,
    /** Column (0-based) of the block's left edge in the source, for node positions. */
    readonly column = 0,
  ) {}

  get length(): number {
    return this.lines.length;
  }
  atEnd(): boolean {
    return this.pos >= this.lines.length;
  }
  line(i = this.pos): string {
    return this.lines[i];
  }
  /** 0-based document line index of local line `i`. */
  abs(i = this.pos): number {
    if (this.map) return i < this.map.length ? this.map[i] : (this.map[this.map.length - 1] ?? this.offset) + (i - this.map.length + 1);
    return this.offset + i;
  }
  /** 1-based document line number of local line `i` (what messages print). */
  lineno(i = this.pos): number {
    return this.abs(i) + 1;
  }
  /** Lines are right-stripped, so blank lines are empty; past the end counts as blank. */
  isBlankLine(i: number): boolean {
    return i >= this.lines.length || this.lines[i] === '';
  }
  /** A sub-range as its own Machine input: the document indices follow along. */
  mapSlice(start: number, end: number): number[] | null {
    return this.map ? this.map.slice(start, end) : null;
  }
}

export interface IndentedBlock {
  /** Dedented lines (leading blank lines removed; trailing blanks kept unless trimmed by the caller). */
  lines: string[];
  /** Local index of lines[0] in the machine. */
  start: number;
  /** Local index just past the block (trailing blank lines included). */
  end: number;
  /** The indentation removed from lines after the first. */
  indent: number;
  /** True when the block ended at a blank line or the end of input (docutils' blank_finish). */
  blankFinish: boolean;
}

export interface IndentOptions {
  /** Stop at the first blank line. */
  untilBlank?: boolean;
  /** Remove the common indentation (default true). */
  stripIndent?: boolean;
  /** Every line after the first must be indented at least this much (docutils' block_indent). */
  blockIndent?: number;
  /** The first line belongs to the block whatever its indentation; this many columns are cut from it. */
  firstIndent?: number;
  /** Drop leading blank lines (default true). */
  stripTop?: boolean;
}

/**
 * Collect the indented block starting at `start` (docutils' get_indented and its
 * "known indent" variants): lines that are blank or indented, up to the first
 * line that is not.
 */
export function getIndented(m: Machine, start: number, options: IndentOptions = {}): IndentedBlock {
  const { untilBlank = false, stripIndent = true, blockIndent } = options;
  let firstIndent = options.firstIndent;
  if (blockIndent !== undefined && firstIndent === undefined) firstIndent = blockIndent;
  const lines = m.lines;
  let indent: number | undefined = blockIndent;
  let end = start;
  if (firstIndent !== undefined) end++;
  let blankFinish = true;
  // Lines are right-stripped, so a blank line is ''. Indentation is only measured up to the
  // smallest seen so far: deep nesting then costs O(1) per line and level, not O(indent).
  while (end < lines.length) {
    const line = lines[end];
    if (line === '') {
      if (untilBlank) {
        blankFinish = true;
        break;
      }
      end++;
      continue;
    }
    if (line.charCodeAt(0) !== 32 || (blockIndent !== undefined && indentOf(line, blockIndent) < blockIndent)) {
      blankFinish = end > start && lines[end - 1] === '';
      break;
    }
    if (blockIndent === undefined) indent = indent === undefined ? indentOf(line) : indentOf(line, indent);
    end++;
  }
  const block: string[] = new Array(end - start);
  for (let i = start; i < end; i++) block[i - start] = lines[i];
  if (firstIndent !== undefined && block.length) block[0] = block[0].slice(firstIndent);
  if (indent && stripIndent) {
    for (let i = firstIndent !== undefined ? 1 : 0; i < block.length; i++) block[i] = block[i].slice(indent);
  }
  let first = start;
  let k = 0;
  while (options.stripTop !== false && k < block.length && block[k] === '') {
    k++;
    first++;
  }
  return { lines: k ? block.slice(k) : block, start: first, end, indent: indent ?? 0, blankFinish };
}

/** Drop trailing blank lines. */
export function trimEnd(lines: string[]): string[] {
  let n = lines.length;
  while (n > 0 && lines[n - 1] === '') n--;
  return n === lines.length ? lines : lines.slice(0, n);
}

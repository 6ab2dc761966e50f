// literalinclude's text pipeline, pure (the file is loaded through a function
// given by the caller). The order is the one Sphinx applies, observed with
// sphinx-build 5.3:
//
//   read + decode -> tab-width -> pyobject -> start-at/start-after -> end-at/end-before
//   -> lines -> dedent -> prepend/append          (or, with :diff:, a unified diff)
//
// so `:lines:` counts lines of what the markers selected, and `:dedent:` does
// not touch prepended/appended lines. Every line keeps its number in the file,
// which is what :lineno-match: shows.
import { decode } from './encoding.js';
import { findPythonObject } from './pyobject.js';
import { inRange, LineSpecError, outOfRangeMessage, parseLineSpec, pyRepr } from './linespec.js';
import { unifiedDiff } from './udiff.js';

export interface LiteralIncludeOptions {
  encoding?: string;
  tabWidth?: number;
  pyobject?: string;
  lines?: string;
  startAt?: string;
  startAfter?: string;
  endAt?: string;
  endBefore?: string;
  /** A number of columns, or null for "remove the common indentation"; absent = no dedent. */
  dedent?: number | null;
  prepend?: string;
  append?: string;
  /** Absolute path of the file to diff against (the old version). */
  diff?: string;
  linenoMatch?: boolean;
  linenoStart?: number;
}

export interface ReaderSource {
  /** Absolute path of the included file (printed in messages and diff headers). */
  path: string;
  /** Loads a file's bytes; throws when missing or refused. */
  load(path: string): Uint8Array;
}

export type ReadResult =
  | { ok: true; text: string; lineCount: number; linenoStart?: number; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

interface Line {
  text: string;
  /** 1-based line in the file; null for prepended/appended lines. */
  lineno: number | null;
}

class ReadFailure extends Error {}

export function readLiteralInclude(source: ReaderSource, options: LiteralIncludeOptions): ReadResult {
  const warnings: string[] = [];
  try {
    const conflict = optionConflict(options);
    if (conflict) throw new ReadFailure(conflict);
    if (options.diff !== undefined) {
      const oldLines = splitKeepEnds(readText(source, options.diff, options));
      const newLines = splitKeepEnds(readText(source, source.path, options));
      const text = unifiedDiff(oldLines, newLines, options.diff, source.path);
      return { ok: true, text, lineCount: splitKeepEnds(text).length, warnings };
    }
    let lines: Line[] = splitKeepEnds(readText(source, source.path, options)).map((text, i) => ({ text, lineno: i + 1 }));
    lines = pyobjectFilter(lines, options, source.path);
    // With :lineno-match:, an empty selection still numbers from where it would have started.
    let emptyStart = 1;
    const beforeStart = lines;
    lines = startFilter(lines, options);
    if (lines.length === 0 && beforeStart.length > 0) emptyStart = (beforeStart[beforeStart.length - 1].lineno ?? 0) + 1;
    const beforeEnd = lines;
    lines = endFilter(lines, options);
    if (lines.length === 0 && beforeEnd.length > 0) emptyStart = beforeEnd[0].lineno ?? 1;
    lines = linesFilter(lines, options, source.path, warnings);
    lines = dedentFilter(lines, options, warnings);
    if (options.prepend !== undefined) lines.unshift({ text: options.prepend + '\n', lineno: null });
    if (options.append !== undefined) {
      // Sphinx glues the appended line to a last line without a newline; we keep them apart.
      const last = lines[lines.length - 1];
      if (last && !/[\n\r]$/.test(last.text)) last.text += '\n';
      lines.push({ text: options.append + '\n', lineno: null });
    }
    const firstNumbered = lines.find((line) => line.lineno !== null);
    const linenoStart = options.linenoMatch
      ? firstNumbered?.lineno ?? emptyStart
      : options.linenoStart;
    return { ok: true, text: lines.map((line) => line.text).join(''), lineCount: lines.length, linenoStart, warnings };
  } catch (error) {
    if (error instanceof ReadFailure || error instanceof LineSpecError) return { ok: false, error: error.message, warnings };
    throw error;
  }
}

function optionConflict(options: LiteralIncludeOptions): string | null {
  if (options.linenoMatch && options.linenoStart !== undefined) return 'Cannot use both "lineno-match" and "lineno-start" options';
  if (options.startAt !== undefined && options.startAfter !== undefined) return 'Cannot use both "start-after" and "start-at" options';
  if (options.endAt !== undefined && options.endBefore !== undefined) return 'Cannot use both "end-before" and "end-at" options';
  return null;
}

function readText(source: ReaderSource, path: string, options: LiteralIncludeOptions): string {
  let data: Uint8Array;
  try {
    data = source.load(path);
  } catch (error) {
    const detail = error instanceof Error && /outside the project root/.test(error.message) ? error.message : null;
    throw new ReadFailure(detail ?? `Include file ${pyRepr(path)} not found or reading it failed`);
  }
  const encoding = options.encoding ?? 'utf-8-sig';
  let text: string;
  try {
    text = decode(data, encoding);
  } catch {
    throw new ReadFailure(
      `Encoding ${pyRepr(encoding)} used for reading included file ${pyRepr(path)} seems to be wrong, try giving an :encoding: option`,
    );
  }
  return options.tabWidth !== undefined ? expandTabs(text, options.tabWidth) : text;
}

function pyobjectFilter(lines: Line[], options: LiteralIncludeOptions, path: string): Line[] {
  if (options.pyobject === undefined) return lines;
  const range = findPythonObject(lines.map((line) => line.text.replace(/[\r\n]+$/, '')), options.pyobject);
  if (!range) throw new ReadFailure(`Object named ${pyRepr(options.pyobject)} not found in include file ${pyRepr(path)}`);
  return lines.slice(range.start, range.end + 1);
}

function startFilter(lines: Line[], options: LiteralIncludeOptions): Line[] {
  const marker = options.startAt ?? options.startAfter;
  if (marker === undefined) return lines;
  const index = lines.findIndex((line) => line.text.includes(marker));
  if (index < 0) {
    const name = options.startAt !== undefined ? 'start-at' : 'start-after';
    throw new ReadFailure(`${name} pattern not found: ${marker}`);
  }
  return lines.slice(options.startAt !== undefined ? index : index + 1);
}

function endFilter(lines: Line[], options: LiteralIncludeOptions): Line[] {
  const marker = options.endAt ?? options.endBefore;
  if (marker === undefined) return lines;
  const index = lines.findIndex((line) => line.text.includes(marker));
  if (index < 0) {
    const name = options.endAt !== undefined ? 'end-at' : 'end-before';
    throw new ReadFailure(`${name} pattern not found: ${marker}`);
  }
  return lines.slice(0, options.endAt !== undefined ? index + 1 : index);
}

function linesFilter(lines: Line[], options: LiteralIncludeOptions, path: string, warnings: string[]): Line[] {
  if (options.lines === undefined) return lines;
  const spec = options.lines;
  const { kept, dropped } = inRange(parseLineSpec(spec, lines.length), lines.length);
  if (dropped) warnings.push(outOfRangeMessage(spec, lines.length));
  if (kept.length === 0) throw new ReadFailure(`Line spec ${pyRepr(spec)}: no lines pulled from include file ${pyRepr(path)}`);
  if (options.linenoMatch && !kept.every((value, i) => value === kept[0] + i)) {
    throw new ReadFailure('Cannot use "lineno-match" with a disjoint set of "lines"');
  }
  return kept.map((index) => ({ ...lines[index] }));
}

function dedentFilter(lines: Line[], options: LiteralIncludeOptions, warnings: string[]): Line[] {
  if (options.dedent === undefined) return lines;
  const texts = dedentLines(lines.map((line) => line.text), options.dedent, warnings);
  return lines.map((line, i) => ({ ...line, text: texts[i] }));
}

/**
 * Remove `columns` leading characters from every line (warning once when that
 * removes more than whitespace), or with null the indentation common to all
 * non-blank lines (blank lines become empty). Shared with code-block.
 */
export function dedentLines(lines: string[], columns: number | null, warnings: string[]): string[] {
  if (columns === null) return commonDedent(lines);
  const body = (line: string) => line.replace(/[\r\n]+$/, '');
  if (lines.some((line) => body(line).slice(0, columns).trim() !== '')) warnings.push('non-whitespace stripped by dedent');
  return lines.map((line) => {
    const ending = line.slice(body(line).length);
    const rest = body(line).slice(columns);
    return rest + ending;
  });
}

function commonDedent(lines: string[]): string[] {
  let margin: string | null = null;
  for (const line of lines) {
    const body = line.replace(/[\r\n]+$/, '');
    if (body.trim() === '') continue;
    const indent = /^[ \t]*/.exec(body)![0];
    if (margin === null) margin = indent;
    else {
      let k = 0;
      while (k < margin.length && k < indent.length && margin[k] === indent[k]) k++;
      margin = margin.slice(0, k);
    }
  }
  return lines.map((line) => {
    const body = line.replace(/[\r\n]+$/, '');
    const ending = line.slice(body.length);
    if (body.trim() === '') return ending;
    return body.slice(margin?.length ?? 0) + ending;
  });
}

/** Python's str.splitlines(keepends=True). */
export function splitKeepEnds(text: string): string[] {
  const lines: string[] = [];
  const boundary = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    lines.push(text.slice(start, match.index + match[0].length));
    start = match.index + match[0].length;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Python's str.expandtabs(width): tabs to the next multiple of `width`, column counting restarts at each line. */
export function expandTabs(text: string, width: number): string {
  let out = '';
  let column = 0;
  for (const ch of text) {
    if (ch === '\t') {
      if (width > 0) {
        const spaces = width - (column % width);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else if (ch === '\n' || ch === '\r') {
      out += ch;
      column = 0;
    } else {
      out += ch;
      column++;
    }
  }
  return out;
}

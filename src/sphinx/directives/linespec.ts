import { pythonRepr } from '../../rst/python-repr.js';
// Sphinx's line-number specs, used by literalinclude's :lines: and by
// :emphasize-lines: — "1,3-5,8-" style lists of 1-based lines.

export class LineSpecError extends Error {}

/**
 * Turn a spec into 0-based line indexes, in the order written (repeats kept,
 * as Sphinx keeps them). `N-` runs to the end (`total`), `-M` starts at 1.
 * Indexes may exceed `total`; the caller decides how to report that.
 * Throws LineSpecError("invalid line number spec: '...'") on bad syntax or a backwards range.
 */
export function parseLineSpec(spec: string, total: number): number[] {
  const indexes: number[] = [];
  const invalid = () => new LineSpecError(`invalid line number spec: ${pyRepr(spec)}`);
  for (const rawPart of spec.split(',')) {
    const part = rawPart.trim();
    const bounds = part.split('-');
    if (bounds.length === 1) {
      indexes.push(toInt(bounds[0], invalid) - 1);
    } else if (bounds.length === 2) {
      if (bounds[0].trim() === '' && bounds[1].trim() === '') throw invalid();
      const start = bounds[0].trim() === '' ? 1 : toInt(bounds[0], invalid);
      // An open end never makes the range backwards: `20-` on a 13-line file means line 20.
      const end = bounds[1].trim() === '' ? Math.max(start, total) : toInt(bounds[1], invalid);
      if (start > end) throw invalid();
      for (let line = start; line <= end; line++) indexes.push(line - 1);
    } else {
      throw invalid();
    }
  }
  return indexes;
}

/** Message Sphinx gives when some lines of a spec lie beyond the text. */
export function outOfRangeMessage(spec: string, total: number): string {
  return `line number spec is out of range(1-${total}): ${pyRepr(spec)}`;
}

/** Indexes within 0..total-1 (line 0 and below are out of range too). */
export function inRange(indexes: number[], total: number): { kept: number[]; dropped: boolean } {
  const kept = indexes.filter((i) => i >= 0 && i < total);
  return { kept, dropped: kept.length !== indexes.length };
}

function toInt(value: string, invalid: () => Error): number {
  const trimmed = value.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) throw invalid();
  return Number(trimmed);
}

/** Python's repr() of a string, as Sphinx's messages print option values. */
export function pyRepr(value: string): string {
  return pythonRepr(value);
}

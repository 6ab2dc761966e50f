// Block constructs that remark cannot see, found here and wrapped in an
// internal fence so that remark keeps their lines verbatim for the readers in
// ./deflist.ts and ./fieldlist.ts:
//
//     Term                ```{myst-deflist}        :name: value       ```{myst-fieldlist}
//     : Definition   ->   Term                     :other: more  ->   :name: value
//                         : Definition             ```                :other: more
//                         ```                                         ```
import type { Push } from './preprocess.js';

export const DEFLIST_FENCE = 'myst-deflist';
export const FIELDLIST_FENCE = 'myst-fieldlist';
export const FIELD_MARKER = /^:([^:\s`][^:`]*?):(?:\s+|$)/;
const DEF_MARKER = /^[:~][ \t]+\S/;

/** Field lines and their indented continuation lines (blank lines inside allowed), wrapped in a fence. */
export function fieldList(lines: string[], start: number, push: Push): number {
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j];
    if (line.trim() === '') continue;
    if (FIELD_MARKER.test(line) || /^\s/.test(line)) {
      end = j;
      continue;
    }
    break;
  }
  wrap(lines.slice(start, end + 1), start, end, FIELDLIST_FENCE, push);
  return end;
}

function wrap(body: string[], start: number, end: number, name: string, push: Push): void {
  let longest = 2;
  for (const line of body) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  // The fence lines take the place of no source line: they map to the block's first and last lines.
  push(`${ticks}{${name}}`, start);
  body.forEach((line, k) => push(line, start + k));
  push(ticks, end);
}

/** A term line at the start of a paragraph, followed by a `: definition` line. */
export function startsDefinitionList(lines: string[], i: number, out: string[]): boolean {
  const line = lines[i];
  if (!line.trim() || /^\s/.test(line) || /^[#>|`~:*+-]/.test(line)) return false;
  if (out.length && out[out.length - 1].trim() !== '') return false;
  return DEF_MARKER.test(lines[i + 1] ?? '');
}

/**
 * Terms and `: definitions` (definitions continue on indented lines, blank lines between them
 * allowed) up to a blank line followed by text that is neither, wrapped in a fence for ./deflist.ts.
 */
export function definitionList(lines: string[], start: number, push: Push): number {
  let end = start;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j];
    if (line.trim() === '') continue;
    const isTerm = !/^\s/.test(line) && !DEF_MARKER.test(line) && DEF_MARKER.test(lines[j + 1] ?? '');
    if (DEF_MARKER.test(line) || /^\s/.test(line) || isTerm) {
      if (!isTerm && !DEF_MARKER.test(line) && lines[j - 1]?.trim() === '' && !/^\s{2,}/.test(line)) break;
      end = j;
      continue;
    }
    // Text right under a definition line without a blank line continues it (lazily).
    if (lines[j - 1]?.trim() !== '' && j - 1 === end) {
      end = j;
      continue;
    }
    break;
  }
  wrap(lines.slice(start, end + 1), start, end, DEFLIST_FENCE, push);
  return end;
}

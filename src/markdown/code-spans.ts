// Code spans on one line: text inside them is never rewritten (math, substitutions).

/** Index of the closing backtick run equal to `ticks` from `from` on (not part of a longer run), else -1. */
export function findRun(line: string, ticks: string, from: number): number {
  let at = line.indexOf(ticks, from);
  while (at >= 0) {
    if (line[at + ticks.length] !== '`' && line[at - 1] !== '`') return at;
    at = line.indexOf(ticks, at + ticks.length);
  }
  return -1;
}

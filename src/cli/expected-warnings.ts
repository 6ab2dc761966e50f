// Known, accepted warnings (e.g. the knowledge base's deliberate links to
// pages not written yet): one per line, as `rstro check` prints them with
// paths relative to the source folder. Blank lines and `#` comments ignored.
import { readFileSync } from 'node:fs';

import { formatWarning, type SphinxWarning } from '../sphinx/warnings.js';

export function readExpected(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function compareExpected(warnings: SphinxWarning[], expected: string[], source: string): { unexpected: SphinxWarning[]; missing: string[] } {
  const remaining = new Map<string, number>();
  for (const line of expected) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const unexpected: SphinxWarning[] = [];
  for (const w of warnings) {
    const key = formatWarning(w, { relativeTo: source }).split('\n')[0];
    const count = remaining.get(key) ?? 0;
    if (count > 0) remaining.set(key, count - 1);
    else unexpected.push(w);
  }
  const missing = [...remaining.entries()].flatMap(([line, count]) => Array(count).fill(line) as string[]);
  return { unexpected, missing };
}


// Inline parsing must cost linear time, also on pathological text: thousands
// of start-strings that never close, long runs of name or URI characters.
// 10x the input must cost well under 20x the time.
import { describe, expect, it } from 'vitest';
import { el } from '../../../src/doctree/builders.js';
import { DEFAULT_SETTINGS } from '../../../src/rst/api.js';
import { Document } from '../../../src/rst/document.js';
import { parseInline } from '../../../src/rst/inline/index.js';
import { DocumentReporter } from '../../../src/rst/reporter.js';
import { standardRoles } from '../../../src/rst/roles/index.js';

const roles = standardRoles();

/** CPU milliseconds to parse `text` (best of three, so a busy machine disturbs less). */
function cost(text: string, characterLevelInlineMarkup = false): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const settings = { ...DEFAULT_SETTINGS, characterLevelInlineMarkup };
    const document = new Document(el('document'), settings, new DocumentReporter('growth'));
    const start = process.cpuUsage();
    parseInline(text, 1, { document, registries: { directives: new Map(), roles }, defaultRole: '' });
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return Math.max(best, 0.5);
}

const cases: Array<[string, (n: number) => string, boolean?]> = [
  ['unclosed emphasis', (n) => '*a '.repeat(n)],
  ['unclosed strong', (n) => '**a '.repeat(n)],
  ['unclosed literals', (n) => '``a '.repeat(n)],
  ['unclosed interpreted text with roles', (n) => ':r:`a '.repeat(n)],
  ['unclosed substitution references', (n) => '|a '.repeat(n)],
  ['unclosed inline targets', (n) => '_`a '.repeat(n)],
  ['one long hyphenated word', (n) => 'a-'.repeat(n)],
  ['one long word with underscores', (n) => 'a_b'.repeat(n)],
  ['address characters without an @ sign end', (n) => 'x-'.repeat(n) + ' a@'],
  ['many e-mail addresses', (n) => 'a-b@c.d '.repeat(n)],
  ['character-level unclosed emphasis', (n) => 'a*'.repeat(n), true],
];

describe('linear time', () => {
  for (const [name, make, characterLevel] of cases) {
    it(name, () => {
      cost(make(500), characterLevel); // warm up the JIT
      const small = cost(make(2000), characterLevel);
      const large = cost(make(20000), characterLevel);
      expect(large / small).toBeLessThan(20);
    });
  }
});

// Inline parsing must cost linear time, also on pathological text: thousands
// of start-strings that never close, long runs of name or URI characters.
// 10x the input must cost well under 20x the time (see test/growth-limit.ts).
import { describe, expect, it } from 'vitest';
import { el } from '../../../src/doctree/builders.js';
import { DEFAULT_SETTINGS } from '../../../src/rst/api.js';
import { Document } from '../../../src/rst/document.js';
import { parseInline } from '../../../src/rst/inline/index.js';
import { DocumentReporter } from '../../../src/rst/reporter.js';
import { standardRoles } from '../../../src/rst/roles/index.js';
import { cpuMsPerCopy, GROWTH_LIMIT } from '../../growth-limit.js';

const roles = standardRoles();

/** CPU milliseconds per parse of `text`, `copies` parsed into one document per run (see cpuMsPerCopy). */
function cost(text: string, characterLevelInlineMarkup: boolean, copies: number, runs: number): number {
  const settings = { ...DEFAULT_SETTINGS, characterLevelInlineMarkup };
  return cpuMsPerCopy(
    copies,
    runs,
    (document) => parseInline(text, 1, { document, registries: { directives: new Map(), roles }, defaultRole: '' }),
    () => new Document(el('document'), settings, new DocumentReporter('growth')),
  );
}

/** Cost of 10x the input over the cost of the input; retried, since chance (other jobs) only inflates it. */
function growth(make: (n: number) => string, characterLevel: boolean): number {
  // Large enough that the small input is timed in milliseconds, not timer noise.
  const small = make(3000);
  const large = make(30000);
  cost(small, characterLevel, 1, 2); // warm up the JIT
  let best = Infinity;
  for (let attempt = 0; attempt < 5 && best >= GROWTH_LIMIT; attempt++) {
    best = Math.min(best, cost(large, characterLevel, 1, 3) / Math.max(cost(small, characterLevel, 10, 3), 0.05));
  }
  return best;
}

// Words between the start-strings keep the document (and so the garbage collector's work) small
// next to the text; a quadratic search for end-strings would still cost ~100x for 10x the input.
const words = ' lorem ipsum dolor sit amet, consectetur adipiscing elit ';
const cases: Array<[string, (n: number) => string, boolean?]> = [
  ['unclosed emphasis', (n) => ('*a' + words).repeat(n)],
  ['unclosed strong', (n) => ('**a' + words).repeat(n)],
  ['unclosed literals', (n) => ('``a' + words).repeat(n)],
  ['unclosed interpreted text with roles', (n) => (':r:`a' + words).repeat(n)],
  ['unclosed substitution references', (n) => ('|a' + words).repeat(n)],
  ['unclosed inline targets', (n) => ('_`a' + words).repeat(n)],
  ['one long hyphenated word', (n) => 'a-'.repeat(n * 10)],
  ['one long word with underscores', (n) => 'a_b'.repeat(n * 10)],
  ['address characters without an @ sign end', (n) => 'x-'.repeat(n * 10) + ' a@'],
  ['many e-mail addresses', (n) => ('a-b@c.d' + words).repeat(n)],
  ['character-level unclosed emphasis', (n) => ('a*' + words).repeat(n), true],
];

describe('linear time', () => {
  for (const [name, make, characterLevel] of cases) {
    it(name, () => {
      const ratio = growth(make, characterLevel ?? false);
      if (process.env.GROWTH_VERBOSE) console.log(`${name}: ${ratio.toFixed(1)}x`);
      expect(ratio).toBeLessThan(GROWTH_LIMIT);
    });
  }
});

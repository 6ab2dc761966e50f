// Linear time on pathological inputs: parsing 10x the input must cost well
// under 20x the time (a quadratic algorithm costs ~100x). Ratios, not
// absolute times, so the test holds on slow machines; CPU time rather than
// wall time, so other processes on a busy machine do not count; each size is
// timed best-of-several after a warm-up.
import { describe, expect, it } from 'vitest';
import { pformat } from '../../src/doctree/pformat.js';
import { parseRst } from '../../src/rst/index.js';
import { cpuMsPerCopy, GROWTH_LIMIT } from '../growth-limit.js';

const MAX_RATIO = GROWTH_LIMIT;


/**
 * Time for `make(size)` vs `make(10 * size)` input bytes, as a ratio. A busy machine (tests run
 * in parallel) only ever inflates a ratio by chance, so the best of three attempts is kept.
 */
function growth(make: (bytes: number) => string, bytes: number): { ratio: number; small: number; large: number } {
  const smallInput = make(bytes);
  const largeInput = make(bytes * 10);
  parseRst(smallInput);
  let best = { ratio: Infinity, small: 0, large: 0 };
  for (let attempt = 0; attempt < 4 && best.ratio >= MAX_RATIO / 2; attempt++) {
    // The small input as ten retained copies: the same garbage-collection regime as the large one (see cpuMsPerCopy).
    const small = Math.max(cpuMsPerCopy(10, 3, () => parseRst(smallInput)), 0.05);
    const large = cpuMsPerCopy(1, 2, () => parseRst(largeInput));
    if (large / small < best.ratio) best = { ratio: large / small, small, large };
  }
  return best;
}

/** Lines until the text reaches `bytes`. */
function fill(bytes: number, line: (i: number) => string): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return out.join('\n') + '\n';
}

function check(name: string, make: (bytes: number) => string, bytes: number): void {
  const { ratio, small, large } = growth(make, bytes);
  // GROWTH_VERBOSE=1 prints the measured ratios (for tuning, or a report).
  if (process.env.GROWTH_VERBOSE) console.log(`${name}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms (${ratio.toFixed(1)}x)`);
  expect(ratio, `${name}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms for 10x the input`).toBeLessThan(MAX_RATIO);
}

describe('parse time grows linearly', () => {
  // Each level is indented further, so the input grows with the square of the depth: 10x the
  // input is ~3.16x the depth (120 -> 380 levels, within the parser's nesting limit). Ten such
  // structures make the small input big enough to time reliably.
  const depthFor = (bytes: number) => Math.round(120 * Math.sqrt(bytes / 1_000));
  const repeat = (text: string) => Array(10).fill(text).join('\n');

  it('deeply nested bullet lists', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => ' '.repeat(2 * i) + '- item ' + i).join('\n') + '\n';
    check('nested lists', (bytes) => repeat(nested(depthFor(bytes))), 1_000);
  });

  it('deeply nested block quotes', () => {
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => ' '.repeat(2 * i) + 'quote ' + i + '\n').join('\n');
    check('nested block quotes', (bytes) => repeat(nested(depthFor(bytes))), 1_000);
  });

  it('reports nesting beyond its limit instead of overflowing the stack', () => {
    const deep = fill(2_000_000, (i) => ' '.repeat(2 * i) + '- item');
    expect(pformat(parseRst(deep))).toContain('Nesting too deep');
  });

  it('a 20,000-line paragraph', () => {
    const line = 'words in a very long paragraph, with no blank line';
    const lines = (scale: number) => Array(2_000 * scale).fill(line).join('\n') + '\n';
    expect(parseRst(lines(10)).children).toHaveLength(1);
    check('long paragraph', lines, 1);
  });

  it('thousands of unclosed inline markup starts', () => {
    check('unclosed inline starts', (bytes) => fill(bytes, () => '*a **b ``c `d |e _`f [g '.repeat(3)), 4_000);
  });

  it('a grid table with thousands of rows', () => {
    check('grid table rows', (bytes) => '+------+------+\n' + fill(bytes, (i) => (i % 2 ? '+------+------+' : '| cell | cell |')), 10_000);
  });

  it('a simple table with thousands of rows', () => {
    check('simple table rows', (bytes) => '====  ====\n' + fill(bytes, () => 'a     b') + '====  ====\n', 5_000);
  });

  it('many sections and list items', () => {
    check('sections', (bytes) => fill(bytes, (i) => (i % 4 === 0 ? `Title ${i}` : i % 4 === 1 ? '=========' : i % 4 === 2 ? '' : '- item')), 10_000);
  });
});

import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/rst/tables/index.js';
import { fakeState } from './fake-state.js';
import { cpuMsPerCopy, GROWTH_LIMIT } from '../../growth-limit.js';

// Cells are not parsed here (the block parser's speed is measured elsewhere):
// this times finding the table, its cells, and building the table nodes.
const state = { ...fakeState(), nestedParse() {} };

function gridTable(rows: number): string[] {
  const lines = ['+------+--------+'];
  for (let i = 0; i < rows; i++) lines.push(`| r${String(i % 1000).padEnd(4)}| cell   |`, i % 3 ? '+------+--------+' : '+------+        +');
  lines.push('+------+--------+');
  return lines;
}

function simpleTable(rows: number): string[] {
  const lines = ['=====  ======', 'head   head', '=====  ======'];
  for (let i = 0; i < rows; i++) lines.push(`r${String(i % 1000).padEnd(5)} cell`, i % 4 ? '       more' : '-------------');
  lines.push('=====  ======');
  return lines;
}

/** CPU milliseconds per read of the table, `copies` reads kept alive per run (see cpuMsPerCopy). */
function fastest(kind: 'grid' | 'simple', lines: string[], copies: number, runs: number): number {
  return cpuMsPerCopy(copies, runs, () => {
    const result = readTable(kind, lines, 0, 0, state);
    if (result.end !== lines.length || result.nodes[0].type !== 'table') throw new Error('the generated table did not parse');
    return result;
  });
}

describe('table reading time', () => {
  // Tables of thousands of rows must cost time in proportion to their size.
  for (const [name, make] of [['grid', gridTable], ['simple', simpleTable]] as const) {
    it(`grows linearly for ${name} tables`, () => {
      const small = make(1000);
      const large = make(10000);
      fastest(name, large, 1, 1); // let the JIT settle first
      // The machine is shared and garbage collection is bursty, so a noisy
      // measurement is retried; a quadratic reader (ratio near 100) fails
      // every attempt.
      let ratio = Infinity;
      for (let attempt = 0; attempt < 5 && ratio >= GROWTH_LIMIT; attempt++) {
        // The small table as ten retained copies: the large one's garbage-collection regime.
        ratio = Math.min(ratio, fastest(name, large, 1, 2) / Math.max(fastest(name, small, 10, 3), 0.05));
      }
      expect(ratio).toBeLessThan(GROWTH_LIMIT);
    });
  }
});

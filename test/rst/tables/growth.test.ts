import { describe, expect, it } from 'vitest';
import { fakeParse } from './fake-state.js';

function gridTable(rows: number): string {
  const lines = ['+------+--------+'];
  for (let i = 0; i < rows; i++) lines.push(`| r${String(i % 1000).padEnd(4)}| cell   |`, i % 3 ? '+------+--------+' : '+------+        +');
  lines.push('+------+--------+');
  return lines.join('\n') + '\n';
}

function simpleTable(rows: number): string {
  const lines = ['=====  ======', 'head   head', '=====  ======'];
  for (let i = 0; i < rows; i++) lines.push(`r${String(i % 1000).padEnd(5)} cell`, i % 4 ? '       more' : '-------------');
  lines.push('=====  ======');
  return lines.join('\n') + '\n';
}

function fastest(source: string, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fakeParse(source);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('table reading time', () => {
  // Tables of thousands of rows must cost time in proportion to their size.
  for (const [name, make] of [['grid', gridTable], ['simple', simpleTable]] as const) {
    it(`grows linearly for ${name} tables`, () => {
      fastest(make(500), 2);
      const small = make(1000);
      const large = make(10000);
      // The machine is shared, so one noisy measurement may be retried; a
      // quadratic reader (ratio near 100) fails every attempt.
      let ratio = Infinity;
      for (let attempt = 0; attempt < 3 && ratio >= 20; attempt++) {
        ratio = Math.min(ratio, fastest(large, 2) / Math.max(fastest(small, 5), 1));
      }
      expect(ratio).toBeLessThan(20);
    });
  }
});

/**
 * The growth tests: 10x the input must cost well under 20x the time (issue 2), so a linear
 * reader (about 10x) passes and a quadratic one (about 100x) fails.
 */
export const GROWTH_LIMIT = 20;

/**
 * CPU milliseconds per parse, best of `runs`: each run parses `copies` times (into what
 * `prepare` made for it) and keeps every result alive until it ends. The small input is measured as ten retained copies so that it runs
 * in the same garbage-collection regime as the input ten times its size, whose tree outgrows the
 * young generation and is promoted: measured one copy at a time, a linear parser showed 15-26x
 * for 10x the input, and CI failed on one at 21x. (A busy machine only ever adds time, hence the
 * best run; the timing pass runs with --expose-gc, so each run starts from a clean heap.)
 */
export function cpuMsPerCopy<T>(copies: number, runs: number, parse: (prepared: T) => unknown, prepare: () => T = () => undefined as T): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    // What every copy of a run shares (a document to parse into) is made before the clock starts.
    const prepared = prepare();
    (globalThis as { gc?: () => void }).gc?.();
    const kept: unknown[] = [];
    const start = process.cpuUsage();
    for (let copy = 0; copy < copies; copy++) kept.push(parse(prepared));
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / copies);
    kept.length = 0;
  }
  return best;
}

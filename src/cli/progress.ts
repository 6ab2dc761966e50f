// Progress on long builds: a bar redrawn in place in a terminal, and a few
// plain lines (every quarter) in CI logs and pipes.

export type ProgressFn = (phase: string, done: number, total: number) => void;

export function progressPrinter(stream: NodeJS.WriteStream = process.stderr): ProgressFn {
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  let lastQuarter = -1;
  let lastPhase = '';
  let lastDraw = 0;
  return (phase, done, total) => {
    if (total <= 0) return;
    const fraction = Math.min(1, done / total);
    if (interactive) {
      const now = Date.now();
      if (done < total && now - lastDraw < 50 && phase === lastPhase) return;
      lastDraw = now;
      const width = 24;
      const filled = Math.round(fraction * width);
      stream.write(`\r${phase.padEnd(10)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% ${done}/${total}`);
      if (done >= total) stream.write('\n');
    } else {
      const quarter = Math.floor(fraction * 4);
      if (phase !== lastPhase) lastQuarter = -1;
      if (quarter > lastQuarter && (quarter > 0 || done === 0)) {
        stream.write(`rstro: ${phase} ${done}/${total} (${Math.round(fraction * 100)}%)\n`);
        lastQuarter = quarter;
      }
    }
    lastPhase = phase;
  };
}

// Unified diff for literalinclude's :diff: option, in the format of
// Python's difflib.unified_diff (three lines of context, `@@ -a,b +c,d @@`
// headers, file names on the ---/+++ lines). Lines keep their own newlines.

type Op = { tag: 'equal' | 'delete' | 'insert' | 'replace'; a0: number; a1: number; b0: number; b1: number };

export function unifiedDiff(oldLines: string[], newLines: string[], oldName: string, newName: string, context = 3): string {
  const groups = groupOpcodes(opcodes(oldLines, newLines), context);
  if (groups.length === 0) return '';
  const out: string[] = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  for (const group of groups) {
    const first = group[0];
    const last = group[group.length - 1];
    out.push(`@@ -${range(first.a0, last.a1)} +${range(first.b0, last.b1)} @@\n`);
    for (const op of group) {
      if (op.tag === 'equal') {
        for (let i = op.a0; i < op.a1; i++) out.push(' ' + oldLines[i]);
        continue;
      }
      if (op.tag === 'delete' || op.tag === 'replace') for (let i = op.a0; i < op.a1; i++) out.push('-' + oldLines[i]);
      if (op.tag === 'insert' || op.tag === 'replace') for (let i = op.b0; i < op.b1; i++) out.push('+' + newLines[i]);
    }
  }
  return out.join('');
}

/** difflib's range notation: "start,length", "start" for one line, "start-1,0" when empty. */
function range(start: number, stop: number): string {
  const length = stop - start;
  if (length === 1) return String(start + 1);
  if (length === 0) return `${start},0`;
  return `${start + 1},${length}`;
}

/** Longest-common-subsequence matching, as edit operations. */
function opcodes(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // Strip the common head and tail first: included files usually differ in a few lines.
  let head = 0;
  while (head < n && head < m && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && a[n - 1 - tail] === b[m - 1 - tail]) tail++;
  const an = n - head - tail;
  const bm = m - head - tail;
  const pairs: Array<[number, number]> = [];
  if (an > 0 && bm > 0 && an * bm <= 25_000_000) {
    const table = new Uint32Array((an + 1) * (bm + 1));
    const at = (i: number, j: number) => i * (bm + 1) + j;
    for (let i = an - 1; i >= 0; i--) {
      for (let j = bm - 1; j >= 0; j--) {
        table[at(i, j)] = a[head + i] === b[head + j] ? table[at(i + 1, j + 1)] + 1 : Math.max(table[at(i + 1, j)], table[at(i, j + 1)]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < an && j < bm) {
      if (a[head + i] === b[head + j]) { pairs.push([head + i, head + j]); i++; j++; }
      else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) i++;
      else j++;
    }
  }
  const matches: Array<[number, number]> = [];
  for (let k = 0; k < head; k++) matches.push([k, k]);
  matches.push(...pairs);
  for (let k = tail; k > 0; k--) matches.push([n - k, m - k]);
  const ops: Op[] = [];
  let ai = 0;
  let bj = 0;
  let k = 0;
  while (k <= matches.length) {
    const [ma, mb] = k < matches.length ? matches[k] : [n, m];
    if (ai < ma || bj < mb) {
      const tag = ai < ma && bj < mb ? 'replace' : ai < ma ? 'delete' : 'insert';
      ops.push({ tag, a0: ai, a1: ma, b0: bj, b1: mb });
    }
    if (k === matches.length) break;
    // Extend a run of consecutive matches into one equal op.
    let run = 1;
    while (k + run < matches.length && matches[k + run][0] === ma + run && matches[k + run][1] === mb + run) run++;
    ops.push({ tag: 'equal', a0: ma, a1: ma + run, b0: mb, b1: mb + run });
    ai = ma + run;
    bj = mb + run;
    k += run;
  }
  return ops;
}

/** Hunks: changes with up to `context` equal lines around them; long equal runs split hunks. */
function groupOpcodes(ops: Op[], context: number): Op[][] {
  if (!ops.some((op) => op.tag !== 'equal')) return [];
  const codes = ops.map((op) => ({ ...op }));
  const first = codes[0];
  if (first.tag === 'equal') {
    first.a0 = Math.max(first.a0, first.a1 - context);
    first.b0 = Math.max(first.b0, first.b1 - context);
  }
  const last = codes[codes.length - 1];
  if (last.tag === 'equal') {
    last.a1 = Math.min(last.a1, last.a0 + context);
    last.b1 = Math.min(last.b1, last.b0 + context);
  }
  const groups: Op[][] = [];
  let group: Op[] = [];
  for (const op of codes) {
    if (op.tag === 'equal' && op.a1 - op.a0 > context * 2) {
      group.push({ ...op, a1: Math.min(op.a1, op.a0 + context), b1: Math.min(op.b1, op.b0 + context) });
      groups.push(group);
      group = [{ ...op, a0: Math.max(op.a0, op.a1 - context), b0: Math.max(op.b0, op.b1 - context) }];
      continue;
    }
    group.push(op);
  }
  if (group.length && !(group.length === 1 && group[0].tag === 'equal')) groups.push(group);
  return groups;
}

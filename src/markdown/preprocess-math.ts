// The dollarmath extension, rewritten into MyST syntax remark keeps intact:
//
//     $$                          ````{math}
//     E = mc^2          ->        :label: eq1
//     $$ (eq1)                    E = mc^2
//                                 ````
//     inline $x^2$      ->        inline {math}`x^2`
import { findRun } from './code-spans.js';
import type { Push } from './preprocess.js';

const MATH_CLOSE = /\$\$\s*(?:\(([^()\s]+)\))?\s*$/;

/** `$$ ... $$ (label)` on one or more lines becomes a `{math}` fence; -1 when it never closes. */
export function displayMath(lines: string[], start: number, push: Push): number {
  const first = lines[start].replace(/^ {0,3}\$\$/, '');
  let end = -1;
  let label: string | undefined;
  const body: { text: string; origin: number }[] = [];
  const sameLine = MATH_CLOSE.exec(first);
  if (sameLine && first.slice(0, sameLine.index).trim() !== '' ) {
    end = start;
    label = sameLine[1];
    body.push({ text: first.slice(0, sameLine.index), origin: start });
  } else if (sameLine && first.trim().startsWith('$$')) {
    // `$$$$`: empty display math.
    end = start;
    label = sameLine[1];
  } else {
    if (first.trim()) body.push({ text: first, origin: start });
    for (let j = start + 1; j < lines.length; j++) {
      const close = MATH_CLOSE.exec(lines[j]);
      if (close) {
        end = j;
        label = close[1];
        const before = lines[j].slice(0, close.index);
        if (before.trim()) body.push({ text: before, origin: j });
        break;
      }
      if (lines[j].trim() === '' && j > start + 1 && lines[j - 1].trim() === '') return -1;
      body.push({ text: lines[j], origin: j });
    }
  }
  if (end < 0) return -1;
  push('````{math}', start);
  if (label) push(`:label: ${label}`, start);
  for (const line of body) push(line.text.trim(), line.origin);
  push('````', end);
  return end;
}

/** Inline `$...$` (not inside code spans, not escaped) becomes the `{math}` role. */
export function inlineMath(line: string): string {
  if (!line.includes('$')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '`') {
      let run = 1;
      while (line[i + run] === '`') run++;
      const ticks = '`'.repeat(run);
      const close = findRun(line, ticks, i + run);
      const end = close < 0 ? i + run : close + run;
      out += line.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '$') {
      const display = line[i + 1] === '$';
      const open = display ? 2 : 1;
      const close = findMathClose(line, i + open, display);
      if (close > 0) {
        const content = line.slice(i + open, close);
        out += mathRole(content);
        i = close + open;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** dollarmath's rules: no space just inside the dollars, no digit right after the closing one ($5 and $6). */
function findMathClose(line: string, from: number, display: boolean): number {
  if (from >= line.length || /\s/.test(line[from])) return -1;
  for (let j = from; j < line.length; j++) {
    if (line[j] === '\\') {
      j++;
      continue;
    }
    if (line[j] !== '$') continue;
    if (display) {
      if (line[j + 1] === '$' && j > from) return j;
      continue;
    }
    if (j === from || /\s/.test(line[j - 1]) || /\d/.test(line[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

function mathRole(content: string): string {
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `{math}${ticks}${pad}${content}${pad}${ticks}`;
}

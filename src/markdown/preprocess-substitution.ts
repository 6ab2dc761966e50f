// The substitution extension: `{{ key }}` outside code spans becomes the
// key's value before remark reads the line, so the value is Markdown too.
import { findRun } from './code-spans.js';
import type { Problem } from './preprocess.js';

const SUBSTITUTION = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** `{{ key }}` outside code spans becomes the key's value; an unknown key is reported and left as written. */
export function substitute(line: string, values: Record<string, string>, origin: number, problems: Problem[]): string {
  if (!line.includes('{{')) return line;
  return mapOutsideCode(line, (part) =>
    part.replace(SUBSTITUTION, (whole, key: string) => {
      if (Object.prototype.hasOwnProperty.call(values, key)) return values[key];
      problems.push({ origin, level: 2, message: `Substitution error:UndefinedError: '${key}' is undefined [myst.substitution]` });
      return whole;
    }),
  );
}

/** Apply `fn` to the parts of a line outside backtick code spans. */
function mapOutsideCode(line: string, fn: (part: string) => string): string {
  let out = '';
  let plain = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] !== '`') {
      plain += line[i++];
      continue;
    }
    let run = 1;
    while (line[i + run] === '`') run++;
    const close = findRun(line, '`'.repeat(run), i + run);
    if (close < 0) {
      plain += line.slice(i, i + run);
      i += run;
      continue;
    }
    out += fn(plain) + line.slice(i, close + run);
    plain = '';
    i = close + run;
  }
  return out + fn(plain);
}

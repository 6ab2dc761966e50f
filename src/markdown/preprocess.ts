// MyST's line-level syntax that CommonMark does not know, rewritten before
// remark sees the text so that remark's own block parser does the hard part:
//
//     ---                      front matter (YAML)         -> taken out, lines left blank
//     (label)=                 target before a block       -> marker, line left blank
//     % comment                comment line                -> marker, line left blank
//     :::{note} args           colon fence (colon_fence)   -> ```{note} args ... ```
//     $$ E = mc^2 $$ (eq1)     display math (dollarmath)   -> ```{math} with :label:
//     inline $x^2$             inline math (dollarmath)    -> {math}`x^2`
//     {{ key }}                substitution (substitution) -> its value, read as Markdown in place
//     Term                     definition list (deflist)   -> ```{myst-deflist} (read by ./deflist.ts)
//     : Definition
//
// Only lines at column 0 outside fenced code are rewritten; fences keep their
// content verbatim (a directive's content is preprocessed again when it is
// parsed). Every output line remembers the input line it came from, so node
// positions and messages point at the source as written.

export interface Marker {
  kind: 'target' | 'comment';
  value: string;
  /** 1-based line in the preprocessed text (where the marker's blank line is). */
  line: number;
  /** 0-based index of the input line. */
  origin: number;
}

export interface Problem {
  /** 0-based index of the input line. */
  origin: number;
  message: string;
  level: number;
}

export interface FrontMatter {
  /** The YAML text (without the --- lines). */
  yaml: string;
  /** 0-based index of the first YAML line. */
  origin: number;
}

export interface Preprocessed {
  text: string;
  /** Output line index (0-based) -> input line index (0-based). */
  lineMap: number[];
  markers: Marker[];
  problems: Problem[];
  frontMatter: FrontMatter | null;
}

export interface PreprocessOptions {
  colonFence: boolean;
  dollarMath: boolean;
  /** Only a whole document has front matter. */
  frontMatter: boolean;
  deflist?: boolean;
  /** Values for `{{ key }}` (the substitution extension); undefined when the extension is off. */
  substitutions?: Record<string, string>;
}

/** Name of the internal fence that carries a definition list to ./deflist.ts. */
export const DEFLIST_FENCE = 'myst-deflist';
const DEF_MARKER = /^[:~][ \t]+\S/;

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const COLON_OPEN = /^(\s*)(:{3,})\{([^}\s]*)\}(.*)$/;
const COLON_CLOSE = /^\s*(:{3,})\s*$/;
const TARGET = /^\((.+)\)=\s*$/;
const MATH_CLOSE = /\$\$\s*(?:\(([^()\s]+)\))?\s*$/;

export function preprocess(lines: string[], options: PreprocessOptions): Preprocessed {
  const out: string[] = [];
  const lineMap: number[] = [];
  const markers: Marker[] = [];
  const problems: Problem[] = [];
  let frontMatter: FrontMatter | null = null;
  const push = (line: string, origin: number) => {
    out.push(line);
    lineMap.push(origin);
  };

  let i = 0;
  if (options.frontMatter && lines.length && lines[0].trimEnd() === '---') {
    const end = lines.findIndex((line, j) => j > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'));
    if (end > 0) {
      frontMatter = { yaml: lines.slice(1, end).join('\n'), origin: 1 };
      for (; i <= end; i++) push('', i);
    }
  }

  let fence: { char: string; length: number; origin: number; directive: string | null } | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      push(line, i);
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[2][0] === '`' && open[3].includes('`'))) {
      const directive = open[1] === '' ? /^\{([^{}\s]+)\}/.exec(open[3].trim())?.[1] ?? null : null;
      fence = { char: open[2][0], length: open[2].length, origin: i, directive };
      push(line, i);
      continue;
    }
    const colon = options.colonFence ? COLON_OPEN.exec(line) : null;
    if (colon) {
      i = colonFence(lines, i, colon, push, problems);
      continue;
    }
    if (options.dollarMath && /^ {0,3}\$\$/.test(line)) {
      const end = displayMath(lines, i, push);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    if (options.deflist && startsDefinitionList(lines, i, out)) {
      i = definitionList(lines, i, push);
      continue;
    }
    const target = TARGET.exec(line);
    if (target) {
      markers.push({ kind: 'target', value: target[1].trim(), line: out.length + 1, origin: i });
      push('', i);
      continue;
    }
    if (line.startsWith('%')) {
      markers.push({ kind: 'comment', value: line.slice(1).trim(), line: out.length + 1, origin: i });
      push('', i);
      continue;
    }
    let value = options.substitutions ? substitute(line, options.substitutions, i, problems) : line;
    if (options.dollarMath) value = inlineMath(value);
    push(value, i);
  }
  if (fence?.directive) {
    // CommonMark lets an unclosed fence run to the end; for a directive that is almost always a mistake.
    problems.push({ origin: fence.origin, level: 2, message: `Directive fence "${fence.char.repeat(fence.length)}{${fence.directive}}" is not closed; it runs to the end of the document.` });
  }
  return { text: out.join('\n'), lineMap, markers, problems, frontMatter };
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const trimmed = line.trim();
  if (trimmed.length < fence.length) return false;
  for (const ch of trimmed) if (ch !== fence.char) return false;
  return true;
}

/**
 * `:::{name} args` ... `:::` becomes a backtick fence long enough that no
 * backtick run inside the body closes it. The closing line needs at least as
 * many colons as the opening one, so a longer outer fence can hold shorter ones.
 */
function colonFence(lines: string[], start: number, open: RegExpExecArray, push: (line: string, origin: number) => void, problems: Problem[]): number {
  const count = open[2].length;
  let end = -1;
  let inner: { char: string; length: number } | null = null;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j];
    if (inner) {
      if (closesFence(line, inner)) inner = null;
      continue;
    }
    const fenceOpen = FENCE_OPEN.exec(line);
    if (fenceOpen) {
      inner = { char: fenceOpen[2][0], length: fenceOpen[2].length };
      continue;
    }
    const close = COLON_CLOSE.exec(line);
    if (close && close[1].length >= count) {
      end = j;
      break;
    }
  }
  if (end < 0) {
    problems.push({ origin: start, level: 2, message: `Colon fence ":::{${open[3]}}" is not closed; it runs to the end of the document.` });
  }
  const bodyEnd = end < 0 ? lines.length : end;
  const body = lines.slice(start + 1, bodyEnd);
  let longest = 2;
  for (const line of body) {
    const run = /^\s*(`+)/.exec(line);
    if (run) longest = Math.max(longest, run[1].length);
  }
  const ticks = '`'.repeat(longest + 1);
  push(`${open[1]}${ticks}{${open[3]}}${open[4]}`, start);
  body.forEach((line, k) => push(line, start + 1 + k));
  push(`${open[1]}${ticks}`, end < 0 ? lines.length - 1 : end);
  return end < 0 ? lines.length : end;
}

/** A term line at the start of a paragraph, followed by a `: definition` line. */
function startsDefinitionList(lines: string[], i: number, out: string[]): boolean {
  const line = lines[i];
  if (!line.trim() || /^\s/.test(line) || /^[#>|`~:*+-]/.test(line)) return false;
  if (out.length && out[out.length - 1].trim() !== '') return false;
  return DEF_MARKER.test(lines[i + 1] ?? '');
}

/**
 * Terms and `: definitions` (definitions continue on indented lines, blank lines between them
 * allowed) up to a blank line followed by text that is neither, wrapped in a fence for ./deflist.ts.
 */
function definitionList(lines: string[], start: number, push: (line: string, origin: number) => void): number {
  let end = start;
  for (let j = start; j < lines.length; j++) {
    const line = lines[j];
    if (line.trim() === '') continue;
    const isTerm = !/^\s/.test(line) && !DEF_MARKER.test(line) && DEF_MARKER.test(lines[j + 1] ?? '');
    if (DEF_MARKER.test(line) || /^\s/.test(line) || isTerm) {
      if (!isTerm && !DEF_MARKER.test(line) && lines[j - 1]?.trim() === '' && !/^\s{2,}/.test(line)) break;
      end = j;
      continue;
    }
    // Text right under a definition line without a blank line continues it (lazily).
    if (lines[j - 1]?.trim() !== '' && j - 1 === end) {
      end = j;
      continue;
    }
    break;
  }
  const body = lines.slice(start, end + 1);
  let longest = 2;
  for (const line of body) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  // The fence lines take the place of no source line: they map to the block's first and last lines.
  push(`${ticks}{${DEFLIST_FENCE}}`, start);
  body.forEach((line, k) => push(line, start + k));
  push(ticks, end);
  return end;
}

const SUBSTITUTION = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

/** `{{ key }}` outside code spans becomes the key's value; an unknown key is reported and left as written. */
function substitute(line: string, values: Record<string, string>, origin: number, problems: Problem[]): string {
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

/** `$$ ... $$ (label)` on one or more lines becomes a `{math}` fence; -1 when it never closes. */
function displayMath(lines: string[], start: number, push: (line: string, origin: number) => void): number {
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

function findRun(line: string, ticks: string, from: number): number {
  let at = line.indexOf(ticks, from);
  while (at >= 0) {
    if (line[at + ticks.length] !== '`' && line[at - 1] !== '`') return at;
    at = line.indexOf(ticks, at + ticks.length);
  }
  return -1;
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

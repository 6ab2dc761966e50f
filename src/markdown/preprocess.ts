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
//     :name: value             field list (fieldlist)      -> ```{myst-fieldlist} (read by ./fieldlist.ts)
//
// Only lines at column 0 outside fenced code are rewritten; fences keep their
// content verbatim (a directive's content is preprocessed again when it is
// parsed). Every output line remembers the input line it came from, so node
// positions and messages point at the source as written.
import { FIELD_MARKER, definitionList, fieldList, startsDefinitionList } from './preprocess-lists.js';
import { displayMath, inlineMath } from './preprocess-math.js';
import { substitute } from './preprocess-substitution.js';

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
  fieldlist?: boolean;
  /** Values for `{{ key }}` (the substitution extension); undefined when the extension is off. */
  substitutions?: Record<string, string>;
}

export type Push = (line: string, origin: number) => void;

const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const COLON_OPEN = /^(\s*)(:{3,})\{([^}\s]*)\}(.*)$/;
const COLON_CLOSE = /^\s*(:{3,})\s*$/;
const TARGET = /^\((.+)\)=\s*$/;

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
    if (options.fieldlist && FIELD_MARKER.test(line) && (!out.length || out[out.length - 1].trim() === '')) {
      i = fieldList(lines, i, push);
      continue;
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
function colonFence(lines: string[], start: number, open: RegExpExecArray, push: Push, problems: Problem[]): number {
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

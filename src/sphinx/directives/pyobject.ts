// literalinclude's :pyobject: — find the lines of a Python class, function
// or method named `Class.method` by indentation, without running Python.
//
//     class Bar:            <- "Bar" starts here (decorators above it included)
//         def baz():        <- "Bar.baz" is searched only inside Bar's body
//             pass          <- last line of the object: trailing blank and comment lines are not part of it
//
// A definition ends at the first code line indented no deeper than its
// header, once the header's brackets are closed; triple-quoted strings are
// skipped so a docstring at column 0 does not end it.

export interface LineRange {
  /** 0-based index of the first line (a decorator, or the def/class line). */
  start: number;
  /** 0-based index of the last line, inclusive. */
  end: number;
}

export function findPythonObject(lines: string[], dottedName: string): LineRange | null {
  let scope: LineRange = { start: 0, end: lines.length - 1 };
  let indent = 0;
  const info = analyze(lines);
  const parts = dottedName.split('.');
  for (let depth = 0; depth < parts.length; depth++) {
    const found = findDefinition(lines, info, parts[depth], scope, depth === 0 ? 0 : null, indent);
    if (!found) return null;
    scope = found.range;
    indent = found.indent;
  }
  return scope;
}

interface LineInfo {
  /** Inside a multi-line string or open brackets that began on an earlier line: not a statement start. */
  continuation: boolean;
  blankOrComment: boolean;
  indent: number;
}

/** Mark which lines start statements, tracking strings and brackets across lines. */
function analyze(lines: string[]): LineInfo[] {
  const result: LineInfo[] = [];
  let depth = 0;
  let inString: string | null = null;
  for (const line of lines) {
    const stripped = line.trimStart();
    const continuation = depth > 0 || inString !== null;
    result.push({ continuation, blankOrComment: !continuation && (stripped === '' || stripped.startsWith('#')), indent: indentOf(line) });
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (inString) {
        if (ch === '\\') { i++; continue; }
        if (line.startsWith(inString, i)) { i += inString.length - 1; inString = null; }
        continue;
      }
      if (ch === '#') break;
      if (ch === '"' || ch === "'") {
        const triple = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
        inString = triple;
        i += triple.length - 1;
      } else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    // A single-quoted string cannot span lines (without a backslash); recover.
    if (inString && inString.length === 1 && !line.endsWith('\\')) inString = null;
  }
  return result;
}

function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 8 - (width % 8);
    else break;
  }
  return width;
}

function findDefinition(
  lines: string[], info: LineInfo[], name: string, scope: LineRange, wantIndent: number | null, parentIndent: number,
): { range: LineRange; indent: number } | null {
  const header = new RegExp(`^\\s*(?:async\\s+)?(?:def|class)\\s+${escapeRegExp(name)}\\b`);
  // Inside a class the members sit at the body's indentation: the first code line after the header.
  let bodyIndent = wantIndent;
  for (let i = scope.start; i <= scope.end; i++) {
    const line = info[i];
    if (line.continuation || line.blankOrComment) continue;
    if (bodyIndent === null) {
      if (i === scope.start) continue; // the parent's own header line
      if (line.indent <= parentIndent) return null;
      bodyIndent = line.indent;
    }
    if (line.indent !== bodyIndent || !header.test(lines[i])) continue;
    let start = i;
    while (start - 1 >= scope.start && /^\s*@/.test(lines[start - 1]) && info[start - 1].indent === bodyIndent) start--;
    return { range: { start, end: definitionEnd(info, i, scope.end) }, indent: line.indent };
  }
  return null;
}

function definitionEnd(info: LineInfo[], headerIndex: number, limit: number): number {
  const headerIndent = info[headerIndex].indent;
  let last = headerIndex;
  for (let i = headerIndex + 1; i <= limit; i++) {
    const line = info[i];
    if (line.continuation) { last = i; continue; }
    if (line.blankOrComment) continue;
    if (line.indent <= headerIndent) break;
    last = i;
  }
  return last;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

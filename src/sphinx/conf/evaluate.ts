// Reads the top-level assignments of a conf.py without running Python. Only
// literals and simple operations on them are evaluated (string concatenation,
// `%` and `.format` on strings, list/tuple arithmetic, references to earlier
// variables, a few harmless builtins). Anything else (calls into modules,
// comprehensions, conditionals on the environment) yields an `Unknown` value
// carrying the reason, so the caller can say which setting keeps its default.
import { tokenize, PythonSyntaxError, type Token } from './tokenize.js';

export class Unknown {
  constructor(readonly reason: string) {}
}

/** Python tuples are JS arrays marked here, so `%` formatting can tell a tuple from a list. */
const tuples = new WeakSet<unknown[]>();
export function makeTuple(items: unknown[]): unknown[] {
  tuples.add(items);
  return items;
}
export function isTuple(value: unknown): boolean {
  return Array.isArray(value) && tuples.has(value);
}

export interface Assignment {
  value: unknown;
  line: number;
}

export interface ConfNotice {
  line: number;
  message: string;
}

export interface EvaluatedConf {
  /** Final value of every top-level name (an `Unknown` when it could not be evaluated). */
  names: Map<string, Assignment>;
  notices: ConfNotice[];
  /** Set when the file is not valid Python: nothing from it can be trusted. */
  syntaxError?: ConfNotice;
}

const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'async', 'match']);
const DEFINITION = new Set(['def', 'class']);
const SKIPPED_SIMPLE = new Set(['pass', 'del', 'global', 'nonlocal', 'assert', 'return', 'raise', 'print']);
const AUGMENTED = new Set(['+=', '-=', '*=', '%=']);

class StatementError extends Error {}

export function evaluateConf(source: string): EvaluatedConf {
  const names = new Map<string, Assignment>();
  const notices: ConfNotice[] = [];
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (error) {
    if (error instanceof PythonSyntaxError) return { names, notices, syntaxError: { line: error.line, message: error.message } };
    throw error;
  }
  const brackets = bracketInfo(tokens);
  let pos = 0;
  let blockIndent = -1;

  while (tokens[pos].kind !== 'eof') {
    const first = tokens[pos];
    const end = endOfLogicalLine(pos);
    const indent = first.indent ?? 0;
    // Bodies of blocks we do not evaluate (deeper-indented lines), and their `else:`/`except:` siblings.
    if (indent > 0 || (blockIndent >= 0 && first.kind === 'name' && ['elif', 'else', 'except', 'finally'].includes(first.value))) {
      pos = end + 1;
      continue;
    }
    blockIndent = -1;
    try {
      if (first.kind === 'op' && first.value === '@') {
        blockIndent = 0;
      } else if (first.kind === 'name' && DEFINITION.has(first.value)) {
        // Function and class definitions (e.g. `def setup(app):`) only matter when Sphinx calls them.
        blockIndent = 0;
      } else if (first.kind === 'name' && COMPOUND.has(first.value) && isCompoundStart(pos, end)) {
        blockIndent = 0;
        notices.push({ line: first.line, message: `'${first.value}' block not evaluated (rstro reads conf.py without running it); settings assigned inside it keep their defaults` });
      } else if (first.kind === 'name' && (first.value === 'import' || first.value === 'from')) {
        noteImports(pos, end);
      } else if (!(first.kind === 'name' && SKIPPED_SIMPLE.has(first.value))) {
        simpleStatements(pos, end);
      }
    } catch (error) {
      // RangeError: nesting deep enough to exhaust the stack; never let a conf.py crash the check.
      if (error instanceof RangeError) {
        notices.push({ line: first.line, message: 'statement too deeply nested to read; it is ignored' });
      } else if (error instanceof StatementError || error instanceof PythonSyntaxError) {
        notices.push({ line: first.line, message: `cannot read this statement without running Python (${error.message}); it is ignored` });
      } else throw error;
    }
    pos = end + 1;
  }
  return { names, notices };

  function endOfLogicalLine(start: number): number {
    let i = start;
    while (tokens[i].kind !== 'newline' && tokens[i].kind !== 'eof') i++;
    return i;
  }

  function isCompoundStart(start: number, end: number): boolean {
    // `else` etc. never start expressions; `if`/`for` could only in comprehensions, which cannot start a statement.
    return tokens[end - 1]?.value === ':' || tokens.slice(start, end).some((t) => t.kind === 'op' && t.value === ':');
  }

  function noteImports(start: number, end: number): void {
    // `import os.path as p` binds `p`; `from x import a, b as c` binds a and c. Their values are modules: unknown.
    const words = tokens.slice(start, end);
    const isFrom = words[0].value === 'from';
    let i = isFrom ? words.findIndex((t) => t.value === 'import') + 1 : 1;
    if (i <= 0) return;
    while (i < words.length) {
      if (words[i].value === '(' || words[i].value === ')' || words[i].value === ',') {
        i++;
        continue;
      }
      let dotted = words[i].value;
      let j = i + 1;
      while (words[j]?.value === '.' && words[j + 1]) {
        dotted += '.' + words[j + 1].value;
        j += 2;
      }
      let bound = isFrom ? dotted : dotted.split('.')[0];
      if (words[j]?.value === 'as' && words[j + 1]) {
        bound = words[j + 1].value;
        j += 2;
      }
      if (bound !== '*') names.set(bound, { value: new Unknown(isFrom ? bound : dotted.split('.')[0]), line: words[0].line });
      i = j;
    }
  }

  /** One or more `;`-separated simple statements in tokens[start, end). */
  function simpleStatements(start: number, end: number): void {
    let s = start;
    for (let i = start; i <= end; i++) {
      if (i === end || (tokens[i].kind === 'op' && tokens[i].value === ';')) {
        if (i > s) simpleStatement(s, i);
        s = i + 1;
      }
    }
  }

  function simpleStatement(start: number, end: number): void {
    const line = tokens[start].line;
    const parser = new ExpressionParser(brackets, tokens, start, end, names);
    // Split `a = b = value` at top-level '=' signs.
    const equals: number[] = [];
    let depth = 0;
    for (let i = start; i < end; i++) {
      const t = tokens[i];
      if (t.kind !== 'op') continue;
      if ('([{'.includes(t.value)) depth++;
      else if (')]}'.includes(t.value)) depth--;
      else if (depth === 0 && t.value === '=') equals.push(i);
    }
    if (equals.length > 0) {
      const valueStart = equals[equals.length - 1] + 1;
      const value = new ExpressionParser(brackets, tokens, valueStart, end, names).parseAll();
      let targetStart = start;
      for (const eq of equals) {
        assignTarget(targetStart, eq, value, line);
        targetStart = eq + 1;
      }
      return;
    }
    const aug = tokens[start + 1];
    if (tokens[start].kind === 'name' && aug?.kind === 'op' && AUGMENTED.has(aug.value)) {
      const name = tokens[start].value;
      const right = new ExpressionParser(brackets, tokens, start + 2, end, names).parseAll();
      const left = names.get(name)?.value ?? new Unknown(`'${name}' is not defined`);
      names.set(name, { value: binary(aug.value.slice(0, -1), left, right), line });
      return;
    }
    // Expression statements: only in-place list/dict updates such as `extensions.append('x')` change settings.
    if (tokens[start].kind === 'name' && tokens[start + 1]?.value === '.' && tokens[start + 3]?.value === '(') {
      const name = tokens[start].value;
      const method = tokens[start + 2].value;
      const target = names.get(name);
      if (target && ['append', 'extend', 'insert', 'update', 'remove'].includes(method)) {
        const args = new ExpressionParser(brackets, tokens, start + 4, end - 1, names).parseArguments();
        target.value = applyMutation(target.value, method, args.positional);
        target.line = line;
        return;
      }
    }
    parser.parseAll(); // evaluated for syntax only
  }

  function assignTarget(start: number, end: number, value: unknown, line: number): void {
    const t = tokens[start];
    if (end - start === 1 && t.kind === 'name') {
      names.set(t.value, { value, line });
      return;
    }
    // NAME[key] = value on a dict we know.
    if (t.kind === 'name' && tokens[start + 1]?.value === '[' && tokens[end - 1]?.value === ']') {
      const key = new ExpressionParser(brackets, tokens, start + 2, end - 1, names).parseAll();
      const target = names.get(t.value);
      if (target && target.value instanceof Map && (typeof key === 'string' || typeof key === 'number')) {
        target.value.set(key, value);
        target.line = line;
        return;
      }
      if (target) target.value = new Unknown(`item assignment to '${t.value}'`);
      return;
    }
    throw new StatementError('only simple `name = value` assignments are understood');
  }
}

function applyMutation(target: unknown, method: string, args: unknown[]): unknown {
  const bad = args.find((a) => a instanceof Unknown);
  if (target instanceof Unknown) return target;
  if (bad) return bad;
  if (Array.isArray(target) && !isTuple(target)) {
    if (method === 'append' && args.length === 1) return [...target, args[0]];
    if (method === 'extend' && args.length === 1 && (Array.isArray(args[0]) || args[0] instanceof Set)) return [...target, ...toList(args[0])];
    if (method === 'insert' && args.length === 2 && typeof args[0] === 'number') {
      const copy = [...target];
      copy.splice(args[0], 0, args[1]);
      return copy;
    }
    if (method === 'remove' && args.length === 1) return target.filter((x) => x !== args[0]);
  }
  if (target instanceof Map && method === 'update' && args.length === 1 && args[0] instanceof Map) {
    return new Map([...target, ...(args[0] as Map<unknown, unknown>)]);
  }
  return new Unknown(`.${method}() on a value rstro cannot follow`);
}

function toList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return [...value.keys()];
  if (typeof value === 'string') return [...value];
  throw new StatementError('not iterable');
}

function pyRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (Array.isArray(value)) {
    const inner = value.map(pyRepr).join(', ');
    return isTuple(value) ? `(${inner}${value.length === 1 ? ',' : ''})` : `[${inner}]`;
  }
  if (value instanceof Map) return `{${[...value].map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  if (value instanceof Set) return `{${[...value].map(pyRepr).join(', ')}}`;
  return String(value);
}

function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python's `%` string formatting for the common conversions. */
function percentFormat(format: string, args: unknown): unknown {
  const list = isTuple(args) ? (args as unknown[]) : [args];
  let index = 0;
  let failed = false;
  const out = format.replace(/%(\([^)]*\))?([-+ #0]*)(\d+)?(?:\.(\d+))?([sdirfx%])/g, (_m, key: string | undefined, _flags, _width, precision, conv: string) => {
    if (conv === '%') return '%';
    let value: unknown;
    if (key) {
      if (!(args instanceof Map)) return ((failed = true), '');
      value = args.get(key.slice(1, -1));
    } else value = list[index++];
    if (value === undefined) return ((failed = true), '');
    if (conv === 's') return pyStr(value);
    if (conv === 'r') return pyRepr(value);
    if (typeof value !== 'number') return ((failed = true), '');
    if (conv === 'f') return value.toFixed(precision ? Number(precision) : 6);
    if (conv === 'x') return Math.trunc(value).toString(16);
    return String(Math.trunc(value));
  });
  return failed ? new Unknown('a `%` format rstro cannot follow') : out;
}

/** str.format with positional and keyword fields (no format specs beyond plain ones). */
function braceFormat(format: string, positional: unknown[], keywords: Map<string, unknown>): unknown {
  let auto = 0;
  let failed = false;
  const out = format.replace(/\{\{|\}\}|\{([^{}!:]*)(![rs])?(:[^{}]*)?\}/g, (m, field: string | undefined, conversion: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const name = field ?? '';
    const value = name === '' ? positional[auto++] : /^\d+$/.test(name) ? positional[Number(name)] : keywords.get(name);
    if (value === undefined || value instanceof Unknown) return ((failed = true), '');
    return conversion === '!r' ? pyRepr(value) : pyStr(value);
  });
  return failed ? new Unknown('a `.format()` rstro cannot follow') : out;
}

const MAX_REPEAT = 1_000_000;

function binary(op: string, left: unknown, right: unknown): unknown {
  if (left instanceof Unknown) return left;
  if (right instanceof Unknown) return right;
  if (op === '+') {
    if (typeof left === 'string' && typeof right === 'string') return left + right;
    if (typeof left === 'number' && typeof right === 'number') return left + right;
    if (Array.isArray(left) && Array.isArray(right) && isTuple(left) === isTuple(right)) {
      const joined = [...left, ...right];
      return isTuple(left) ? makeTuple(joined) : joined;
    }
  }
  if (op === '-' && typeof left === 'number' && typeof right === 'number') return left - right;
  if (op === '-' && left instanceof Set && right instanceof Set) return new Set([...left].filter((x) => !right.has(x)));
  if (op === '*') {
    if (typeof left === 'number' && typeof right === 'number') return left * right;
    const [seq, n] = typeof right === 'number' ? [left, right] : [right, left];
    // A configuration value is never megabytes long; refuse rather than exhaust memory.
    if (typeof n === 'number' && (typeof seq === 'string' || Array.isArray(seq)) && seq.length * n > MAX_REPEAT) return new Unknown('a repetition too large to evaluate');
    if (typeof n === 'number' && typeof seq === 'string') return seq.repeat(Math.max(0, n));
    if (typeof n === 'number' && Array.isArray(seq)) {
      const out: unknown[] = [];
      for (let k = 0; k < n; k++) out.push(...seq);
      return isTuple(seq) ? makeTuple(out) : out;
    }
  }
  if (op === '/' && typeof left === 'number' && typeof right === 'number' && right !== 0) return left / right;
  if (op === '//' && typeof left === 'number' && typeof right === 'number' && right !== 0) return Math.floor(left / right);
  if (op === '%') {
    if (typeof left === 'string') return percentFormat(left, right);
    if (typeof left === 'number' && typeof right === 'number' && right !== 0) return ((left % right) + right) % right;
  }
  if (op === '|' && left instanceof Map && right instanceof Map) return new Map([...left, ...right]);
  if (op === '|' && left instanceof Set && right instanceof Set) return new Set([...left, ...right]);
  return new Unknown(`'${op}' on these values`);
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value) || typeof value === 'string') return value.length > 0;
  if (value instanceof Map || value instanceof Set) return value.size > 0;
  return Boolean(value);
}

/** A callable value produced by attribute access on a string (`'x'.format`). */
class BoundMethod {
  constructor(readonly self: unknown, readonly name: string) {}
}

const STRING_METHODS = new Set(['format', 'join', 'lower', 'upper', 'strip', 'lstrip', 'rstrip', 'replace', 'split', 'title', 'capitalize', 'startswith', 'endswith']);

/** Where each bracket closes and what it holds directly, computed once so nested brackets cost linear time. */
interface BracketInfo {
  close: number;
  /** A `for` at the bracket's own level: a comprehension. */
  hasFor: boolean;
  /** A `:` at the bracket's own level: a slice (in `[]`) or a dict (in `{}`). */
  hasColon: boolean;
}

function bracketInfo(tokens: Token[]): Map<number, BracketInfo> {
  const info = new Map<number, BracketInfo>();
  const stack: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'op' && '([{'.includes(t.value)) {
      stack.push(i);
      info.set(i, { close: -1, hasFor: false, hasColon: false });
    } else if (t.kind === 'op' && ')]}'.includes(t.value)) {
      const open = stack.pop();
      if (open !== undefined) info.get(open)!.close = i;
    } else if (stack.length > 0) {
      const inner = info.get(stack[stack.length - 1])!;
      if (t.kind === 'name' && t.value === 'for') inner.hasFor = true;
      if (t.kind === 'op' && t.value === ':') inner.hasColon = true;
    }
  });
  return info;
}

/** Deeper nesting than any real configuration: refused instead of recursing. */
const MAX_DEPTH = 100;

class ExpressionParser {
  private pos: number;
  constructor(private brackets: Map<number, BracketInfo>, private tokens: Token[], start: number, private end: number, private names: Map<string, Assignment>, private depth = 0) {
    this.pos = start;
  }

  private nested(start: number, end: number): ExpressionParser {
    if (this.depth >= MAX_DEPTH) throw new StatementError(`brackets nested deeper than ${MAX_DEPTH} levels`);
    return new ExpressionParser(this.brackets, this.tokens, start, end, this.names, this.depth + 1);
  }

  parseAll(): unknown {
    if (this.pos >= this.end) throw new StatementError('expression expected');
    const value = this.exprList();
    if (this.pos < this.end) throw new StatementError(`unexpected '${this.tokens[this.pos].value}'`);
    return value;
  }

  parseArguments(): { positional: unknown[]; keywords: Map<string, unknown> } {
    const positional: unknown[] = [];
    const keywords = new Map<string, unknown>();
    while (this.pos < this.end) {
      const t = this.peek();
      if (t.kind === 'name' && this.tokens[this.pos + 1]?.value === '=' && this.pos + 1 < this.end) {
        this.pos += 2;
        keywords.set(t.value, this.test());
      } else if (t.value === '*' || t.value === '**') {
        throw new StatementError('star arguments');
      } else positional.push(this.test());
      if (this.pos < this.end) this.expect(',');
    }
    return { positional, keywords };
  }

  private peek(): Token {
    return this.pos < this.end ? this.tokens[this.pos] : { kind: 'eof', value: '', line: 0 };
  }

  private isOp(value: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.value === value;
  }

  private isName(value: string): boolean {
    const t = this.peek();
    return t.kind === 'name' && t.value === value;
  }

  private expect(value: string): void {
    if (!this.isOp(value)) throw new StatementError(`'${value}' expected, found '${this.peek().value || 'end of line'}'`);
    this.pos++;
  }

  private exprList(): unknown {
    const first = this.test();
    if (!this.isOp(',')) return first;
    const items = [first];
    while (this.isOp(',')) {
      this.pos++;
      if (this.pos >= this.end || this.isOp(')') || this.isOp('=')) break;
      items.push(this.test());
    }
    const bad = items.find((x) => x instanceof Unknown);
    return bad ?? makeTuple(items);
  }

  private test(): unknown {
    if (this.isName('lambda')) {
      this.skipBalancedUntil([',', ')', ']', '}']);
      return new Unknown('a lambda');
    }
    const value = this.orTest();
    if (this.isName('if')) {
      this.pos++;
      const condition = this.orTest();
      if (!this.isName('else')) throw new StatementError("'else' expected");
      this.pos++;
      const other = this.test();
      if (condition instanceof Unknown) return new Unknown(`a condition that depends on ${condition.reason}`);
      return truthy(condition) ? value : other;
    }
    return value;
  }

  private orTest(): unknown {
    let value = this.andTest();
    while (this.isName('or')) {
      this.pos++;
      const right = this.andTest();
      value = value instanceof Unknown ? value : truthy(value) ? value : right;
    }
    return value;
  }

  private andTest(): unknown {
    let value = this.notTest();
    while (this.isName('and')) {
      this.pos++;
      const right = this.notTest();
      value = value instanceof Unknown ? value : !truthy(value) ? value : right;
    }
    return value;
  }

  private notTest(): unknown {
    if (this.isName('not')) {
      this.pos++;
      const value = this.notTest();
      return value instanceof Unknown ? value : !truthy(value);
    }
    return this.comparison();
  }

  private comparison(): unknown {
    let left = this.bitOr();
    for (;;) {
      const t = this.peek();
      let op: string | null = null;
      if (t.kind === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(t.value)) op = t.value;
      else if (t.kind === 'name' && (t.value === 'in' || t.value === 'is')) op = t.value;
      else if (t.kind === 'name' && t.value === 'not' && this.tokens[this.pos + 1]?.value === 'in') op = 'not in';
      if (!op) return left;
      this.pos += op === 'not in' ? 2 : 1;
      if (op === 'is' && this.isName('not')) {
        this.pos++;
        op = 'is not';
      }
      const right = this.bitOr();
      left = compare(op, left, right);
    }
  }

  private bitOr(): unknown {
    let value = this.arith();
    while (this.isOp('|')) {
      this.pos++;
      value = binary('|', value, this.arith());
    }
    return value;
  }

  private arith(): unknown {
    let value = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.tokens[this.pos++].value;
      value = binary(op, value, this.term());
    }
    return value;
  }

  private term(): unknown {
    let value = this.factor();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%') || this.isOp('//')) {
      const op = this.tokens[this.pos++].value;
      value = binary(op, value, this.factor());
    }
    return value;
  }

  private factor(): unknown {
    if (this.isOp('-') || this.isOp('+')) {
      const op = this.tokens[this.pos++].value;
      const value = this.factor();
      if (value instanceof Unknown) return value;
      if (typeof value !== 'number') return new Unknown(`unary '${op}' on a non-number`);
      return op === '-' ? -value : value;
    }
    const base = this.power();
    if (this.isOp('**')) {
      this.pos++;
      const exponent = this.factor();
      if (typeof base === 'number' && typeof exponent === 'number') return base ** exponent;
      return base instanceof Unknown ? base : new Unknown("'**' on these values");
    }
    return base;
  }

  private power(): unknown {
    let value = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.pos++;
        const name = this.peek();
        if (name.kind !== 'name') throw new StatementError('attribute name expected');
        this.pos++;
        if (value instanceof Unknown) value = new Unknown(`${value.reason}.${name.value}`);
        else if (typeof value === 'string' && STRING_METHODS.has(name.value)) value = new BoundMethod(value, name.value);
        else value = new Unknown(`attribute '${name.value}'`);
      } else if (this.isOp('(')) {
        const close = this.matching(this.pos);
        const inner = this.nested(this.pos + 1, close);
        const args = inner.parseArguments();
        this.pos = close + 1;
        value = call(value, args.positional, args.keywords);
      } else if (this.isOp('[')) {
        const close = this.matching(this.pos);
        const inner = this.nested(this.pos + 1, close);
        if (this.brackets.get(this.pos)?.hasColon) {
          this.pos = close + 1;
          value = value instanceof Unknown ? value : new Unknown('a slice');
          continue;
        }
        const key = inner.parseAll();
        this.pos = close + 1;
        value = subscript(value, key);
      } else return value;
    }
  }

  /** Index of the bracket closing the one at `open`. */
  private matching(open: number): number {
    const close = this.brackets.get(open)?.close ?? -1;
    if (close < 0 || close >= this.end) throw new StatementError('unclosed bracket');
    return close;
  }

  private skipBalancedUntil(stops: string[]): void {
    let depth = 0;
    while (this.pos < this.end) {
      const t = this.tokens[this.pos];
      if (t.kind === 'op' && '([{'.includes(t.value)) depth++;
      else if (t.kind === 'op' && ')]}'.includes(t.value)) {
        if (depth === 0) return;
        depth--;
      } else if (depth === 0 && t.kind === 'op' && stops.includes(t.value)) return;
      this.pos++;
    }
  }

  private atom(): unknown {
    const t = this.peek();
    if (t.kind === 'string') {
      let value: unknown = '';
      while (this.peek().kind === 'string') {
        const s = this.tokens[this.pos++];
        const part = s.prefix?.includes('f') ? this.fString(s.value) : s.value;
        value = binary('+', value, part);
      }
      return value;
    }
    if (t.kind === 'number') {
      this.pos++;
      return parseNumber(t.value);
    }
    if (t.kind === 'name') {
      this.pos++;
      if (t.value === 'True') return true;
      if (t.value === 'False') return false;
      if (t.value === 'None') return null;
      const known = this.names.get(t.value);
      if (known) return known.value;
      if (BUILTINS.has(t.value)) return new BoundMethod(null, t.value);
      return new Unknown(t.value);
    }
    if (t.kind === 'op' && (t.value === '(' || t.value === '[' || t.value === '{')) {
      const open = this.pos;
      const close = this.matching(open);
      const start = open + 1;
      this.pos = close + 1;
      if (this.brackets.get(open)?.hasFor) return new Unknown('a comprehension');
      const inner = this.nested(start, close);
      if (t.value === '(') {
        if (close === start) return makeTuple([]);
        const value = inner.exprList();
        if (inner.pos < close) throw new StatementError(`unexpected '${this.tokens[inner.pos].value}'`);
        return value;
      }
      if (t.value === '[') return inner.listItems(close);
      return inner.dictOrSet(close);
    }
    throw new StatementError(t.kind === 'eof' ? 'expression expected' : `unexpected '${t.value}'`);
  }

  private listItems(close: number): unknown {
    const items: unknown[] = [];
    while (this.pos < close) {
      items.push(this.test());
      if (this.pos < close) this.expect(',');
    }
    return items.find((x) => x instanceof Unknown) ?? items;
  }

  private dictOrSet(close: number): unknown {
    if (this.pos >= close) return new Map();
    const map = new Map<unknown, unknown>();
    const set = new Set<unknown>();
    let isDict: boolean | null = null;
    let unknown: Unknown | null = null;
    while (this.pos < close) {
      if (this.isOp('**')) throw new StatementError('dict unpacking');
      const key = this.test();
      if (key instanceof Unknown) unknown ??= key;
      if (this.isOp(':')) {
        isDict = true;
        this.pos++;
        const value = this.test();
        if (value instanceof Unknown) unknown ??= value;
        map.set(key, value);
      } else {
        isDict = false;
        set.add(key);
      }
      if (this.pos < close) this.expect(',');
    }
    if (unknown) return unknown;
    return isDict ? map : set;
  }

  private fString(template: string): unknown {
    // Only plain `{name}` fields: anything else would need Python.
    let failed: Unknown | null = null;
    const out = template.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z_0-9]*)\}|\{[^}]*\}/g, (m, name: string | undefined) => {
      if (m === '{{') return '{';
      if (m === '}}') return '}';
      const value = name ? this.names.get(name)?.value : undefined;
      if (value === undefined || value instanceof Unknown) {
        failed ??= value instanceof Unknown ? value : new Unknown(`the f-string field ${m}`);
        return '';
      }
      return pyStr(value);
    });
    return failed ?? out;
  }
}

const BUILTINS = new Set(['dict', 'list', 'tuple', 'set', 'str', 'int', 'float', 'bool', 'len', 'sorted']);

function call(callee: unknown, args: unknown[], keywords: Map<string, unknown>): unknown {
  if (callee instanceof Unknown) return new Unknown(`${callee.reason}(...)`);
  const bad = [...args, ...keywords.values()].find((a) => a instanceof Unknown);
  if (bad) return bad;
  if (!(callee instanceof BoundMethod)) return new Unknown('a call');
  const self = callee.self;
  if (typeof self === 'string') {
    switch (callee.name) {
      case 'format':
        return braceFormat(self, args, keywords as Map<string, unknown>);
      case 'join':
        return args.length === 1 && toList(args[0]).every((x) => typeof x === 'string') ? toList(args[0]).join(self) : new Unknown('str.join');
      case 'lower':
        return self.toLowerCase();
      case 'upper':
        return self.toUpperCase();
      case 'strip':
        return self.trim();
      case 'lstrip':
        return self.trimStart();
      case 'rstrip':
        return self.trimEnd();
      case 'title':
        return self.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
      case 'capitalize':
        return self.charAt(0).toUpperCase() + self.slice(1).toLowerCase();
      case 'replace':
        return typeof args[0] === 'string' && typeof args[1] === 'string' ? self.split(args[0]).join(args[1]) : new Unknown('str.replace');
      case 'split':
        return args.length === 0 ? self.split(/\s+/).filter(Boolean) : typeof args[0] === 'string' ? self.split(args[0]) : new Unknown('str.split');
      case 'startswith':
        return typeof args[0] === 'string' ? self.startsWith(args[0]) : new Unknown('str.startswith');
      case 'endswith':
        return typeof args[0] === 'string' ? self.endsWith(args[0]) : new Unknown('str.endswith');
    }
  }
  switch (callee.name) {
    case 'dict': {
      const base = args[0] instanceof Map ? new Map(args[0]) : new Map();
      for (const [k, v] of keywords) base.set(k, v);
      return base;
    }
    case 'list':
      return args.length === 0 ? [] : [...toList(args[0])];
    case 'tuple':
      return makeTuple(args.length === 0 ? [] : [...toList(args[0])]);
    case 'set':
      return new Set(args.length === 0 ? [] : toList(args[0]));
    case 'sorted':
      return [...toList(args[0])].sort();
    case 'str':
      return args.length === 0 ? '' : pyStr(args[0]);
    case 'int':
      return typeof args[0] === 'number' ? Math.trunc(args[0]) : typeof args[0] === 'string' && /^\s*[-+]?\d+\s*$/.test(args[0]) ? parseInt(args[0], 10) : new Unknown('int()');
    case 'float':
      return typeof args[0] === 'number' ? args[0] : typeof args[0] === 'string' && !Number.isNaN(Number(args[0])) ? Number(args[0]) : new Unknown('float()');
    case 'bool':
      return args.length === 0 ? false : truthy(args[0]);
    case 'len':
      return args[0] instanceof Map || args[0] instanceof Set ? args[0].size : toList(args[0]).length;
  }
  return new Unknown(`${callee.name}()`);
}

function subscript(value: unknown, key: unknown): unknown {
  if (value instanceof Unknown) return value;
  if (key instanceof Unknown) return key;
  if (value instanceof Map && value.has(key)) return value.get(key);
  if ((Array.isArray(value) || typeof value === 'string') && typeof key === 'number') {
    const index = key < 0 ? value.length + key : key;
    if (index >= 0 && index < value.length) return value[index];
  }
  return new Unknown(`the item ${pyRepr(key)}`);
}

function compare(op: string, left: unknown, right: unknown): unknown {
  if (left instanceof Unknown) return left;
  if (right instanceof Unknown) return right;
  switch (op) {
    case '==':
    case 'is':
      return left === right;
    case '!=':
    case 'is not':
      return left !== right;
    case 'in':
    case 'not in': {
      let found: boolean;
      if (typeof right === 'string' && typeof left === 'string') found = right.includes(left);
      else if (right instanceof Map) found = right.has(left);
      else found = toList(right).includes(left);
      return op === 'in' ? found : !found;
    }
  }
  if (typeof left === 'number' && typeof right === 'number') {
    return op === '<' ? left < right : op === '>' ? left > right : op === '<=' ? left <= right : left >= right;
  }
  return new Unknown(`'${op}' on these values`);
}

function parseNumber(text: string): unknown {
  const clean = text.replace(/_/g, '');
  if (/[jJ]$/.test(clean)) return new Unknown('a complex number');
  if (/^0[xX]/.test(clean)) return parseInt(clean.slice(2), 16);
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}

export { pyRepr };

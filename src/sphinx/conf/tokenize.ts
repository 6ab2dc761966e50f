// A tokenizer for the part of Python that conf.py files use: names, numbers,
// strings (every prefix and quote style), operators and brackets. It tracks
// bracket depth so that a "logical line" ends only at a newline outside
// brackets, as Python's own tokenizer does, and records each logical line's
// indentation so the reader can skip the bodies of `if`/`def` blocks.

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'eof';

export interface Token {
  kind: TokenKind;
  /** For strings: the decoded value; for others: the source text. */
  value: string;
  line: number;
  /** String prefix letters, lowercased ('', 'r', 'f', 'rb', ...). */
  prefix?: string;
  /** Indentation (columns) of the logical line this token starts; set on a line's first token. */
  indent?: number;
}

export class PythonSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '='];

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const src = source.replace(/\r\n?/g, '\n');
  let i = 0;
  let line = 1;
  let depth = 0;
  let atLineStart = true;
  while (i < src.length) {
    if (atLineStart && depth === 0) {
      // Measure indentation; blank and comment-only lines do not start a logical line.
      let col = 0;
      let j = i;
      while (j < src.length && (src[j] === ' ' || src[j] === '\t' || src[j] === '\f')) {
        col = src[j] === '\t' ? col + 8 - (col % 8) : col + 1;
        j++;
      }
      if (j >= src.length) break;
      if (src[j] === '\n' || src[j] === '#') {
        while (j < src.length && src[j] !== '\n') j++;
        i = j + 1;
        line++;
        continue;
      }
      i = j;
      atLineStart = false;
      const token = readToken();
      token.indent = col;
      tokens.push(token);
      continue;
    }
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\f') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === '\n') {
      if (depth === 0) {
        tokens.push({ kind: 'newline', value: '\n', line });
        atLineStart = true;
      }
      i++;
      line++;
      continue;
    }
    tokens.push(readToken());
  }
  if (depth > 0) throw new PythonSyntaxError("'(' was never closed", line);
  if (tokens.length > 0 && tokens[tokens.length - 1].kind !== 'newline') tokens.push({ kind: 'newline', value: '\n', line });
  tokens.push({ kind: 'eof', value: '', line });
  return tokens;

  function readToken(): Token {
    const start = line;
    const c = src[i];
    const prefixMatch = /^([rRbBuUfF]{1,2})?(['"])/.exec(src.slice(i, i + 4));
    if (prefixMatch && (prefixMatch[1] === undefined || /^(r|u|b|f|rb|br|fr|rf)$/i.test(prefixMatch[1]))) {
      const prefix = (prefixMatch[1] ?? '').toLowerCase();
      i += prefix.length;
      return readString(prefix, start);
    }
    if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
      const m = /^[A-Za-z_0-9\u0080-\uffff]+/.exec(src.slice(i))!;
      i += m[0].length;
      return { kind: 'name', value: m[0], line: start };
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*)?\.?[0-9_]*(?:[eE][+-]?[0-9]+)?)[jJ]?/.exec(src.slice(i))!;
      i += m[0].length;
      return { kind: 'number', value: m[0], line: start };
    }
    for (const op of OPERATORS) {
      if (src.startsWith(op, i)) {
        i += op.length;
        if (op === '(' || op === '[' || op === '{') depth++;
        if (op === ')' || op === ']' || op === '}') {
          if (depth === 0) throw new PythonSyntaxError(`unmatched '${op}'`, start);
          depth--;
        }
        return { kind: 'op', value: op, line: start };
      }
    }
    throw new PythonSyntaxError(`invalid character '${c}'`, start);
  }

  function readString(prefix: string, start: number): Token {
    const quote = src[i];
    const triple = src.startsWith(quote.repeat(3), i);
    const delimiter = triple ? quote.repeat(3) : quote;
    i += delimiter.length;
    const raw = prefix.includes('r');
    let value = '';
    for (;;) {
      if (i >= src.length) throw new PythonSyntaxError('unterminated string literal', start);
      if (src.startsWith(delimiter, i)) {
        i += delimiter.length;
        return { kind: 'string', value, line: start, prefix };
      }
      const c = src[i];
      if (c === '\n') {
        if (!triple) throw new PythonSyntaxError('unterminated string literal', start);
        line++;
        value += c;
        i++;
        continue;
      }
      if (c === '\\') {
        const next = src[i + 1];
        if (next === undefined) throw new PythonSyntaxError('unterminated string literal', start);
        if (next === '\n') line++;
        if (raw) {
          value += c + next;
          i += 2;
          continue;
        }
        const [decoded, length] = decodeEscape(src, i);
        value += decoded;
        i += length;
        continue;
      }
      value += c;
      i++;
    }
  }
}

/** Decodes the escape sequence at src[i] (a backslash); returns the text and the length consumed. */
function decodeEscape(src: string, i: number): [string, number] {
  const next = src[i + 1];
  const simple: Record<string, string> = { '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  if (next in simple) return [simple[next], 2];
  if (/[0-7]/.test(next)) {
    const m = /^[0-7]{1,3}/.exec(src.slice(i + 1))!;
    return [String.fromCharCode(parseInt(m[0], 8)), 1 + m[0].length];
  }
  const hex: Record<string, number> = { x: 2, u: 4, U: 8 };
  if (next in hex) {
    const digits = src.slice(i + 2, i + 2 + hex[next]);
    if (/^[0-9a-fA-F]+$/.test(digits) && digits.length === hex[next]) return [String.fromCodePoint(parseInt(digits, 16)), 2 + digits.length];
  }
  // Python keeps unknown escapes as written.
  return ['\\' + next, 2];
}

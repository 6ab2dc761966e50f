// Python's repr() of a str (or None): docutils and Sphinx print option values
// this way in their messages, and we print the same words.
export function pythonRepr(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'None';
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of value) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (isControl(ch.codePointAt(0)!)) out += '\\x' + ch.codePointAt(0)!.toString(16).padStart(2, '0');
    else out += ch;
  }
  return quote + out + quote;
}

/** C0 and C1 control characters, which Python's repr() writes as \\xNN. */
function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0);
}

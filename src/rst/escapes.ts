// Backslash escapes. The inline parser marks an escaped character by putting
// \x00 before it, so later stages can still tell `\*` from `*`.

/**
 * Mark backslash-escapes: `\x` becomes `\x00x`, and `\\` becomes `\x00\\`. A backslash
 * ending the text escapes nothing and is dropped, as in docutils.
 */
export function escapeToNull(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([\s\S]?)/g, '\x00$1');
}

/**
 * Remove escape marks. An escaped space or newline disappears entirely (so
 * `a\ b` reads `ab`), as in docutils. With `restoreBackslashes`, marks turn
 * back into backslashes instead.
 */
export function unescape(text: string, restoreBackslashes = false): string {
  if (!text.includes('\x00')) return text;
  if (restoreBackslashes) return text.replace(/\x00/g, '\\');
  return text.replace(/\x00[ \n]/g, '').replace(/\x00/g, '');
}

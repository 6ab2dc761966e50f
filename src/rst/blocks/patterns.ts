// Regular expressions shared by several constructs, written from the
// reStructuredText spec's definitions.

/** The spec's "simple reference name": alphanumerics plus isolated internal - . _ + : */
export const SIMPLENAME = String.raw`(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*`;

/** 7-bit ASCII punctuation: the characters that may form section adornments and quote literal blocks. */
export const NONALPHANUM7BIT = String.raw`[!-\/:-@[-\`{-~]`;

/** An adornment line: one punctuation character repeated (trailing spaces already stripped). */
export const ADORNMENT = new RegExp(String.raw`^(${NONALPHANUM7BIT})\1*$`);

export function isAdornment(line: string): boolean {
  return adornmentShaped(line) && ADORNMENT.test(line);
}

/**
 * Cheap pre-check for ADORNMENT (one character repeated): the second and the last character equal
 * the first. Every line that starts with punctuation, and the line after a paragraph's first
 * line, is checked, and nearly all are text.
 */
export function adornmentShaped(line: string): boolean {
  const n = line.length;
  if (n === 0) return false;
  const first = line.charCodeAt(0);
  return line.charCodeAt(n - 1) === first && (n === 1 || line.charCodeAt(1) === first);
}

/** Field marker, e.g. `:name:` followed by space or end of line. */
export const FIELD_MARKER = /^:(?![: ])((?:[^:\\]|\\.|:(?![ `]|$))*)(?<! ):( +|$)/;

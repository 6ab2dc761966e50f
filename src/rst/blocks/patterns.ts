// Regular expressions shared by several constructs, written from the
// reStructuredText spec's definitions.

/** The spec's "simple reference name": alphanumerics plus isolated internal - . _ + : */
export const SIMPLENAME = String.raw`(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*`;

/** 7-bit ASCII punctuation: the characters that may form section adornments and quote literal blocks. */
export const NONALPHANUM7BIT = String.raw`[!-\/:-@[-\`{-~]`;

/** An adornment line: one punctuation character repeated (trailing spaces already stripped). */
export const ADORNMENT = new RegExp(String.raw`^(${NONALPHANUM7BIT})\1*$`);

export function isAdornment(line: string): boolean {
  return ADORNMENT.test(line);
}

/** Field marker, e.g. `:name:` followed by space or end of line. */
export const FIELD_MARKER = /^:(?![: ])((?:[^:\\]|\\.|:(?![ `]|$))*)(?<! ):( +|$)/;

// Option converters Sphinx's directives use beyond docutils' set (the parser's
// converters live in src/rst/directives/options.ts). Messages keep Python's
// wording, as the parser's converters do.
import type { OptionConverter } from '../../rst/api.js';
import { pyRepr } from '../../rst/directives/options.js';

/** Python's int(): any sign. */
export const integer: OptionConverter = (value) => {
  const match = /^\s*([+-]?\d(?:_?\d)*)\s*$/.exec(value ?? '');
  if (!match) {
    if (value === null) throw new Error("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    throw new Error(`invalid literal for int() with base 10: ${pyRepr(value)}`);
  }
  return Number(match[1].replace(/_/g, ''));
};

/** Sphinx's optional_int: empty means null ("automatic"), else an integer >= 0. */
export const optionalInt: OptionConverter = (value) => {
  if (value === null || value.trim() === '') return null;
  const n = integer(value) as number;
  if (n < 0) throw new Error('negative value; must be positive or zero');
  return n;
};

/** Sphinx's int_or_nothing (highlight :linenothreshold:): empty means "never". */
export const intOrNothing: OptionConverter = (value) => {
  if (value === null || value.trim() === '') return Number.MAX_SAFE_INTEGER;
  return integer(value);
};

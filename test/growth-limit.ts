/**
 * Upper bound for the cost of 10x the input over the cost of the input, in the growth tests.
 *
 * A linear reader measures about 10 and a quadratic one about 100. The bound sits at their
 * geometric mean, so a linear reader passes even when a shared, busy machine makes one
 * measurement 3x off, while a quadratic reader still fails by the same factor. (At 20, CI
 * failed once on a linear table reader that measured 21.)
 */
export const GROWTH_LIMIT = 32;

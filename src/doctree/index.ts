export * from './types.js';
export * from './builders.js';
export { pformat, startTag, splitLines } from './pformat.js';

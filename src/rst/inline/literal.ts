// Inline literals:
//
//     Use ``print(*args)`` here; backslashes stay: ``C:\path``.
//         ^^ start-string and end-string ``; the content is not parsed further
import type { SimpleMarkup } from './simple-markup.js';
import { END_SLOT } from './state.js';

export const literal: SimpleMarkup = {
  name: 'literal',
  memoSlot: END_SLOT.literal,
  startString: '``',
  endChar: '`',
  literalContent: true,
  endAt: (state, i) => (state.s.charCodeAt(i) === 0x60 && state.s.charCodeAt(i + 1) === 0x60 /* `` */ ? 2 : 0),
  build: (state, start, contentStart, contentEnd, end) =>
    // Backslashes are literal text inside literals: turn the escape marks back into backslashes.
    state.element('literal', {}, [state.textNode(contentStart, contentEnd, state.raw(contentStart, contentEnd))], start, end),
};

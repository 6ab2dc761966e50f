// Inline literals:
//
//     Use ``print(*args)`` here; backslashes stay: ``C:\path``.
//         ^^ start-string and end-string ``; the content is not parsed further
import { unescape } from '../escapes.js';
import type { SimpleMarkup } from './simple-markup.js';

export const literal: SimpleMarkup = {
  name: 'literal',
  startString: '``',
  endChar: '`',
  endAt: (state, i) => (state.s[i] === '`' && state.s[i + 1] === '`' ? 2 : 0),
  build: (state, start, contentStart, contentEnd, end) => [
    // Backslashes are literal text inside literals: turn the escape marks back into backslashes.
    state.element('literal', {}, [state.textNode(contentStart, contentEnd, unescape(state.s.slice(contentStart, contentEnd), true))], start, end),
  ],
};

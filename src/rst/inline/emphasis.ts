// Emphasis:
//
//     This is *emphasized text*.
//             ^ start-string `*` (not `**`), end-string `*`
import { unescape } from '../escapes.js';
import type { SimpleMarkup } from './simple-markup.js';

export const emphasis: SimpleMarkup = {
  name: 'emphasis',
  startString: '*',
  endChar: '*',
  endAt: (state, i) => (state.s[i] === '*' ? 1 : 0),
  build: (state, start, contentStart, contentEnd, end) => [
    state.element('emphasis', {}, [state.textNode(contentStart, contentEnd, unescape(state.s.slice(contentStart, contentEnd)))], start, end),
  ],
};

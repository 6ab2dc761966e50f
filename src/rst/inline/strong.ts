// Strong emphasis:
//
//     This is **strong text**.
//             ^^ start-string and end-string `**`
import { unescape } from '../escapes.js';
import type { SimpleMarkup } from './simple-markup.js';

export const strong: SimpleMarkup = {
  name: 'strong',
  startString: '**',
  endChar: '*',
  endAt: (state, i) => (state.s[i] === '*' && state.s[i + 1] === '*' ? 2 : 0),
  build: (state, start, contentStart, contentEnd, end) => [
    state.element('strong', {}, [state.textNode(contentStart, contentEnd, unescape(state.s.slice(contentStart, contentEnd)))], start, end),
  ],
};

// Strong emphasis:
//
//     This is **strong text**.
//             ^^ start-string and end-string `**`
import type { SimpleMarkup } from './simple-markup.js';
import { END_SLOT } from './state.js';

export const strong: SimpleMarkup = {
  name: 'strong',
  memoSlot: END_SLOT.strong,
  startString: '**',
  endChar: '*',
  literalContent: false,
  endAt: (state, i) => (state.s.charCodeAt(i) === 0x2a && state.s.charCodeAt(i + 1) === 0x2a /* ** */ ? 2 : 0),
  build: (state, start, contentStart, contentEnd, end) => state.element('strong', {}, [state.textNode(contentStart, contentEnd)], start, end),
};

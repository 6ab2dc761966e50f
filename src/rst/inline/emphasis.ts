// Emphasis:
//
//     This is *emphasized text*.
//             ^ start-string `*` (not `**`), end-string `*`
import type { SimpleMarkup } from './simple-markup.js';
import { END_SLOT } from './state.js';

export const emphasis: SimpleMarkup = {
  name: 'emphasis',
  memoSlot: END_SLOT.emphasis,
  startString: '*',
  endChar: '*',
  literalContent: false,
  endAt: (state, i) => (state.s.charCodeAt(i) === 0x2a /* * */ ? 1 : 0),
  build: (state, start, contentStart, contentEnd, end) => state.element('emphasis', {}, [state.textNode(contentStart, contentEnd)], start, end),
};

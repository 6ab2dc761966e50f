// Inline internal targets:
//
//     Here is _`a target` in running text.
//             ^^ start-string _`, end-string `
//
// The phrase becomes an `inline` element carrying the target name, so
// references to "a target" can point at this spot.
import { normalizeName } from '../ids.js';
import type { SimpleMarkup } from './simple-markup.js';
import { END_SLOT } from './state.js';

export const inlineTarget: SimpleMarkup = {
  name: 'target',
  memoSlot: END_SLOT.target,
  startString: '_`',
  endChar: '`',
  literalContent: false,
  endAt: (state, i) => (state.s[i] === '`' ? 1 : 0),
  build: (state, start, contentStart, contentEnd, end) => {
    const value = state.unescaped(contentStart, contentEnd);
    const node = state.element('inline', { names: [normalizeName(value)] }, [state.textNode(contentStart, contentEnd, value)], start, end);
    state.document.noteExplicitTarget(node, state.ctx.parent);
    return node;
  },
};

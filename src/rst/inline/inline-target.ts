// Inline internal targets:
//
//     Here is _`a target` in running text.
//             ^^ start-string _`, end-string `
//
// The phrase becomes an `inline` element carrying the target name, so
// references to "a target" can point at this spot.
import { listAttr } from '../../doctree/builders.js';
import { unescape } from '../escapes.js';
import { normalizeName } from '../ids.js';
import type { SimpleMarkup } from './simple-markup.js';

export const inlineTarget: SimpleMarkup = {
  name: 'target',
  startString: '_`',
  endChar: '`',
  endAt: (state, i) => (state.s[i] === '`' ? 1 : 0),
  build: (state, start, contentStart, contentEnd, end) => {
    const value = unescape(state.s.slice(contentStart, contentEnd));
    const node = state.element('inline', {}, [state.textNode(contentStart, contentEnd, value)], start, end);
    listAttr(node, 'names').push(normalizeName(value));
    state.document.noteExplicitTarget(node, state.ctx.parent);
    return [node];
  },
};

// Substitution references, optionally also hyperlink references:
//
//     |name|    |name|_    |name|__
//     ^ start-string |, end-string |, |_ or |__
import { el } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { unescape } from '../escapes.js';
import { normalizeName, whitespaceNormalize } from '../ids.js';
import type { SimpleMarkup } from './simple-markup.js';

export const substitutionReference: SimpleMarkup = {
  name: 'substitution_reference',
  startString: '|',
  endChar: '|',
  // The longest of |__, |_ and | that the end-string rule accepts.
  endAt: (state, i) => {
    if (state.s[i] !== '|') return 0;
    if (state.s[i + 1] === '_') {
      if (state.s[i + 2] === '_' && state.endAllowed(i + 3)) return 3;
      if (state.endAllowed(i + 2)) return 2;
    }
    return 1;
  },
  build: (state, start, contentStart, contentEnd, end) => {
    const value = unescape(state.s.slice(contentStart, contentEnd));
    // Substitution names keep their case (an exact match is tried first); hyperlink names do not.
    const subname = whitespaceNormalize(value);
    const textEnd = contentEnd + 1;
    const subref = state.element('substitution_reference', { refname: subname }, [state.textNode(contentStart, contentEnd, value)], start, textEnd);
    state.document.noteSubstitutionRef(subref, subname);
    const suffix = end - textEnd;
    if (suffix === 0) return [subref];
    const reference: Element = el('reference', {}, [subref], state.position(start, end));
    if (suffix === 2) {
      reference.attributes.anonymous = 1;
      state.document.noteAnonymousRef(reference);
    } else {
      reference.attributes.refname = normalizeName(value);
      state.document.noteRefname(reference);
    }
    return [reference];
  },
};

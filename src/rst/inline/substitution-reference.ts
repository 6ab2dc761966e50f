// Substitution references, optionally also hyperlink references:
//
//     |name|    |name|_    |name|__
//     ^ start-string |, end-string |, |_ or |__
import { normalizeName, whitespaceNormalize } from '../ids.js';
import type { SimpleMarkup } from './simple-markup.js';
import { END_SLOT } from './state.js';

export const substitutionReference: SimpleMarkup = {
  name: 'substitution_reference',
  memoSlot: END_SLOT.substitution,
  startString: '|',
  endChar: '|',
  // The longest of |__, |_ and | that the end-string rule accepts.
  literalContent: false,
  endAt: (state, i) => {
    if (state.s[i] !== '|') return 0;
    if (state.s[i + 1] === '_') {
      if (state.s[i + 2] === '_' && state.endAllowed(i + 3)) return 3;
      if (state.endAllowed(i + 2)) return 2;
    }
    return 1;
  },
  build: (state, start, contentStart, contentEnd, end) => {
    const value = state.unescaped(contentStart, contentEnd);
    // Substitution names keep their case (an exact match is tried first); hyperlink names do not.
    const subname = whitespaceNormalize(value);
    const textEnd = contentEnd + 1;
    const subref = state.element('substitution_reference', { refname: subname }, [state.textNode(contentStart, contentEnd, value)], start, textEnd);
    state.document.noteSubstitutionRef(subref, subname);
    const suffix = end - textEnd;
    if (suffix === 0) return subref;
    if (suffix === 2) {
      const reference = state.element('reference', { anonymous: 1 }, [subref], start, end);
      state.document.noteAnonymousRef(reference);
      return reference;
    }
    const reference = state.element('reference', { refname: normalizeName(value) }, [subref], start, end);
    state.document.noteRefname(reference);
    return reference;
  },
};

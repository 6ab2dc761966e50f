// Footnote and citation references:
//
//     [1]_   [#]_   [#label]_   [*]_     footnote references (numbered, auto-numbered, labelled, symbol)
//     [CIT2002]_                         citation reference (label is a simple reference name)
import type { Element } from '../../doctree/types.js';
import { normalizeName } from '../ids.js';
import { simpleNameEnd } from './chars.js';
import { type InlineState, NO_MATCH } from './state.js';

/** Recognise a reference whose `[` is at `start` (rule 6 already holds there); see NO_MATCH for the answer. */
export function recognizeFootnoteReference(state: InlineState, start: number): number {
  const s = state.s;
  const labelStart = start + 1;
  const labelEnd = labelEndAt(state, labelStart);
  if (labelEnd < 0) return NO_MATCH;
  const end = labelEnd + 2;
  const label = s.slice(labelStart, labelEnd);
  let node: Element;
  if (!isFootnoteLabel(s, labelStart, labelEnd)) {
    node = state.element('citation_reference', { refname: normalizeName(label) }, [state.textNode(labelStart, labelEnd, label)], start, end);
    state.document.noteCitationRef(node);
  } else if (label.startsWith('#')) {
    node = state.element('footnote_reference', { auto: 1 }, [], start, end);
    state.document.noteAutofootnoteRef(node);
    // Set after the id the note above gives (attribute order shows in the output).
    if (label.length > 1) {
      node.attributes.refname = normalizeName(label.slice(1));
      state.document.noteFootnoteRef(node);
    }
  } else if (label === '*') {
    node = state.element('footnote_reference', { auto: '*' }, [], start, end);
    state.document.noteSymbolFootnoteRef(node);
  } else {
    node = state.element('footnote_reference', { refname: normalizeName(label) }, [state.textNode(labelStart, labelEnd, label)], start, end);
    state.document.noteFootnoteRef(node);
  }
  state.emit(start, node);
  return end;
}

/** End of the label starting at `from`, in the first of its forms followed by `]_` and an allowed end-string follower, or -1. */
function labelEndAt(state: InlineState, from: number): number {
  const s = state.s;
  // The forms, in docutils' order: digits, `#` and an optional name, `*`, a citation name.
  let i = from;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i > from && closesLabel(state, i)) return i;
  const first = s.charCodeAt(from);
  if (first === 0x23 /* # */) {
    const c = simpleNameEnd(s, from + 1);
    if (closesLabel(state, c)) return c;
  }
  if (first === 0x2a /* * */ && closesLabel(state, from + 1)) return from + 1;
  const name = simpleNameEnd(s, from);
  return name > from && closesLabel(state, name) ? name : -1;
}

function closesLabel(state: InlineState, i: number): boolean {
  return state.s.charCodeAt(i) === 0x5d /* ] */ && state.s.charCodeAt(i + 1) === 0x5f /* _ */ && state.endAllowed(i + 2);
}

function isFootnoteLabel(s: string, start: number, end: number): boolean {
  if (s[start] === '#' || (s[start] === '*' && end === start + 1)) return true;
  for (let i = start; i < end; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
}

// Footnote and citation references:
//
//     [1]_   [#]_   [#label]_   [*]_     footnote references (numbered, auto-numbered, labelled, symbol)
//     [CIT2002]_                         citation reference (label is a simple reference name)
import { el, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { normalizeName } from '../ids.js';
import { simpleNameEnd } from './chars.js';
import type { InlineState, Recognition } from './state.js';

/** Recognise a reference whose `[` is at `start` (rule 6 already holds there). */
export function recognizeFootnoteReference(state: InlineState, start: number): Recognition | null {
  const s = state.s;
  const labelStart = start + 1;
  const labelEnd = labelEndAt(s, labelStart);
  if (labelEnd < 0) return null;
  const citation = !isFootnoteLabel(s, labelStart, labelEnd);
  const end = labelEnd + 2;
  const label = s.slice(labelStart, labelEnd);
  const position = state.position(start, end);
  let node: Element;
  if (citation) {
    node = el('citation_reference', { refname: normalizeName(label) }, [text(label, state.position(labelStart, labelEnd))], position);
    state.document.noteCitationRef(node);
  } else if (label.startsWith('#')) {
    node = el('footnote_reference', { auto: 1 }, [], position);
    state.document.noteAutofootnoteRef(node);
    if (label.length > 1) {
      node.attributes.refname = normalizeName(label.slice(1));
      state.document.noteFootnoteRef(node);
    }
  } else if (label === '*') {
    node = el('footnote_reference', { auto: '*' }, [], position);
    state.document.noteSymbolFootnoteRef(node);
  } else {
    node = el('footnote_reference', { refname: normalizeName(label) }, [text(label, state.position(labelStart, labelEnd))], position);
    state.document.noteFootnoteRef(node);
  }
  return { kind: 'nodes', start, end, nodes: [node] };

  function labelEndAt(text: string, from: number): number {
    // Each label form, then `]_` and an allowed end-string follower.
    const candidates: number[] = [];
    let i = from;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i > from) candidates.push(i);
    if (text[from] === '#') candidates.push(simpleNameEnd(text, from + 1));
    if (text[from] === '*') candidates.push(from + 1);
    const name = simpleNameEnd(text, from);
    if (name > from) candidates.push(name);
    for (const c of candidates) if (text[c] === ']' && text[c + 1] === '_' && state.endAllowed(c + 2)) return c;
    return -1;
  }
}

function isFootnoteLabel(s: string, start: number, end: number): boolean {
  if (s[start] === '#' || (s[start] === '*' && end === start + 1)) return true;
  for (let i = start; i < end; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
}

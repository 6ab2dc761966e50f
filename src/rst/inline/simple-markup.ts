// The constructs whose content is plain text between a start-string and an
// end-string of the same kind:
//
//     *emphasis*   **strong**   ``literal``   _`inline target`   |substitution|
//
// They share the recognition rules; what differs is the end-string and the
// node they make. An unmatched start-string becomes a `problematic` node with
// the warning "Inline <kind> start-string without end-string.".
import type { DoctreeNode } from '../../doctree/types.js';
import { charBefore, isQuotePair, isWhitespace } from './chars.js';
import { problematic } from './problematic.js';
import type { InlineState, Recognition } from './state.js';

export interface SimpleMarkup {
  /** Kind name used in the warning (docutils' node class name). */
  name: string;
  startString: string;
  /** Length of an end-string at `i` (0 when there is none); called only where rule 2 holds. */
  endAt(state: InlineState, i: number): number;
  /** Build the nodes for content s[contentStart, contentEnd) closed by an end-string ending at `end`. */
  build(state: InlineState, start: number, contentStart: number, contentEnd: number, end: number): DoctreeNode[];
}

/** Recognise `markup` whose start-string begins at `start` (rule 1 already checked by the caller). */
export function recognizeSimple(state: InlineState, markup: SimpleMarkup, start: number, segmentStart: number): Recognition {
  const contentStart = start + markup.startString.length;
  if (state.quoted(start, contentStart, segmentStart, isQuotePair)) return { kind: 'skip', resume: contentStart };
  const literalEnd = markup.name === 'literal';
  const found = state.findEnd(markup.name, contentStart, (i) => {
    if (!(literalEnd ? literalPrecededOk(state, i) : state.endPrecededOk(i)) && i !== contentStart) return null;
    const length = markup.endAt(state, i);
    return length > 0 && state.endAllowed(i + length) ? length : null;
  });
  // An end-string right at the start would enclose nothing: docutils gives up (rule 3).
  if (found && found.at > contentStart) {
    const end = found.at + found.data;
    return { kind: 'nodes', start, end, nodes: markup.build(state, start, contentStart, found.at, end) };
  }
  const message = state.warning(`Inline ${markup.name} start-string without end-string.`);
  const node = problematic(state.document, state.raw(start, contentStart), message, state.position(start, contentStart));
  return { kind: 'nodes', start, end: contentStart, nodes: [node] };
}

/** Inside literals backslashes are not escapes, so only whitespace before the end-string disqualifies it. */
function literalPrecededOk(state: InlineState, i: number): boolean {
  const before = state.s[i - 1];
  return before !== undefined && !isWhitespace(charBefore(state.s, i));
}

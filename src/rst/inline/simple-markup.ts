// The constructs whose content is plain text between a start-string and an
// end-string of the same kind:
//
//     *emphasis*   **strong**   ``literal``   _`inline target`   |substitution|
//
// They share the recognition rules; what differs is the end-string and the
// node they make. An unmatched start-string becomes a `problematic` node with
// the warning "Inline <kind> start-string without end-string.".
import type { DoctreeNode } from '../../doctree/types.js';
import { charBefore, isWhitespace, isWhitespaceCode } from './chars.js';
import { problematic } from './problematic.js';
import { type InlineState, SKIP } from './state.js';

export interface SimpleMarkup {
  /** Kind name used in the warning (docutils' node class name). */
  name: string;
  /** This kind's slot in the end-string memo (InlineState.findEnd). */
  memoSlot: number;
  startString: string;
  /** First character of the end-string: endAt is 0 wherever it is absent (lets the search jump). */
  endChar: string;
  /** Inside literals backslashes are not escapes (see literalPrecededOk). */
  literalContent: boolean;
  /** Length of an end-string at `i` (0 when there is none); must be side-effect free (it is tried before rule 2, and again once found). */
  endAt(state: InlineState, i: number): number;
  /** The node for content s[contentStart, contentEnd) closed by an end-string ending at `end`. */
  build(state: InlineState, start: number, contentStart: number, contentEnd: number, end: number): DoctreeNode;
}

/** Recognise `markup` whose start-string begins at `start` (rule 1 already checked by the caller); see NO_MATCH and SKIP for the answer. */
export function recognizeSimple(state: InlineState, markup: SimpleMarkup, start: number, segmentStart: number): number {
  const contentStart = start + markup.startString.length;
  if (state.quoted(start, contentStart, segmentStart)) {
    state.resumeAt = contentStart;
    return SKIP;
  }
  const at = state.findEnd(markup.memoSlot, markup.endChar, contentStart, isEndString, markup);
  // An end-string right at the start would enclose nothing: docutils gives up (rule 3).
  if (at > contentStart) {
    const end = at + markup.endAt(state, at);
    state.emit(start, markup.build(state, start, contentStart, at, end));
    return end;
  }
  const message = state.warning(unclosedMessage(markup.name));
  state.emit(start, problematic(state.document, state.raw(start, contentStart), message, state.position(start, contentStart)));
  return contentStart;
}

/** Is there an end-string of `markup` at `i`, for content starting at `contentStart`? */
function isEndString(state: InlineState, i: number, contentStart: number, markup: SimpleMarkup): boolean {
  // The end-string test first: it is one character comparison and fails almost everywhere
  // (all three tests are side-effect free, so their order does not change the answer).
  const length = markup.endAt(state, i);
  if (length === 0) return false;
  if (!(markup.literalContent ? literalPrecededOk(state, i) : state.endPrecededOk(i)) && i !== contentStart) return false;
  return state.endAllowed(i + length);
}

/** Inside literals backslashes are not escapes, so only whitespace before the end-string disqualifies it. */
function literalPrecededOk(state: InlineState, i: number): boolean {
  if (i < 1 || i > state.s.length) return false;
  return !(isWhitespaceCode(state.s.charCodeAt(i - 1)) ?? isWhitespace(charBefore(state.s, i)));
}

const unclosedMessages = new Map<string, string>();
/** The warning text, built once per kind: thousands of unclosed start-strings then share one string. */
function unclosedMessage(kind: string): string {
  let message = unclosedMessages.get(kind);
  if (message === undefined) unclosedMessages.set(kind, (message = `Inline ${kind} start-string without end-string.`));
  return message;
}

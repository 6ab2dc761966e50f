// Simple hyperlink references (one word, no backquotes):
//
//     See docutils_ or the anonymous link__.
//         ^^^^^^^^^ a simple reference name followed by _ (named) or __ (anonymous)
//
// Reference names are words joined by single `-._+:` characters, so in
// `r_e-f_` the name is `r_e-f`.
import type { DoctreeNode } from '../../doctree/types.js';
import { normalizeName } from '../ids.js';
import { simpleNameEnd } from './chars.js';
import { type InlineState, NO_MATCH } from './state.js';

/** The longest-name match docutils' grammar allows for a name starting at `start`, memoized per run of name characters. */
export interface NameRun {
  start: number;
  end: number;
  /** End of the best reference name in the run (where `_` or `__` follows), or -1. */
  refEnd: number;
  refendLength: number;
}

function nameRun(state: InlineState, start: number): NameRun {
  const run = state.nameRun;
  if (run.start <= start && start < run.end) return run;
  // One record per parse, overwritten word by word: prose has many words.
  const end = simpleNameEnd(state.s, start);
  run.start = start;
  run.end = end;
  run.refEnd = -1;
  run.refendLength = 0;
  // Most words hold no underscore: then there is no reference to look for.
  if (state.nextUnderscore(start) > end) return run;
  // The grammar takes the longest name that is followed by `__` or `_` and then
  // by an allowed end-string follower; `_` inside the run joins name parts.
  for (let e = end; e > start; e--) {
    if (state.s.charCodeAt(e) !== 95 /* _ */) continue;
    if (state.s[e + 1] === '_' && state.endAllowed(e + 2)) {
      run.refEnd = e;
      run.refendLength = 2;
      break;
    }
    if (state.endAllowed(e + 1)) {
      run.refEnd = e;
      run.refendLength = 1;
      break;
    }
  }
  return run;
}

/** A simple reference starting at `start` (a name character where rule 6 holds); see NO_MATCH for the answer. */
export function recognizeReference(state: InlineState, start: number): number {
  const run = nameRun(state, start);
  if (run.refEnd <= start) return NO_MATCH;
  const name = state.s.slice(start, run.refEnd);
  const end = run.refEnd + run.refendLength;
  const children: DoctreeNode[] = [state.textNode(start, run.refEnd, name)];
  if (run.refendLength === 2) {
    const reference = state.element('reference', { anonymous: 1 }, children, start, end);
    state.document.noteAnonymousRef(reference);
    state.emit(start, reference);
  } else {
    const reference = state.element('reference', { refname: normalizeName(name) }, children, start, end);
    state.document.noteRefname(reference);
    state.emit(start, reference);
  }
  return end;
}

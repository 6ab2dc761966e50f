// Interpreted text and phrase references share their delimiters:
//
//     `text`            default role (title-reference unless `default-role` says otherwise)
//     :role:`text`      role prefix
//     `text`:role:      role suffix
//     `phrase`_         phrase reference (see ./phrase-reference.ts)
//     `phrase`__        anonymous phrase reference
//
// Errors, as docutils words them: both a prefix and a suffix role, a role with
// a reference suffix, an unknown role, and a backquote never closed.
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { lookupRole } from '../roles/lookup.js';
import { isNameChar, simpleNameEnd } from './chars.js';
import { phraseReference } from './phrase-reference.js';
import { problematic } from './problematic.js';
import { END_SLOT, type InlineState, SKIP } from './state.js';

interface EndString {
  /** Index just past the whole end-string (backquote, role suffix, reference suffix). */
  end: number;
  role: string | null;
  /** 0, or 1 for `_`, 2 for `__`. */
  refend: number;
}

/** Where a `:role:` prefix starting at `colon` ends (just past its second colon), or -1. */
export function rolePrefixEnd(s: string, colon: number): number {
  const nameEnd = simpleNameEnd(s, colon + 1);
  if (nameEnd === colon + 1 || s[nameEnd] !== ':' || s[nameEnd + 1] !== '`') return -1;
  return nameEnd + 1;
}

/** The end-string at backquote `i`, trying the longest suffix forms first, or null. */
function endStringAt(state: InlineState, i: number): EndString | null {
  const s = state.s;
  if (s[i] !== '`' || !state.endPrecededOk(i, true)) return null;
  const afterQuote = i + 1;
  if (s[afterQuote] === ':' && isNameChar(s[afterQuote + 1] ?? '')) {
    // A role suffix; the name may itself contain colons (`x`:a:b:), so try each possible end.
    const nameEnd = simpleNameEnd(s, afterQuote + 1);
    for (let k = nameEnd; k > afterQuote + 1; k--) {
      if (s[k] !== ':' || !isNameChar(s[k - 1] ?? '')) continue;
      const roleEnd = k + 1;
      const refend = refendAt(state, roleEnd);
      if (refend >= 0) return { end: roleEnd + refend, role: s.slice(afterQuote + 1, k), refend };
    }
  }
  const refend = refendAt(state, afterQuote);
  return refend >= 0 ? { end: afterQuote + refend, role: null, refend } : null;
}

/** Length of `__`, `_` or nothing at `i` such that an allowed follower comes next, or -1. */
function refendAt(state: InlineState, i: number): number {
  const s = state.s;
  if (s[i] === '_') {
    if (s[i + 1] === '_' && state.endAllowed(i + 2)) return 2;
    if (state.endAllowed(i + 1)) return 1;
  }
  return state.endAllowed(i) ? 0 : -1;
}

/** Is there an end-string at backquote `i`? (The search's test: see InlineState.findEnd.) */
function isEndString(state: InlineState, i: number): boolean {
  return endStringAt(state, i) !== null;
}

/**
 * Recognise interpreted text or a phrase reference starting at `start`: a
 * backquote, or the colon of a role prefix whose end is `backquote`.
 */
export function recognizeInterpreted(state: InlineState, start: number, backquote: number, segmentStart: number): number {
  const s = state.s;
  const prefixRole = backquote > start ? s.slice(start + 1, backquote - 1) : null;
  const contentStart = backquote + 1;
  if (prefixRole === null && state.quoted(start, contentStart, segmentStart)) {
    state.resumeAt = contentStart;
    return SKIP;
  }
  const at = state.findEnd(END_SLOT.interpreted, '`', contentStart, isEndString, null);
  if (at <= contentStart) {
    const message = state.warning('Inline interpreted text or phrase reference start-string without end-string.');
    state.emit(backquote, problematic(state.document, '`', message, state.position(backquote, contentStart)));
    return contentStart;
  }
  // The search only said where: the details are worked out again for the end-string found.
  const { end, role: suffixRole, refend } = endStringAt(state, at)!;
  if (suffixRole !== null && prefixRole !== null) {
    return fail(state, start, end, 'Multiple roles in interpreted text (both prefix and suffix present; only one allowed).');
  }
  const role = prefixRole ?? suffixRole;
  const escaped = s.slice(contentStart, at);
  if (refend > 0) {
    if (role !== null) return fail(state, start, end, `Mismatch: both interpreted text role ${prefixRole !== null ? 'prefix' : 'suffix'} and reference suffix.`);
    phraseReference(state, escaped, refend === 2, start, end);
    return end;
  }
  interpret(state, role, escaped, start, end);
  return end;
}

/** Markup that is recognised but wrong: a problematic node for all of it, and the error. */
function fail(state: InlineState, start: number, end: number, text: string): number {
  const message = state.warning(text);
  state.emit(start, problematic(state.document, state.raw(start, end), message, state.position(start, end)));
  return end;
}

/** Run the role (or the default role) on interpreted text, and emit its nodes. */
function interpret(state: InlineState, role: string | null, escaped: string, start: number, end: number): void {
  const rawText = state.raw(start, end);
  const { registries, defaultRole } = state.ctx;
  const lineno = state.lineno;
  let lookup;
  if (role !== null) lookup = lookupRole(role, state.document, registries, { lineno, source: state.ctx.source });
  else if (defaultRole) lookup = lookupRole(defaultRole, state.document, registries, { lineno, quiet: true });
  else lookup = { fn: registries.roles.get('title-reference') ?? null, messages: NO_MESSAGES };
  pushAll(state.messages, lookup.messages);
  const name = role ?? '';
  if (!lookup.fn) {
    const message = state.document.reporter.error(`Unknown interpreted text role "${name}".`, state.messageOptions());
    state.messages.push(message);
    state.emit(start, problematic(state.document, rawText, message, state.position(start, end)));
    return;
  }
  const result = lookup.fn({
    name,
    rawText,
    text: escaped,
    lineno,
    inliner: state.handle,
    options: {},
    content: [],
  });
  pushAll(state.messages, result.messages);
  const position = state.position(start, end);
  // A role may return no nodes: the text before the markup is still text.
  state.flushText(start);
  for (const node of result.nodes) {
    if (!node.position) setPositions(node, position);
    state.emit(start, node);
  }
}

const NO_MESSAGES: Element[] = [];

/** Append without spreading (most lists are empty). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

function setPositions(node: DoctreeNode, position: NonNullable<DoctreeNode['position']>): void {
  if (!node.position) node.position = position;
  if (node.type !== 'text') for (const child of (node as { children: DoctreeNode[] }).children) setPositions(child, position);
}

// Phrase references, with optional embedded URIs or aliases:
//
//     `Python home`_                 named: refname "python home"
//     `anonymous phrase`__           anonymous
//     `Python <https://python.org>`_ embedded URI: reference + target named "python"
//     `docs <Python home_>`_         embedded alias: refers to the target "python home"
//     `<relative/uri>`__             no text: the URI is the text
//
// The `<...>` part must end the phrase, follow whitespace (or start it) and
// not start or end with whitespace; escaped `\<` never opens it.
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { unescape } from '../escapes.js';
import { normalizeName } from '../ids.js';
import { isWhitespace } from './chars.js';
import { isEmailAddress, startsWithUri } from './standalone-uri.js';
import type { InlineState } from './state.js';

/**
 * Index of the `<` of an embedded URI or alias ending the escape-marked phrase `escaped`, or -1.
 * The alias is escaped[lt + 1, length - 1); the phrase text is escaped[0, embeddedTextEnd()).
 */
function findEmbedded(escaped: string): number {
  const close = escaped.length - 1;
  if (escaped.charCodeAt(close) !== GT || escaped.charCodeAt(close - 1) === 0) return -1;
  // The last unescaped `<` or `>` before the closing `>` decides (found by the engine's own
  // backward searches: the URI in between is usually the longest part of the phrase).
  let k = close - 1;
  for (;;) {
    if (k < 0) return -1;
    const lt = escaped.lastIndexOf('<', k);
    const gt = escaped.lastIndexOf('>', k);
    if (lt < 0 && gt < 0) return -1;
    if (gt > lt) {
      if (escaped.charCodeAt(gt - 1) !== 0) return -1;
      k = gt - 1;
    } else {
      if (escaped.charCodeAt(lt - 1) !== 0) {
        k = lt;
        break;
      }
      k = lt - 1;
    }
  }
  if (k + 1 === close || isWhitespace(escaped[k + 1]!) || isWhitespace(escaped[close - 1]!)) return -1;
  if (embeddedTextEnd(escaped, k) === k && k > 0) return -1; // `text<uri>` needs whitespace before `<`
  return k;
}

/** End of the phrase text before the `<` at `lt` (the whitespace before it is not part of it). */
function embeddedTextEnd(escaped: string, lt: number): number {
  let textEnd = lt;
  while (textEnd > 0 && (escaped.charCodeAt(textEnd - 1) === SPACE || escaped.charCodeAt(textEnd - 1) === NEWLINE)) textEnd--;
  return textEnd;
}

const GT = 0x3e;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** An e-mail address embedded as a URI gets the mailto: scheme. */
function adjustUri(uri: string): string {
  // No `@`, no address: spares the address regex for nearly every link.
  return uri.includes('@') && isEmailAddress(uri) ? 'mailto:' + uri : uri;
}

/** Whitespace inside an embedded URI is dropped, escaped whitespace (`\ `) kept as a space. */
function uriFromAlias(alias: string): string {
  // Most embedded URIs hold no whitespace and no escape: nothing to drop or unescape.
  let uri = isPlainUri(alias) ? alias : unescape(alias.split(/\x00[ \n]/).map((part) => part.replace(/\s+/g, '')).join(' '));
  uri = adjustUri(uri);
  if (uri.endsWith('\\_')) uri = uri.slice(0, -2) + '_';
  return uri;
}

/** No escape marks and nothing JavaScript's `\s` matches: what uriFromAlias would return unchanged (before adjustUri). */
function isPlainUri(alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (code <= 32) return false;
    if (code >= 127 && isJsSpace(code)) return false;
  }
  return true;
}

/** Non-ASCII characters in JavaScript's `\s` (the ECMAScript WhiteSpace and LineTerminator sets). */
function isJsSpace(code: number): boolean {
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Emit the nodes for a phrase reference whose escape-marked content is
 * `escaped`. `anonymous` for the `__` form.
 */
export function phraseReference(state: InlineState, escaped: string, anonymous: boolean, start: number, end: number): void {
  const position = state.position(start, end);
  const lt = findEmbedded(escaped);
  if (lt < 0) {
    const value = unescape(escaped);
    const children: DoctreeNode[] = [{ type: 'text', value, position }];
    if (anonymous) {
      const reference: Element = { type: 'reference', attributes: { anonymous: 1 }, children, position };
      state.document.noteAnonymousRef(reference);
      state.emit(start, reference);
    } else {
      const reference: Element = { type: 'reference', attributes: { refname: normalizeName(value) }, children, position };
      state.document.noteRefname(reference);
      state.emit(start, reference);
    }
    return;
  }
  const a = escaped.slice(lt + 1, escaped.length - 1);
  const phrase = escaped.slice(0, embeddedTextEnd(escaped, lt));
  const isName = a.endsWith('_') && !a.endsWith('\x00_') && !startsWithUri(a);
  const alias = isName ? normalizeName(unescape(a.slice(0, -1))) : uriFromAlias(a);
  // `<uri>`__ with no phrase: the URI is the link text (as it stands, escapes and all).
  const value = phrase === '' ? alias : unescape(phrase);
  const children: DoctreeNode[] = [{ type: 'text', value, position }];
  const reference: Element = isName
    ? { type: 'reference', attributes: { refname: alias }, children, position }
    : { type: 'reference', attributes: { refuri: alias }, children, position };
  if (anonymous) {
    if (isName) state.document.noteRefname(reference);
    state.emit(start, reference);
    return;
  }
  const names = [normalizeName(value)];
  const target: Element = isName
    ? { type: 'target', attributes: { refname: alias, names }, children: [], position }
    : { type: 'target', attributes: { refuri: alias, names }, children: [], position };
  if (isName) {
    state.document.noteIndirectTarget(target);
    state.document.noteRefname(reference);
  }
  // Since docutils 1.0 the target an embedded link defines is an implicit one (a duplicate name is only INFO).
  state.document.noteImplicitTarget(target, state.ctx.parent);
  state.emit(start, reference);
  state.emit(start, target);
}

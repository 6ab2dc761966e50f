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
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { unescape } from '../escapes.js';
import { normalizeName } from '../ids.js';
import { isWhitespace } from './chars.js';
import { isEmailAddress, startsWithUri } from './standalone-uri.js';
import type { InlineState } from './state.js';

interface Embedded {
  /** Escape-marked phrase text before the `<`, without the whitespace. */
  text: string;
  /** Escape-marked content between `<` and `>`. */
  alias: string;
}

function findEmbedded(escaped: string): Embedded | null {
  const close = escaped.length - 1;
  if (escaped[close] !== '>' || escaped[close - 1] === '\x00') return null;
  for (let k = close - 1; k >= 0; k--) {
    const ch = escaped[k];
    if ((ch === '<' || ch === '>') && escaped[k - 1] !== '\x00') {
      if (ch === '>') return null;
      const alias = escaped.slice(k + 1, close);
      if (alias === '' || isWhitespace(alias[0]!) || isWhitespace(alias[alias.length - 1]!)) return null;
      let textEnd = k;
      while (textEnd > 0 && (escaped[textEnd - 1] === ' ' || escaped[textEnd - 1] === '\n')) textEnd--;
      if (textEnd === k && k > 0) return null; // `text<uri>` needs whitespace before `<`
      return { text: escaped.slice(0, textEnd), alias };
    }
  }
  return null;
}

/** An e-mail address embedded as a URI gets the mailto: scheme. */
function adjustUri(uri: string): string {
  // No `@`, no address: spares the address regex for nearly every link.
  return uri.includes('@') && isEmailAddress(uri) ? 'mailto:' + uri : uri;
}

/** Whitespace inside an embedded URI is dropped, escaped whitespace (`\ `) kept as a space. */
function uriFromAlias(alias: string): string {
  // Most embedded URIs are plain printable ASCII: nothing to drop or unescape.
  let uri = isPlainUri(alias) ? alias : unescape(alias.split(/\x00[ \n]/).map((part) => part.replace(/\s+/g, '')).join(' '));
  uri = adjustUri(uri);
  if (uri.endsWith('\\_')) uri = uri.slice(0, -2) + '_';
  return uri;
}

/** Printable ASCII without spaces or escape marks: what uriFromAlias would return unchanged (before adjustUri). */
function isPlainUri(alias: string): boolean {
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (code <= 32 || code >= 127) return false;
  }
  return true;
}

/**
 * Nodes for a phrase reference whose escape-marked content is `escaped`.
 * `anonymous` for the `__` form.
 */
export function phraseReference(state: InlineState, escaped: string, anonymous: boolean, start: number, end: number): DoctreeNode[] {
  const position = state.position(start, end);
  const embedded = findEmbedded(escaped);
  let phrase = escaped;
  let target: Element | null = null;
  let aliasKind: 'name' | 'uri' | null = null;
  let alias = '';
  if (embedded) {
    phrase = embedded.text;
    const a = embedded.alias;
    const escapedUnderscore = a.endsWith('\x00_');
    if (a.endsWith('_') && !escapedUnderscore && !startsWithUri(a)) {
      aliasKind = 'name';
      alias = normalizeName(unescape(a.slice(0, -1)));
      target = el('target', { refname: alias }, [], position);
    } else {
      aliasKind = 'uri';
      alias = uriFromAlias(a);
      target = el('target', { refuri: alias }, [], position);
    }
    if (phrase === '') phrase = alias;
  }
  const value = embedded && embedded.text === '' ? phrase : unescape(phrase);
  const reference = el('reference', {}, [text(value, position)], position);
  const refname = normalizeName(value);
  if (anonymous) {
    if (aliasKind === 'name') {
      reference.attributes.refname = alias;
      state.document.noteRefname(reference);
    } else if (aliasKind === 'uri') {
      reference.attributes.refuri = alias;
    } else {
      reference.attributes.anonymous = 1;
      state.document.noteAnonymousRef(reference);
    }
    return [reference];
  }
  if (!target) {
    reference.attributes.refname = refname;
    state.document.noteRefname(reference);
    return [reference];
  }
  target.attributes.names = [refname];
  if (aliasKind === 'name') {
    reference.attributes.refname = alias;
    state.document.noteIndirectTarget(target);
    state.document.noteRefname(reference);
  } else {
    reference.attributes.refuri = alias;
  }
  // Since docutils 1.0 the target an embedded link defines is an implicit one (a duplicate name is only INFO).
  state.document.noteImplicitTarget(target, state.ctx.parent);
  return [reference, target];
}

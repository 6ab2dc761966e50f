// Stand-in for src/rst/inline (used only by bench/conformance.mjs while that
// module does not exist): the text as one text node, backslash-escapes removed.
import { text } from '../../doctree/builders.js';
import type { InlineContext, InlineResult } from '../api.js';
import { escapeToNull, unescape } from '../escapes.js';

export function parseInline(value: string, _lineno: number, _ctx: InlineContext): InlineResult {
  return { nodes: value ? [text(unescape(escapeToNull(value)))] : [], messages: [] };
}

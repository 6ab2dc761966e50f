// The state of one inline parse: the text (with backslash-escapes marked by
// \x00, see ../escapes.ts), where we are in it, and what has been produced.
// Constructs (one file each in this folder) read the text through this object
// and report nodes back to it.
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../../doctree/types.js';
import type { DocumentModel, InlineContext, InlineHandle, Reporter } from '../api.js';
import { unescape } from '../escapes.js';
import type { NameRun } from './reference.js';
import { allowedAfterEnd, allowedBeforeStart, charAt, charBefore, isWhitespace } from './chars.js';

export class InlineState {
  readonly document: DocumentModel;
  readonly reporter: Reporter;
  readonly characterLevel: boolean;
  readonly messages: Element[] = [];
  /** Memo of end-string searches, one per construct kind, so that thousands of unclosed start-strings cost linear time. */
  readonly endCache = new Map<string, { from: number; at: number; data?: unknown }>();
  /** The last run of name characters examined for a simple reference (see ./reference.ts). */
  nameRun: NameRun | null = null;
  private lineStarts: number[] | null = null;

  constructor(
    /** The text with escapes marked by \x00. */
    readonly s: string,
    readonly lineno: number,
    readonly ctx: InlineContext,
    readonly handle: InlineHandle,
  ) {
    this.document = ctx.document;
    this.reporter = ctx.document.reporter;
    this.characterLevel = ctx.document.settings.characterLevelInlineMarkup;
  }

  /** Rule 6: may a start-string begin at `i`? `segmentStart` counts as the start of the text, as in docutils. */
  startAllowed(i: number, segmentStart: number): boolean {
    if (i === segmentStart) return true;
    // Rule 4 (escaped start-strings are text) still holds when rule 6 is off.
    if (this.characterLevel) return this.s[i - 1] !== '\x00';
    return allowedBeforeStart(charBefore(this.s, i));
  }

  /** Rule 7: may an end-string end at `i`? */
  endAllowed(i: number): boolean {
    return i >= this.s.length || this.characterLevel || allowedAfterEnd(charAt(this.s, i));
  }

  /** Rule 1: a start-string must be followed by non-whitespace (the end of the text counts as non-whitespace here; see quoted()). */
  nonWhitespaceAt(i: number): boolean {
    return i >= this.s.length || !isWhitespace(charAt(this.s, i));
  }

  /**
   * Rule 2: an end-string must follow non-whitespace, and must not itself be
   * escaped. For interpreted text only, an escaped space counts as
   * non-whitespace (`:title:`\ `` is interpreted text with empty content),
   * as in docutils.
   */
  endPrecededOk(i: number, escapedSpaceCounts = false): boolean {
    const before = this.s[i - 1];
    if (before === undefined || before === '\x00') return false;
    if (!isWhitespace(charBefore(this.s, i))) return true;
    return escapedSpaceCounts && this.s[i - 2] === '\x00';
  }

  /**
   * Rule 5: a start-string between a matching opener and closer, e.g. `(*)` or
   * `'*'`, is not markup; neither is one at the very end of the text.
   */
  quoted(start: number, end: number, segmentStart: number, isPair: (a: string, b: string) => boolean): boolean {
    if (start === segmentStart) return false;
    if (end >= this.s.length) return true;
    return isPair(charBefore(this.s, start), charAt(this.s, end));
  }

  /**
   * First position >= from where `test` finds an end-string (test returns its
   * length and details, or null). Results are memoized per kind: the tests
   * only look at neighbouring characters, so an answer for an earlier `from`
   * stays valid for later ones up to the position found.
   */
  findEnd<T>(kind: string, from: number, test: (i: number) => T | null): { at: number; data: T } | null {
    const cached = this.endCache.get(kind);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) {
      return cached.at === -1 ? null : { at: cached.at, data: cached.data as T };
    }
    for (let i = from; i < this.s.length; i++) {
      const data = test(i);
      if (data !== null) {
        this.endCache.set(kind, { from, at: i, data });
        return { at: i, data };
      }
    }
    this.endCache.set(kind, { from, at: -1 });
    return null;
  }

  /** Line and column of the character at `offset` (line starts are found once, then binary-searched). */
  pointAt(offset: number): { line: number; column: number } {
    if (this.lineStarts === null) {
      this.lineStarts = [0];
      for (let i = this.s.indexOf('\n'); i !== -1; i = this.s.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.lineno + lo, column: offset - starts[lo]! + 1 };
  }

  position(start: number, end: number): Position {
    const pos: Position = { start: this.pointAt(start), end: this.pointAt(end) };
    if (this.ctx.source) pos.source = this.ctx.source;
    return pos;
  }

  /** An element spanning s[start, end). */
  element(type: string, attributes: Record<string, unknown>, children: DoctreeNode[], start: number, end: number): Element {
    return el(type, attributes as Element['attributes'], children, this.position(start, end));
  }

  /** A text node for s[start, end) with escapes removed. */
  textNode(start: number, end: number, value = unescape(this.s.slice(start, end))): DoctreeNode {
    return text(value, this.position(start, end));
  }

  warning(message: string): Element {
    const msg = this.reporter.warning(message, this.messageOptions());
    this.messages.push(msg);
    return msg;
  }

  messageOptions(): { line: number; source?: string } {
    return this.ctx.source ? { line: this.lineno, source: this.ctx.source } : { line: this.lineno };
  }

  /** The raw source of s[start, end): escapes turned back into backslashes. */
  raw(start: number, end: number): string {
    return unescape(this.s.slice(start, end), true);
  }
}

/** What a construct reports when it recognises markup at a position. */
export type Recognition =
  /** Markup: `nodes` replace s[start, end). */
  | { kind: 'nodes'; start: number; end: number; nodes: DoctreeNode[] }
  /** Not markup after all (a quoted start-string): s[..resume) stays text, and the text after `resume` is scanned as if it began the text. */
  | { kind: 'skip'; resume: number };

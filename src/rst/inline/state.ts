// The state of one inline parse: the text (with backslash-escapes marked by
// \x00, see ../escapes.ts), where we are in it, and what has been produced.
// Constructs (one file each in this folder) read the text through this object
// and report nodes back to it.
import type { DoctreeNode, Element, Position } from '../../doctree/types.js';
import type { DocumentModel, InlineContext, InlineHandle, Reporter } from '../api.js';
import { unescape } from '../escapes.js';
import type { NameRun } from './reference.js';
import {
  allowedAfterEnd,
  allowedAfterEndCode,
  allowedBeforeStart,
  allowedBeforeStartCode,
  charAt,
  charBefore,
  isWhitespace,
  isWhitespaceCode,
} from './chars.js';

export class InlineState {
  readonly document: DocumentModel;
  readonly reporter: Reporter;
  readonly characterLevel: boolean;
  readonly messages: Element[] = [];
  /** Memo of end-string searches, one per construct kind, so that thousands of unclosed start-strings cost linear time. */
  private endCache: Map<string, { from: number; at: number; data?: unknown }> | null = null;
  /** The last run of name characters examined for a simple reference (see ./reference.ts). */
  readonly nameRun: NameRun = { start: -1, end: -1, refEnd: -1, refendLength: 0 };
  private lineStarts: number[] | null = null;
  /** Index into lineStarts of the last pointAt answer. */
  private lastLine = 0;
  private underscoreFrom = -1;
  private underscoreAt = -1;

  private colonAt = -2;
  private atSignAt = -2;

  /**
   * Might s[start, end) hold a standalone URI or e-mail address (a `:` or `@` in it)? The next
   * `:` and `@` are memoized, as text chunks are asked about left to right.
   */
  mayHoldUri(start: number, end: number): boolean {
    if (this.colonAt !== -1 && this.colonAt < start) this.colonAt = this.s.indexOf(':', start);
    if (this.atSignAt !== -1 && this.atSignAt < start) this.atSignAt = this.s.indexOf('@', start);
    return (this.colonAt !== -1 && this.colonAt < end) || (this.atSignAt !== -1 && this.atSignAt < end);
  }

  /** Index of the first `_` at or after `from` (or the text's length); memoized, as queries move forward. */
  nextUnderscore(from: number): number {
    if (from < this.underscoreFrom || from > this.underscoreAt) {
      const i = this.s.indexOf('_', from);
      this.underscoreFrom = from;
      this.underscoreAt = i < 0 ? this.s.length : i;
    }
    return this.underscoreAt;
  }

  constructor(
    /** The text with escapes marked by \x00. */
    readonly s: string,
    readonly lineno: number,
    readonly ctx: InlineContext,
    private readonly makeHandle: (ctx: InlineContext) => InlineHandle,
  ) {
    this.document = ctx.document;
    this.reporter = ctx.document.reporter;
    this.characterLevel = ctx.document.settings.characterLevelInlineMarkup;
  }

  private handleMade: InlineHandle | null = null;

  /** What roles see of the inline parser; built on first use (only interpreted text needs it). */
  get handle(): InlineHandle {
    return (this.handleMade ??= this.makeHandle(this.ctx));
  }

  /** Rule 6: may a start-string begin at `i`? `segmentStart` counts as the start of the text, as in docutils. */
  startAllowed(i: number, segmentStart: number): boolean {
    if (i === segmentStart) return true;
    // Rule 4 (escaped start-strings are text) still holds when rule 6 is off.
    if (this.characterLevel) return this.s.charCodeAt(i - 1) !== 0;
    // By code unit first (no one-character string per test); surrogates need the whole code point.
    return allowedBeforeStartCode(this.s.charCodeAt(i - 1)) ?? allowedBeforeStart(charBefore(this.s, i));
  }

  /** Rule 7: may an end-string end at `i`? */
  endAllowed(i: number): boolean {
    if (i >= this.s.length || this.characterLevel) return true;
    return allowedAfterEndCode(this.s.charCodeAt(i)) ?? allowedAfterEnd(charAt(this.s, i));
  }

  /** Rule 1: a start-string must be followed by non-whitespace (the end of the text counts as non-whitespace here; see quoted()). */
  nonWhitespaceAt(i: number): boolean {
    if (i >= this.s.length) return true;
    return !(isWhitespaceCode(this.s.charCodeAt(i)) ?? isWhitespace(charAt(this.s, i)));
  }

  /**
   * Rule 2: an end-string must follow non-whitespace, and must not itself be
   * escaped. For interpreted text only, an escaped space counts as
   * non-whitespace (`:title:`\ `` is interpreted text with empty content),
   * as in docutils.
   */
  endPrecededOk(i: number, escapedSpaceCounts = false): boolean {
    if (i < 1 || i > this.s.length) return false;
    const before = this.s.charCodeAt(i - 1);
    if (before === 0) return false;
    if (!(isWhitespaceCode(before) ?? isWhitespace(charBefore(this.s, i)))) return true;
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
  findEnd<T>(kind: string, from: number, test: (i: number) => T | null, endChar?: string): { at: number; data: T } | null {
    // Created on first use: most texts (one per paragraph) have no markup needing an end-string.
    const endCache = (this.endCache ??= new Map());
    const cached = endCache.get(kind);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) {
      return cached.at === -1 ? null : { at: cached.at, data: cached.data as T };
    }
    for (let i = from; i < this.s.length; i++) {
      // `test` fails wherever the end-string's first character is absent: jump to the next one.
      if (endChar !== undefined && (i = this.s.indexOf(endChar, i)) < 0) break;
      const data = test(i);
      if (data !== null) {
        endCache.set(kind, { from, at: i, data });
        return { at: i, data };
      }
    }
    endCache.set(kind, { from, at: -1 });
    return null;
  }

  /** Line and column of the character at `offset` (line starts are found once, then binary-searched). */
  pointAt(offset: number): { line: number; column: number } {
    // Neighbouring nodes meet at the same offsets (a text ends where the next markup starts;
    // a problematic and its text span the same range): recent points are shared, not rebuilt.
    // Sharing is safe because positions are never mutated (see fillPositions in ../index.ts).
    const recent = this.recentPoints;
    for (let k = 0; k < 8; k += 2) if (recent[k] === offset) return recent[k + 1] as { line: number; column: number };
    const point = this.computePoint(offset);
    const slot = this.recentNext;
    recent[slot] = offset;
    recent[slot + 1] = point;
    this.recentNext = (slot + 2) & 7;
    return point;
  }

  /** Last points handed out: offset, point, offset, point, ... (a ring of four). */
  private readonly recentPoints: unknown[] = [-1, null, -1, null, -1, null, -1, null];
  private recentNext = 0;

  private computePoint(offset: number): { line: number; column: number } {
    if (this.lineStarts === null) {
      this.lineStarts = [0];
      for (let i = this.s.indexOf('\n'); i !== -1; i = this.s.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    // Nodes are built left to right: the line of the previous query usually holds this offset too.
    const last = this.lastLine;
    if (starts[last]! <= offset && (last + 1 === starts.length || offset < starts[last + 1]!)) {
      return { line: this.lineno + last, column: offset - starts[last]! + 1 };
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return { line: this.lineno + lo, column: offset - starts[lo]! + 1 };
  }

  position(start: number, end: number): Position {
    // One object literal per shape (no property added later): every inline node gets a position.
    const source = this.ctx.source;
    return source ? { start: this.pointAt(start), end: this.pointAt(end), source } : { start: this.pointAt(start), end: this.pointAt(end) };
  }

  /** An element spanning s[start, end). */
  element(type: string, attributes: Record<string, unknown>, children: DoctreeNode[], start: number, end: number): Element {
    // Built as one literal rather than with `el`: callers pass fresh attribute objects (no copy
    // needed), and every node then has the same shape as the block parser's (see Parser.node).
    return { type, attributes: attributes as Element['attributes'], children, position: this.position(start, end) };
  }

  /** A text node for s[start, end) with escapes removed. */
  textNode(start: number, end: number, value = unescape(this.s.slice(start, end))): DoctreeNode {
    return { type: 'text', value, position: this.position(start, end) };
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

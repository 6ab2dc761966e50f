// The state of one inline parse: the text (with backslash-escapes marked by
// \x00, see ../escapes.ts), where we are in it, and what has been produced.
// Constructs (one file each in this folder) read the text through this object
// and report nodes back to it.
import type { DoctreeNode, Element, Point, Position, Text } from '../../doctree/types.js';
import type { DocumentModel, InlineContext, InlineHandle, Reporter } from '../api.js';
import { unescape } from '../escapes.js';
import type { NameRun } from './reference.js';
import { linkStandaloneUris } from './standalone-uri.js';
import {
  allowedAfterEnd,
  allowedAfterEndCode,
  allowedBeforeStart,
  allowedBeforeStartCode,
  charAt,
  charBefore,
  isAsciiNameCode,
  isNonAsciiNameCode,
  isWhitespace,
  isQuotePair,
  isQuotePairCode,
  isWhitespaceCode,
} from './chars.js';

export class InlineState {
  readonly document: DocumentModel;
  readonly reporter: Reporter;
  readonly characterLevel: boolean;
  /** Source file named in positions (ctx.source). */
  private readonly source: string | undefined;
  /** Does the text hold escape marks (\x00) at all? */
  readonly hasEscapes: boolean;
  readonly messages: Element[] = [];
  /** The parse's result so far: text and the nodes constructs emitted, in order. */
  readonly out: DoctreeNode[] = [];
  /** Start of the text not yet in `out` (plain text between constructs is added lazily, see emit()). */
  textStart = 0;
  /** Where scanning continues after a recognizer answered SKIP. */
  resumeAt = 0;
  /**
   * Memo of end-string searches, one slot per construct kind (see END_SLOT), so that thousands of
   * unclosed start-strings cost linear time: [from, at] pairs, `at` -1 for "none".
   */
  private readonly endMemo: number[];
  /** The last run of name characters examined for a simple reference (see ./reference.ts). */
  readonly nameRun: NameRun;
  /** Offsets where the text's lines start, once a point was asked for (lineCount > 0). */
  private readonly lineStarts: number[];
  private lineCount = 0;
  /** Index into lineStarts of the last pointAt answer. */
  private lastLine = 0;
  /** Recent points handed out and their offsets, in slot `offset % RECENT_POINTS` (see pointAt). */
  private readonly recentOffsets: number[];
  private readonly recentPoints: Array<Point | null>;
  /** Where the memory above comes from; given back by release(). */
  private readonly scratch: Scratch;
  // Memos of forward searches (see mayHoldUri, nextUnderscore, referenceFrom, nextMarkup).
  private colonAt = -2;
  private atSignAt = -2;
  private underscoreFrom = -1;
  private underscoreAt = -1;
  private regionUnderscore = -1;
  private regionStart = 0;
  private markupFrom = -1;
  private markupAt = -1;
  private handleMade: InlineHandle | null = null;

  /**
   * Might s[start, end) hold a standalone URI or e-mail address (a `:` or `@` in it)? The next
   * `:` and `@` are memoized, as text chunks are asked about left to right.
   */
  mayHoldUri(start: number, end: number): boolean {
    if (this.colonAt !== -1 && this.colonAt < start) this.colonAt = this.s.indexOf(':', start);
    if (this.atSignAt !== -1 && this.atSignAt < start) this.atSignAt = this.s.indexOf('@', start);
    return (this.colonAt !== -1 && this.colonAt < end) || (this.atSignAt !== -1 && this.atSignAt < end);
  }

  /**
   * The first position >= p where a simple reference could start (the text's length if none can).
   * A reference name is a run of name characters and joiners ending at a `_`: before the run that
   * leads up to the next `_`, none can start. Memoized per `_`.
   */
  referenceFrom(p: number): number {
    const underscore = this.nextUnderscore(p);
    if (underscore === this.s.length) return underscore;
    if (underscore !== this.regionUnderscore) {
      this.regionUnderscore = underscore;
      this.regionStart = nameRegionStart(this.s, underscore);
    }
    return this.regionStart > p ? this.regionStart : p;
  }

  /**
   * Index of the first markup character (`*`, backquote, `_`, `|`, `[`, `:`) at or after `from`, or
   * `limit` if that comes first. The answer is memoized (queries move forward), so jumping from one
   * reference region to the next never searches the same text twice.
   */
  nextMarkup(from: number, limit: number): number {
    if (from < this.markupFrom || from > this.markupAt) {
      MARKUP.lastIndex = from;
      this.markupFrom = from;
      this.markupAt = MARKUP.test(this.s) ? MARKUP.lastIndex - 1 : this.s.length;
    }
    return this.markupAt < limit ? this.markupAt : limit;
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
    this.source = ctx.source;
    this.hasEscapes = s.includes('\x00');
    const scratch = (this.scratch = spareScratch.pop() ?? new Scratch());
    this.endMemo = scratch.endMemo;
    this.nameRun = scratch.nameRun;
    this.lineStarts = scratch.lineStarts;
    this.recentOffsets = scratch.recentOffsets;
    this.recentPoints = scratch.recentPoints;
  }

  /** The parse is over: its working memory may serve the next one (the state must not be used any more). */
  release(): void {
    this.scratch.clear();
    spareScratch.push(this.scratch);
  }

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
    const code = this.s.charCodeAt(i);
    // ASCII first, inline: this runs for every start-string candidate.
    if (code < 128) return !(code === 32 || (code >= 9 && code <= 13) || (code >= 0x1c && code <= 0x1f));
    return !(isWhitespaceCode(code) ?? isWhitespace(charAt(this.s, i)));
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
  quoted(start: number, end: number, segmentStart: number): boolean {
    if (start === segmentStart) return false;
    if (end >= this.s.length) return true;
    return isQuotePairCode(this.s.charCodeAt(start - 1), this.s.charCodeAt(end)) ?? isQuotePair(charBefore(this.s, start), charAt(this.s, end));
  }

  /**
   * First position >= from where `test` finds an end-string, or -1. `test` gets `from` and
   * `subject` as arguments (no closure per search). Results are memoized per slot: the tests only
   * look at neighbouring characters, so an answer for an earlier `from` stays valid for later
   * ones up to the position found. `endChar` is the end-string's first character: the search
   * jumps from one to the next.
   */
  findEnd<T>(slot: number, endChar: string, from: number, test: (state: InlineState, i: number, from: number, subject: T) => boolean, subject: T): number {
    const memo = this.endMemo;
    this.scratch.endMemoUsed = true;
    const memoFrom = memo[2 * slot]!;
    const memoAt = memo[2 * slot + 1]!;
    if (memoFrom <= from && (memoAt === -1 || memoAt >= from)) return memoAt;
    let at = -1;
    const s = this.s;
    for (let i = s.indexOf(endChar, from); i >= 0; i = s.indexOf(endChar, i + 1)) {
      if (test(this, i, from, subject)) {
        at = i;
        break;
      }
    }
    memo[2 * slot] = from;
    memo[2 * slot + 1] = at;
    return at;
  }

  /** Line and column of the character at `offset` (line starts are found once, then binary-searched). */
  pointAt(offset: number): Point {
    // Neighbouring nodes meet at the same offsets (a text ends where the next markup starts;
    // a problematic and its text span the same range): recent points are shared, not rebuilt.
    // Sharing is safe because positions are never mutated (see fillPositions in ../index.ts).
    // A direct-mapped cache, one comparison per query (a search through a ring of recent points
    // cost more, mostly in mispredicted branches). The few offsets neighbouring nodes ask for
    // rarely share a slot; when they do, a point is merely built twice.
    const slot = offset & (RECENT_POINTS - 1);
    if (this.recentOffsets[slot] === offset) return this.recentPoints[slot]!;
    const point = this.computePoint(offset);
    this.recentOffsets[slot] = offset;
    this.recentPoints[slot] = point;
    return point;
  }

  private computePoint(offset: number): Point {
    const starts = this.lineStarts;
    if (this.lineCount === 0) {
      starts[0] = 0;
      let count = 1;
      for (let i = this.s.indexOf('\n'); i !== -1; i = this.s.indexOf('\n', i + 1)) starts[count++] = i + 1;
      this.lineCount = count;
    }
    const count = this.lineCount;
    // Nodes are built left to right: the line of the previous query usually holds this offset too.
    const last = this.lastLine;
    if (starts[last]! <= offset) {
      if (last + 1 === count || offset < starts[last + 1]!) return { line: this.lineno + last, column: offset - starts[last]! + 1 };
      // ... or the next one (a text running on to the next line).
      if (last + 2 === count || offset < starts[last + 2]!) {
        this.lastLine = last + 1;
        return { line: this.lineno + last + 1, column: offset - starts[last + 1]! + 1 };
      }
    }
    let lo = 0;
    let hi = count - 1;
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
    const source = this.source;
    return source ? { start: this.pointAt(start), end: this.pointAt(end), source } : { start: this.pointAt(start), end: this.pointAt(end) };
  }

  /** An element spanning s[start, end). */
  element(type: string, attributes: Record<string, unknown>, children: DoctreeNode[], start: number, end: number): Element {
    // Built as one literal rather than with `el`: callers pass fresh attribute objects (no copy
    // needed), and every node then has the same shape as the block parser's (see Parser.node).
    return { type, attributes: attributes as Element['attributes'], children, position: this.position(start, end) };
  }

  /** A text node for s[start, end) with escapes removed. */
  textNode(start: number, end: number, value = this.unescaped(start, end)): Text {
    return { type: 'text', value, position: this.position(start, end) };
  }

  /**
   * Add a construct's node for markup starting at `start`: the plain text before it goes first.
   * Constructs emit their nodes here rather than returning arrays (one array and record fewer
   * per construct).
   */
  emit(start: number, node: DoctreeNode): void {
    this.flushText(start);
    this.out.push(node);
  }

  /** Add the plain text from textStart up to `end` to the output (text nodes, standalone URIs linked). */
  flushText(end: number): void {
    const start = this.textStart;
    if (end <= start) return;
    this.textStart = end;
    // Most text between constructs holds no `:` or `@`, so no standalone URI: one text node, without
    // the slice and array that the URI search needs.
    if (!this.mayHoldUri(start, end)) {
      const value = this.unescaped(start, end);
      if (value !== '') this.out.push({ type: 'text', value, position: this.position(start, end) });
      return;
    }
    linkStandaloneUris(this.s.slice(start, end), this.characterLevel, this.out, this, start);
  }

  warning(message: string): Element {
    const msg = this.reporter.warning(message, this.messageOptions());
    this.messages.push(msg);
    return msg;
  }

  messageOptions(): { line: number; source?: string } {
    return this.ctx.source ? { line: this.lineno, source: this.ctx.source } : { line: this.lineno };
  }

  /** s[start, end) with escapes removed. */
  unescaped(start: number, end: number): string {
    // Most texts have no backslash at all: then no slice needs searching for escape marks.
    return this.hasEscapes ? unescape(this.s.slice(start, end)) : this.s.slice(start, end);
  }

  /** The raw source of s[start, end): escapes turned back into backslashes. */
  raw(start: number, end: number): string {
    return this.hasEscapes ? unescape(this.s.slice(start, end), true) : this.s.slice(start, end);
  }
}

/** The characters that can begin a construct other than a simple reference (ASCII_START in ./index.ts). */
const MARKUP = /[*`_|[:]/g;

/**
 * Start of the run of characters that may belong to a reference name (name characters, joiners
 * `-._+:`, and, to be safe, any half of a surrogate pair) ending just before `end`.
 */
function nameRegionStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && mayBelongToReferenceName(s.charCodeAt(i - 1))) i--;
  return i;
}

function mayBelongToReferenceName(code: number): boolean {
  if (code < 128) return isAsciiNameCode(code) || code === 0x2d || code === 0x2e || code === 0x5f || code === 0x2b || code === 0x3a; // - . _ + :
  return code >= 0xd800 && code <= 0xdfff ? true : isNonAsciiNameCode(code);
}

/** End-string memo slots (InlineState.findEnd): one per construct kind with an end-string. */
export const END_SLOT = { emphasis: 0, strong: 1, literal: 2, target: 3, substitution: 4, interpreted: 5 } as const;
const END_SLOTS = 6;
/** A memo `from` no search starts at: the slot is empty. */
const NO_MEMO = 0x7fffffff;

/**
 * The working memory of a parse that is not part of its result. Parses are many and small (one per
 * paragraph, title, term...): reusing these arrays spares a few hundred bytes of garbage each.
 * Nested parses (roles parsing their content) take a Scratch of their own.
 */
class Scratch {
  readonly endMemo: number[] = Array.from({ length: 2 * END_SLOTS }, () => NO_MEMO);
  readonly nameRun: NameRun = { start: -1, end: -1, refEnd: -1, refendLength: 0 };
  readonly lineStarts: number[] = [];
  readonly recentOffsets: number[] = Array.from({ length: RECENT_POINTS }, () => -1);
  readonly recentPoints: Array<Point | null> = Array.from({ length: RECENT_POINTS }, () => null);
  /** Did the last parse search for an end-string (most texts have no markup: nothing to forget)? */
  endMemoUsed = false;

  /** Forget the last parse (whose state must not be used any more). */
  clear(): void {
    // Loops rather than Array.prototype.fill: these arrays are tiny and this runs once per parse.
    if (this.endMemoUsed) {
      const memo = this.endMemo;
      for (let i = 0; i < memo.length; i++) memo[i] = NO_MEMO;
      this.endMemoUsed = false;
    }
    const run = this.nameRun;
    run.start = run.end = run.refEnd = -1;
    run.refendLength = 0;
    // Forgetting the offsets is enough: a point left behind holds two numbers, and is never
    // handed out again (its slot's offset no longer matches).
    for (let k = 0; k < RECENT_POINTS; k++) this.recentOffsets[k] = -1;
  }
}

const spareScratch: Scratch[] = [];

/**
 * How many recent points pointAt remembers (a power of two: slots are chosen by masking). A
 * construct asks for four (its start and end, its content's start and end) before the text in
 * front of it asks for that text's start, which is where the construct before ended: that one
 * should usually still be there (every point shared is one live object fewer).
 */
const RECENT_POINTS = 16;

// What a recognizer returns: the end of the markup it recognised at a position (after emitting its
// nodes, see InlineState.emit), or one of these.
/** No markup here: the scan moves on. */
export const NO_MATCH = -1;
/** Not markup after all (a quoted start-string): s[..state.resumeAt) stays text, and the text after it is scanned as if it began the text. */
export const SKIP = -2;

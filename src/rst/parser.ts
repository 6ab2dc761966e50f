// The block parser: walks a block's lines and hands each line to the first
// construct (src/rst/blocks/*.ts) that recognizes it, in the order the
// reStructuredText spec gives body elements precedence. Indented blocks are
// parsed by the same loop on their own dedented lines (nestedParse), so
// every construct works at any depth.
import type { Attributes, DoctreeNode, Element, Point, Position } from '../doctree/types.js';
import type { BlockState, InlineResult, Registries, Reporter } from './api.js';
import { Document } from './document.js';
import { parseInline } from './inline/index.js';
import { Machine } from './machine.js';
import { bodyConstructs, type Construct } from './blocks/index.js';
import { parseText } from './blocks/paragraph.js';
import { parseBlockQuote } from './blocks/block-quote.js';

/** Title styles: '=' for an underline-only title, '=/=' for an over- and underlined one. */
export interface SectionMemo {
  titleStyles: string[];
  sectionLevel: number;
}

/** The open sections of the block currently being parsed (only where titles are allowed). */
export interface SectionFrame {
  node: Element;
  level: number;
}

/** Everything a construct needs while parsing one block. */
export interface BlockContext {
  m: Machine;
  /** Where body elements go: the block's node, or the innermost open section. */
  parent: Element;
  /** The block's own node (sections opened inside the block nest below it). */
  root: Element;
  matchTitles: boolean;
  sections: SectionFrame[];
  /** Section level when this block started (sections can close down to it). */
  baseLevel: number;
  source: string;
}

/**
 * Deepest block nesting parsed; deeper blocks are reported instead of
 * overflowing the call stack (docutils stops at Python's recursion limit).
 */
export const MAX_DEPTH = 400;

// Constructs by the first character of a line: most lines start with a letter that
// only text, enumerators and adornments can start with.
const candidateTables = new WeakMap<Construct[], Construct[][]>();
// The last table used, to skip the WeakMap lookup on every block (nearly always the body constructs).
let lastConstructs: Construct[] | null = null;
let lastTable: Construct[][] = [];
function candidatesFor(constructs: Construct[], code: number): Construct[] {
  if (constructs === lastConstructs) return lastTable[code < 128 ? code : 128];
  let table = candidateTables.get(constructs);
  if (!table) {
    table = [];
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      table.push(constructs.filter((k) => !k.first || k.first.includes(ch)));
    }
    table.push(constructs.filter((k) => !k.first || /[^\x00-\x7f]/.test(k.first)));
    candidateTables.set(constructs, table);
  }
  lastConstructs = constructs;
  lastTable = table;
  return table[code < 128 ? code : 128];
}

/**
 * The isDirective predicate, reaching only the registries (which outlive every parse). It was an
 * arrow function field, which reaches the parser through `this`: engine caches at the call sites
 * it is handed to remember it, and V8's young-generation collections keep what they remember, so
 * each parsed tree stayed alive, and was copied and then promoted, until the next full collection
 * (measured; see test/rst/retention.test.ts).
 */
function directivePredicate(registries: Registries): (name: string) => boolean {
  return (name) => registries.directives.has(name);
}

/** Line indices from here up belong to included text (see Parser.insertedRanges). */
export const VIRTUAL_BASE = 1 << 28;

interface InsertedRange {
  start: number;
  length: number;
  source: string;
  /** Line number (1-based) of the range's first line in its source. */
  line: number;
  /** Include chain of this text, innermost (its own source) last. */
  stack: string[];
}

export class Parser implements BlockState {
  readonly memo: SectionMemo = { titleStyles: [], sectionLevel: 0 };
  defaultRole = '';
  currentSource: string;
  /** Included files enclosing the construct being parsed, innermost last. */
  private currentStack: string[] = [];
  /** Lines queued by insertInput, spliced in after the current block. */
  private pendingInserts: { lines: string[]; source: string; line: number; stack: string[] }[] = [];
  /**
   * Inserted (included) text gets document line indices from VIRTUAL_BASE up, one range per
   * insertion, so any line index still tells which file and line it came from.
   */
  readonly insertedRanges: InsertedRange[] = [];
  private nextVirtual = VIRTUAL_BASE;
  /** The innermost block being parsed (where insertInput puts lines). */
  private current: BlockContext | null = null;
  /** Nesting depth, to fail safely on pathological input instead of overflowing the stack. */
  private depth = 0;

  constructor(
    readonly document: Document,
    readonly registries: Registries,
  ) {
    this.currentSource = document.settings.sourcePath;
    this.isDirective = directivePredicate(registries);
  }

  /** Is a directive registered under this (canonical) name? (See directivePredicate.) */
  readonly isDirective: (name: string) => boolean;

  /** Name of the substitution whose directive is running (replace/unicode/date/image need it). */
  substitutionName: string | undefined;

  /** The substitution_definition element while its directive runs. */
  private substitutionNode: Element | undefined;

  withSubstitution<T>(name: string, node: Element, run: () => T): T {
    const saved = [this.substitutionName, this.substitutionNode] as const;
    this.substitutionName = name;
    this.substitutionNode = node;
    try {
      return run();
    } finally {
      [this.substitutionName, this.substitutionNode] = saved;
    }
  }

  /** Where the running construct's nodes go (docutils' state_machine.node). */
  get parentNode(): Element | undefined {
    return this.substitutionNode ?? this.current?.parent;
  }

  get reporter(): Reporter {
    return this.document.reporter;
  }

  /** Parse a whole block of lines into `parent`. */
  parseBlock(m: Machine, parent: Element, matchTitles: boolean, source = this.currentSource): void {
    const ctx: BlockContext = {
      m,
      parent,
      root: parent,
      matchTitles,
      sections: [],
      baseLevel: this.memo.sectionLevel,
      source,
    };
    const saved = this.current;
    const savedSource = this.currentSource;
    this.current = ctx;
    this.currentSource = source;
    this.depth++;
    try {
      if (this.depth > MAX_DEPTH) {
        parent.children.push(this.reporter.error('Nesting too deep; the rest of this block is not parsed.', { line: m.lineno(0) }));
        return;
      }
      this.runBody(ctx, bodyConstructs);
    } finally {
      this.depth--;
      this.current = saved;
      this.currentSource = savedSource;
      if (matchTitles) this.memo.sectionLevel = ctx.baseLevel;
    }
  }

  /** The body loop: skip blank lines, dispatch each block's first line. */
  runBody(ctx: BlockContext, constructs: Construct[]): void {
    const m = ctx.m;
    for (;;) {
      this.flushInserts(ctx);
      if (m.pos >= m.lines.length) break;
      const line = m.lines[m.pos];
      if (line === '') {
        m.pos++;
        continue;
      }
      const start = m.pos;
      try {
        if (line.charCodeAt(0) === 32) parseBlockQuote(this, ctx);
        else if (!this.dispatch(ctx, constructs, line)) parseText(this, ctx);
      } catch (error) {
        // A bug in a construct (or a directive) must not lose the rest of the document:
        // report it, skip the block it was reading, and go on.
        const message = error instanceof Error ? error.message : String(error);
        ctx.parent.children.push(this.reporter.severe(`Internal parser error: ${message}`, { line: m.lineno(start) }));
        m.pos = Math.max(m.pos, start + 1);
        while (m.pos < m.lines.length && m.lines[m.pos] !== '') m.pos++;
      }
      // Every construct consumes its first line; should one not, moving on still guarantees termination.
      if (m.pos <= start) m.pos = start + 1;
    }
  }

  /** Try the constructs that may start with this line's first character. */
  dispatch(ctx: BlockContext, constructs: Construct[], line: string): boolean {
    for (const construct of candidatesFor(constructs, line.charCodeAt(0))) {
      if (construct.mayMatch !== undefined && !construct.mayMatch(line)) continue;
      const match = construct.pattern.exec(line);
      if (!match) continue;
      const start = ctx.m.pos;
      if (construct.parse(this, ctx, match)) return true;
      ctx.m.pos = start;
    }
    return false;
  }

  // ---- BlockState (what directives see) -------------------------------------

  nestedParse(lines: string[], offset: number, parent: Element, options: { matchTitles?: boolean; source?: string } = {}): void {
    this.parseBlock(new Machine(lines, offset), parent, options.matchTitles ?? false, options.source ?? this.currentSource);
  }

  /** Parse a sub-block of the current machine. */
  parseSub(ctx: BlockContext, lines: string[], start: number, parent: Element, matchTitles = false, column = 0): void {
    const m = ctx.m;
    this.parseBlock(new Machine(lines, m.abs(start), m.mapSlice(start, start + lines.length), m.column + column), parent, matchTitles, ctx.source);
  }

  parseInline(textValue: string, lineno: number, parent?: Element, currentLine = lineno): InlineResult {
    this.document.currentLine = currentLine;
    return parseInline(textValue, lineno, {
      document: this.document,
      registries: this.registries,
      defaultRole: this.defaultRole,
      // Text from an included file reports that file.
      source: lineno > VIRTUAL_BASE ? this.locate(lineno - 1).source : this.currentSource,
      parent: parent ?? this.current?.parent,
    });
  }

  get includeStack(): string[] {
    return this.currentStack;
  }

  insertInput(lines: string[], source: string, firstLine = 1): void {
    this.pendingInserts.push({ lines, source, line: firstLine, stack: [...this.currentStack, source] });
  }

  /** Run `fn` with currentSource/includeStack set for the construct at document line index `abs`. */
  at<T>(abs: number, fn: () => T): T {
    const savedSource = this.currentSource;
    const savedStack = this.currentStack;
    const where = this.locate(abs);
    this.currentSource = where.source;
    this.currentStack = where.stack;
    try {
      return fn();
    } finally {
      this.currentSource = savedSource;
      this.currentStack = savedStack;
    }
  }

  /** Splice inserted lines (include) into the current block right after the construct that asked for them. */
  private flushInserts(ctx: BlockContext): void {
    if (!this.pendingInserts.length) return;
    const inserts = this.pendingInserts;
    this.pendingInserts = [];
    const m = ctx.m;
    for (const insert of inserts.reverse()) {
      const start = this.nextVirtual;
      this.nextVirtual += insert.lines.length + 1;
      this.insertedRanges.push({ start, length: insert.lines.length, source: insert.source, line: insert.line, stack: insert.stack });
      const map: number[] = [];
      for (let i = 0; i < m.lines.length; i++) map.push(m.abs(i));
      const added = insert.lines.map((_, i) => start + i);
      m.lines.splice(m.pos, 0, ...insert.lines);
      map.splice(m.pos, 0, ...added);
      m.map = map;
    }
  }

  /** Source and 1-based line for a document line index (included text maps back to its file). */
  locate(absIndex: number): { source: string; line: number; stack: string[] } {
    if (absIndex >= VIRTUAL_BASE) {
      // Ranges are allocated in increasing order: binary search for the last start <= absIndex.
      const ranges = this.insertedRanges;
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ranges[mid].start <= absIndex) lo = mid;
        else hi = mid - 1;
      }
      const r = ranges[lo];
      if (r && absIndex >= r.start) return { source: r.source, line: absIndex - r.start + r.line, stack: r.stack };
    }
    return { source: this.document.settings.sourcePath, line: absIndex + 1, stack: [] };
  }

  // ---- helpers for constructs -------------------------------------------------

  /** Inline-parse text that starts at local line `i`. */
  inline(ctx: BlockContext, value: string, i: number, parent?: Element, currentLocal = i): InlineResult {
    return this.parseInline(value, ctx.m.lineno(i), parent, ctx.m.lineno(currentLocal));
  }

  position(ctx: BlockContext, start: number, end = start, column = 0): Position {
    return {
      start: { line: ctx.m.lineno(start), column: ctx.m.column + column + 1 },
      end: { line: ctx.m.lineno(Math.max(start, end)), column: ctx.m.column + column + 1 },
    };
  }

  /**
   * An element positioned at local lines start..end. Built directly (not with `el`, which copies
   * the attributes): callers pass fresh objects, and this runs for every block node.
   */
  node(ctx: BlockContext, type: string, start: number, end = start, attributes: Attributes = {}, children: DoctreeNode[] = []): Element {
    const m = ctx.m;
    const column = m.column + 1;
    // A one-line node starts and ends at the same point: one object serves as both (points are
    // never mutated; every node keeps its position for the document's lifetime, so each object
    // saved is one the garbage collector does not copy).
    const first: Point = { line: m.lineno(start), column };
    const last = end > start ? m.lineno(end) : first.line;
    const position: Position = { start: first, end: last === first.line ? first : { line: last, column } };
    return { type, attributes, children, position };
  }

  literal(value: string, position: Position): Element {
    return { type: 'literal_block', attributes: { 'xml:space': 'preserve' }, children: [{ type: 'text', value, position }], position };
  }

  /**
   * The source as written, quoted in a system message (`children` of a reporter call). Built
   * without a position: the reporter gives it the message's.
   */
  quote(value: string): Element {
    return { type: 'literal_block', attributes: { 'xml:space': 'preserve' }, children: [{ type: 'text', value, position: undefined }], position: undefined };
  }

  /** "X ends without a blank line; unexpected unindent." at the line after the construct. */
  unindentWarning(ctx: BlockContext, what: string, nextLocal: number): Element {
    return this.reporter.warning(`${what} ends without a blank line; unexpected unindent.`, { line: ctx.m.lineno(nextLocal) });
  }
}

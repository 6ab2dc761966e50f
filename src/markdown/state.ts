// The MyST reader of one document. It implements the parser's BlockState, so
// the directives and roles registered for reStructuredText (docutils', the
// Sphinx layer's, the runbook's) run unchanged on Markdown pages: their
// nested content is parsed as Markdown again, and `{eval-rst}` content goes
// through the rST block parser sharing this document's ids and targets.
import { el, text } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import type { BlockState, InlineResult, MessageOptions, Registries, Reporter, RstSettings } from '../rst/api.js';
import type { Document } from '../rst/document.js';
import { normalizeName } from '../rst/ids.js';
import { Machine } from '../rst/machine.js';
import { Parser, VIRTUAL_BASE } from '../rst/parser.js';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { convertBlock } from './blocks.js';
import { frontMatterData, readFrontMatter } from './front-matter.js';
import { convertPhrasing } from './inline.js';
import { parseMdast } from './mdast.js';
import { preprocess, type Marker } from './preprocess.js';
import { Slugger } from './slug.js';
import type { MystConfig } from './types.js';

/** Where the lines being parsed came from: mdast line N is document line base + lineMap[N - 1] + 1. */
export interface Frame {
  lineMap: number[];
  base: number;
  source: string;
  definitions: Map<string, { url: string; title: string | null }>;
  /** The preprocessed text remark read (offsets of mdast positions index into it). */
  text: string;
}

interface SectionScope {
  root: Element;
  stack: { depth: number; node: Element }[];
}

interface FootnoteRecord {
  label: string;
  node: Element | null;
  refs: Element[];
}

/** Deeper nesting than this is refused with a message instead of overflowing the stack. */
const MAX_DEPTH = 60;

export class MystState implements BlockState {
  defaultRole = '';
  currentSource: string;
  readonly includeStack: string[] = [];
  parentNode: Element | undefined;
  readonly slugger = new Slugger();
  readonly extensions: Set<string>;
  headingAnchors: number;
  /** Footnotes by normalized label, in order of first mention. */
  private readonly footnotes = new Map<string, FootnoteRecord>();
  /** Same-page `#anchor` links, checked once every heading and target exists. */
  readonly localLinks: { node: Element; anchor: string }[] = [];
  /** Messages of inline content, placed after the block holding it. */
  pendingMessages: Element[] = [];
  private pendingInserts: { lines: string[]; source: string }[] = [];
  private depth = 0;
  private rst: Parser | null = null;
  /** The substitution extension's values: conf.py's myst_substitutions, then the page's front matter. */
  private substitutions: Record<string, string> | null = null;

  constructor(
    readonly document: Document,
    readonly registries: Registries,
    readonly config: MystConfig,
    readonly docname: string | undefined,
    readonly srcdir: string | undefined,
  ) {
    this.currentSource = document.settings.sourcePath;
    this.extensions = new Set(config.myst_enable_extensions ?? []);
    this.headingAnchors = config.myst_heading_anchors ?? 0;
  }

  get reporter(): Reporter {
    return this.document.reporter;
  }

  /** A system message; inside an included file it names that file. */
  report(level: number, message: string, options: MessageOptions = {}): Element {
    const source = options.source ?? (this.currentSource !== this.settings.sourcePath ? this.currentSource : undefined);
    return this.reporter.systemMessage(level, message, source ? { ...options, source } : options);
  }

  get settings(): RstSettings {
    return this.document.settings;
  }

  // ---- whole document ----------------------------------------------------------

  parseDocument(source: string): void {
    const root = this.document.root;
    // A byte-order mark would hide front matter's opening `---`.
    const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    this.parseLines(lines, 0, root, { matchTitles: true, frontMatter: true });
    this.finishFootnotes(root);
  }

  /** Parse Markdown lines (document line index of lines[0] is `base`) into `parent`. */
  parseLines(lines: string[], base: number, parent: Element, options: { matchTitles: boolean; frontMatter?: boolean }): void {
    this.depth++;
    try {
      if (this.depth > MAX_DEPTH) {
        parent.children.push(this.report(3, 'Nesting too deep; the rest of this block is not parsed.', { line: base + 1 }));
        return;
      }
      if (options.frontMatter) this.readPageSubstitutions(lines);
      const pre = preprocess(lines, {
        substitutions: this.substitutions ?? undefined,
        colonFence: this.extensions.has('colon_fence'),
        dollarMath: this.extensions.has('dollarmath'),
        frontMatter: options.frontMatter ?? false,
        deflist: this.extensions.has('deflist'),
        fieldlist: this.extensions.has('fieldlist'),
      });
      for (const problem of pre.problems) parent.children.push(this.report(problem.level, problem.message, { line: base + problem.origin + 1 }));
      if (pre.frontMatter) this.applyFrontMatter(pre.frontMatter.yaml, base + pre.frontMatter.origin, parent);
      const tree = parseMdast(pre.text);
      const frame: Frame = { lineMap: pre.lineMap, base, source: this.currentSource, definitions: collectDefinitions(tree), text: pre.text };
      const scope: SectionScope | null = options.matchTitles ? { root: parent, stack: [] } : null;
      this.convertChildren(tree.children, frame, parent, scope, [...pre.markers]);
    } finally {
      this.depth--;
    }
  }

  private readPageSubstitutions(lines: string[]): void {
    if (!this.extensions.has('substitution')) return;
    const values: Record<string, string> = {};
    const fromConf = this.config.extra?.myst_substitutions;
    if (fromConf && typeof fromConf === 'object') for (const [k, v] of Object.entries(fromConf)) values[k] = String(v);
    const front = frontMatterData(lines);
    const fromPage = (front?.substitutions ?? (front?.myst as Record<string, unknown> | undefined)?.substitutions) as unknown;
    if (fromPage && typeof fromPage === 'object') for (const [k, v] of Object.entries(fromPage)) values[k] = String(v);
    this.substitutions = values;
  }

  private applyFrontMatter(yaml: string, index: number, parent: Element): void {
    const position = this.linePos(index + 1);
    const result = readFrontMatter(yaml, index + 1, position, this.reporter);
    parent.children.push(...result.messages);
    if (result.fields) parent.children.push(result.fields);
    if (result.title !== null) this.document.root.attributes.title = result.title;
    const anchors = result.myst.heading_anchors;
    if (typeof anchors === 'number') this.headingAnchors = anchors;
  }

  private convertChildren(children: RootContent[], frame: Frame, parent: Element, scope: SectionScope | null, markers: Marker[]): void {
    const current = () => (scope && scope.stack.length ? scope.stack[scope.stack.length - 1].node : parent);
    const flushMarkers = (beforeLine: number) => {
      while (markers.length && markers[0].line < beforeLine) this.emitMarker(markers.shift()!, frame, current());
    };
    for (const child of children) {
      flushMarkers(child.position?.start.line ?? Infinity);
      if (child.type === 'heading') {
        if (scope) this.openSection(child, frame, scope);
        else this.nestedHeading(child, frame, current());
        continue;
      }
      this.appendBlock(child, frame, current());
    }
    flushMarkers(Infinity);
  }

  /** Convert one block, then the messages its inline content produced, then text queued by insertInput. */
  appendBlock(node: RootContent, frame: Frame, parent: Element): void {
    const savedParent = this.parentNode;
    const savedMessages = this.pendingMessages;
    this.parentNode = parent;
    this.pendingMessages = [];
    try {
      const nodes = convertBlock(this, node, frame);
      parent.children.push(...nodes, ...this.pendingMessages);
    } catch (error) {
      // A bug in a construct must not lose the page: say where it happened.
      parent.children.push(this.report(4, `Internal error while reading Markdown: ${(error as Error).message ?? error}`, { line: this.lineOf(node, frame) }));
    } finally {
      this.parentNode = savedParent;
      this.pendingMessages = savedMessages;
    }
    this.flushInserts(parent);
  }

  private emitMarker(marker: Marker, frame: Frame, parent: Element): void {
    const line = frame.base + marker.origin + 1;
    const position = this.linePos(line);
    if (marker.kind === 'comment') {
      const last = parent.children[parent.children.length - 1];
      // Consecutive `%` lines make one comment, as they read.
      if (last && last.type === 'comment' && (last as Element).data?.mystLine === line - 1) {
        const textNode = (last as Element).children[0] as { value: string };
        textNode.value += '\n' + marker.value;
        (last as Element).data!.mystLine = line;
        if (last.position) last.position.end.line = line;
        return;
      }
      const comment = el('comment', { 'xml:space': 'preserve' }, [text(marker.value, position)], position);
      comment.data = { mystLine: line };
      parent.children.push(comment);
      return;
    }
    const name = normalizeName(marker.value);
    if (!name) {
      parent.children.push(this.report(2, 'Empty target label "()=" ignored. [myst.target]', { line }));
      return;
    }
    const target = el('target', { names: [name] }, [], position);
    target.data = { line };
    this.document.currentLine = line;
    this.document.noteExplicitTarget(target, parent);
    parent.children.push(target);
  }

  // ---- sections ------------------------------------------------------------------

  private openSection(heading: Extract<RootContent, { type: 'heading' }>, frame: Frame, scope: SectionScope): void {
    const stack = scope.stack;
    const previous = stack.length ? stack[stack.length - 1].depth : 0;
    const line = this.lineOf(heading, frame);
    const parentBefore = stack.length ? stack[stack.length - 1].node : scope.root;
    if (heading.depth > previous + 1 && previous > 0) {
      parentBefore.children.push(this.report(2, `Non-consecutive header level increase; H${previous} to H${heading.depth} [myst.header]`, { line }));
    }
    while (stack.length && stack[stack.length - 1].depth >= heading.depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1].node : scope.root;
    const position = this.pos(heading, frame);
    const section = el('section', {}, [], position);
    const title = this.titleOf(heading, frame, position);
    section.children.push(title);
    const titleText = textOf(title);
    section.attributes.names = [normalizeName(titleText)];
    if (heading.depth <= this.headingAnchors) section.attributes.slug = this.slugger.slug(titleText);
    parent.children.push(section);
    this.document.currentLine = line;
    this.document.noteImplicitTarget(section, section);
    section.children.push(...this.pendingMessages);
    this.pendingMessages = [];
    stack.push({ depth: heading.depth, node: section });
  }

  /** Headings inside directives cannot open sections there (as in myst-parser): a rubric instead. */
  private nestedHeading(heading: Extract<RootContent, { type: 'heading' }>, frame: Frame, parent: Element): void {
    const position = this.pos(heading, frame);
    const title = this.titleOf(heading, frame, position);
    const line = this.lineOf(heading, frame);
    parent.children.push(this.report(2, 'Disallowed nested header found, converting to rubric [myst.nested_header]', { line }));
    parent.children.push(el('rubric', { heading_level: heading.depth }, title.children, position), ...this.pendingMessages);
    this.pendingMessages = [];
  }

  private titleOf(heading: Extract<RootContent, { type: 'heading' }>, frame: Frame, position: Position): Element {
    const saved = this.pendingMessages;
    this.pendingMessages = [];
    const children = this.phrasing(heading.children, frame);
    const messages = this.pendingMessages;
    this.pendingMessages = saved;
    this.pendingMessages.push(...messages);
    return el('title', {}, children, position);
  }

  // ---- footnotes --------------------------------------------------------------------

  /**
   * `[^label]`, as myst-parser writes it before docutils' transforms: a digit label is shown as
   * written (a manual footnote), any other is numbered later (`auto`); both name their footnote.
   */
  footnoteReference(label: string, position: Position): Element {
    const name = normalizeName(label);
    const record = this.footnoteRecord(name, label);
    const manual = /^\d+$/.test(name);
    const ref = el('footnote_reference', manual ? { refname: name } : { auto: 1, refname: name }, manual ? [text(name, position)] : [], position);
    this.document.setId(ref);
    record.refs.push(ref);
    return ref;
  }

  footnoteDefinition(label: string, node: Element): void {
    const name = normalizeName(label);
    const record = this.footnoteRecord(name, label);
    if (record.node) {
      this.pendingMessages.push(this.report(2, `Duplicate footnote definition found for label: '${label}' [myst.footnote]`, { line: node.position?.start.line }));
      return;
    }
    record.node = node;
  }

  private footnoteRecord(name: string, label: string): FootnoteRecord {
    let record = this.footnotes.get(name);
    if (!record) this.footnotes.set(name, (record = { label, node: null, refs: [] }));
    return record;
  }

  /**
   * Gather the footnotes at the end of the page in order of first mention, as myst-parser does.
   * docutils' Footnotes transform (run by the Sphinx layer) numbers the `auto` ones in that order
   * and links every reference by its refname.
   */
  private finishFootnotes(root: Element): void {
    const placed: Element[] = [];
    for (const [name, record] of this.footnotes) {
      const footnote = record.node;
      // micromark marks a reference only when its definition exists, so every record has one.
      if (!footnote) continue;
      footnote.attributes.names = [name];
      if (/^\d+$/.test(name)) footnote.children.unshift(el('label', {}, [text(name, footnote.position)], footnote.position));
      else footnote.attributes = { auto: 1, ...footnote.attributes };
      this.document.noteExplicitTarget(footnote, footnote);
      placed.push(footnote);
    }
    root.children.push(...placed);
  }

  // ---- BlockState --------------------------------------------------------------------

  nestedParse(lines: string[], offset: number, parent: Element, options: { matchTitles?: boolean; source?: string } = {}): void {
    const savedSource = this.currentSource;
    if (options.source) this.currentSource = options.source;
    try {
      this.parseLines(lines, offset, parent, { matchTitles: false });
    } finally {
      this.currentSource = savedSource;
    }
  }

  parseInline(value: string, lineno: number): InlineResult {
    const saved = this.pendingMessages;
    this.pendingMessages = [];
    const lines = value.split('\n');
    const pre = preprocess(lines, { colonFence: false, dollarMath: this.extensions.has('dollarmath'), frontMatter: false });
    const tree = parseMdast(pre.text);
    const frame: Frame = { lineMap: pre.lineMap, base: lineno - 1, source: this.currentSource, definitions: collectDefinitions(tree), text: pre.text };
    const nodes: DoctreeNode[] = [];
    for (const block of tree.children) {
      if (nodes.length) nodes.push(text('\n'));
      if ('children' in block && block.type !== 'list' && block.type !== 'table' && block.type !== 'blockquote') {
        nodes.push(...this.phrasing(block.children as PhrasingContent[], frame));
      } else {
        nodes.push(text(plainText(block)));
      }
    }
    const messages = this.pendingMessages;
    this.pendingMessages = saved;
    return { nodes, messages };
  }

  insertInput(lines: string[], source: string): void {
    this.pendingInserts.push({ lines, source });
  }

  private flushInserts(parent: Element): void {
    while (this.pendingInserts.length) {
      const insert = this.pendingInserts.shift()!;
      // Included text is Markdown too (myst-parser's include reads the file with the page's parser).
      this.nestedParse(insert.lines, 0, parent, { source: insert.source });
    }
  }

  /** `{eval-rst}`: the lines are reStructuredText, parsed into `parent` with this document's bookkeeping. */
  parseRst(lines: string[], offset: number, parent: Element): void {
    if (!this.rst) {
      this.rst = new Parser(this.document, this.registries);
      const reporter = this.reporter as Reporter & { resolveLine?: ((line: number) => { source: string; line: number } | null) | null };
      reporter.resolveLine = lineResolver(this.rst);
    }
    const before = parent.children.length;
    this.rst.parseBlock(new Machine(lines, offset), parent, true);
    this.mapVirtualPositions(parent.children.slice(before));
  }

  /** Text included from rST inside eval-rst carries virtual line numbers; point them at the included file. */
  private mapVirtualPositions(nodes: DoctreeNode[]): void {
    const parser = this.rst!;
    const stack = [...nodes];
    while (stack.length) {
      const node = stack.pop()!;
      const pos = node.position;
      if (pos && pos.start.line > VIRTUAL_BASE) {
        const start = parser.locate(pos.start.line - 1);
        const end = parser.locate(pos.end.line - 1);
        node.position = { start: { ...pos.start, line: start.line }, end: { ...pos.end, line: end.line }, source: start.source };
      }
      if (node.type !== 'text') stack.push(...(node as Element).children);
    }
  }

  // ---- helpers for the converters ----------------------------------------------------------

  phrasing(children: PhrasingContent[], frame: Frame): DoctreeNode[] {
    return convertPhrasing(this, children, frame);
  }

  /** Document line (1-based) of an mdast node's start. */
  lineOf(node: Nodes, frame: Frame, end = false): number {
    const point = end ? node.position?.end : node.position?.start;
    if (!point) return frame.base + 1;
    const index = Math.min(Math.max(point.line - 1, 0), frame.lineMap.length - 1);
    return frame.base + (frame.lineMap[index] ?? index) + 1;
  }

  pos(node: Nodes, frame: Frame): Position {
    const position: Position = {
      start: { line: this.lineOf(node, frame), column: node.position?.start.column ?? 1 },
      end: { line: this.lineOf(node, frame, true), column: node.position?.end.column ?? 1 },
    };
    if (frame.source !== this.settings.sourcePath) position.source = frame.source;
    return position;
  }

  linePos(line: number): Position {
    const position: Position = { start: { line, column: 1 }, end: { line, column: 1 } };
    if (this.currentSource !== this.settings.sourcePath) position.source = this.currentSource;
    return position;
  }
}

function collectDefinitions(tree: Root): Frame['definitions'] {
  const map: Frame['definitions'] = new Map();
  const walk = (node: Nodes) => {
    if (node.type === 'definition') {
      if (!map.has(node.identifier)) map.set(node.identifier, { url: node.url, title: node.title ?? null });
      return;
    }
    if ('children' in node) for (const child of (node as Parents).children) walk(child as Nodes);
  };
  walk(tree);
  return map;
}

function textOf(node: DoctreeNode): string {
  if (node.type === 'text') return (node as { value: string }).value;
  return (node as Element).children.map(textOf).join('');
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node as Parents).children.map((c) => plainText(c as Nodes)).join('');
  return '';
}

/**
 * The reporter's line lookup for `{eval-rst}` text, made outside any method so that the closure
 * captures the parser alone (not the Markdown state and its tree), see test/rst/retention.test.ts.
 */
function lineResolver(parser: Parser): (line: number) => { source: string; line: number } | null {
  return (line) => {
    if (line <= VIRTUAL_BASE) return null;
    const where = parser.locate(line - 1);
    return { source: where.source, line: where.line };
  };
}

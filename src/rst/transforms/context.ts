// What every transform shares: the document, a registry of the ids already
// taken (filled by one walk, so new ids never collide with the parser's), and
// the messages transforms report. Messages are not placed in the tree: like
// docutils' transform messages they are "unattached" and returned to the
// caller (the Sphinx layer turns them into warnings with file and line).
import { el, listAttr, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../../doctree/types.js';
import { LEVEL_NAMES } from '../../doctree/types.js';
import { makeId } from '../ids.js';

export interface TransformOptions {
  /** docutils' auto_id_prefix: Sphinx uses 'id' (ids id1, id2...), docutils' default '%' makes `footnote-1`. */
  autoIdPrefix?: string;
  idPrefix?: string;
  /** Source path printed in messages about nodes with no source of their own. */
  source?: string;
  /** Messages below this level are dropped (docutils' report_level). */
  reportLevel?: number;
  /** Sphinx's DefaultSubstitutions: |version|, |release|, |today| when the document does not define them. */
  defaultSubstitutions?: Record<string, string>;
  /** Turn a leading bibliographic field list into `docinfo` (docutils' docinfo_xform; default true). */
  docinfo?: boolean;
}

export class TransformContext {
  readonly ids = new Set<string>();
  /** Parent of every element present before the transforms ran (messages about inline nodes use their block's line). */
  readonly parents = new Map<Element, Element>();
  /** Every element present before the transforms ran, with its parent, in document order. */
  readonly all: Array<[Element, Element | null]> = [];
  /** Nodes replaced by `problematic` (later checks skip them). */
  readonly replaced = new WeakSet<Element>();
  readonly messages: Element[] = [];
  private readonly counters = new Map<string, number>();
  readonly autoIdPrefix: string;
  readonly idPrefix: string;
  readonly source: string;
  readonly reportLevel: number;

  constructor(
    readonly document: Element,
    readonly options: TransformOptions,
  ) {
    this.autoIdPrefix = options.autoIdPrefix ?? '%';
    this.idPrefix = options.idPrefix ?? '';
    this.source = options.source ?? (typeof document.attributes.source === 'string' ? document.attributes.source : '<string>');
    this.reportLevel = options.reportLevel ?? 2;
    // The one walk every transform starts from: ids taken, parents, every element in document order.
    const stack: Array<[Element, Element | null]> = [[document, null]];
    while (stack.length) {
      const entry = stack.pop()!;
      this.all.push(entry);
      const node = entry[0];
      const ids = node.attributes.ids;
      if (Array.isArray(ids)) for (const id of ids) this.ids.add(id);
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]!;
        if (child.type === 'text') continue;
        this.parents.set(child as Element, node);
        stack.push([child as Element, node]);
      }
    }
  }

  /**
   * The line docutils gives a message about `node`: inline nodes have no line of their own there, so the
   * message takes the line of the paragraph (or other block) that holds them.
   */
  lineOf(node: DoctreeNode | undefined): number | undefined {
    let current = node;
    while (current && INLINE.has(current.type)) {
      const parent = this.parents.get(current as Element);
      if (!parent) break;
      current = parent;
    }
    return current?.position?.start.line ?? node?.position?.start.line;
  }

  /** Give `node` an id unless it has one: from its names when free, else a fresh auto id (docutils' set_id). */
  setId(node: Element, suggestedPrefix = ''): string {
    const existing = node.attributes.ids;
    if (Array.isArray(existing) && existing.length) return existing[0]!;
    let id = '';
    const names = node.attributes.names;
    if (Array.isArray(names)) {
      for (const name of names) {
        const made = makeId(name);
        if (made && !this.ids.has(this.idPrefix + made)) {
          id = this.idPrefix + made;
          break;
        }
      }
    }
    if (!id) id = this.autoId(node, suggestedPrefix);
    listAttr(node, 'ids').push(id);
    this.ids.add(id);
    return id;
  }

  private autoId(node: Element, suggestedPrefix: string): string {
    let base: string;
    if (this.autoIdPrefix.endsWith('%')) {
      let fromName = '';
      for (const key of ['names', 'dupnames']) {
        const list = node.attributes[key];
        if (Array.isArray(list)) for (const name of list) if (!fromName) fromName = makeId(name);
      }
      base = this.idPrefix + this.autoIdPrefix.slice(0, -1) + (fromName || suggestedPrefix || makeId(node.type)) + '-';
    } else base = this.idPrefix + this.autoIdPrefix;
    let n = this.counters.get(base) ?? 0;
    let id: string;
    do id = base + ++n;
    while (this.ids.has(id));
    this.counters.set(base, n);
    return id;
  }

  /** A system_message about `about` (its line and file); unless `attached`, it is returned with the result. */
  report(level: number, message: string, about: DoctreeNode | undefined, extra: DoctreeNode[] = [], attached = false): Element {
    const attributes: Record<string, string | number> = { level, source: about?.position?.source ?? this.source, type: LEVEL_NAMES[level] ?? 'ERROR' };
    const line = this.lineOf(about);
    if (line !== undefined && line > 0) attributes.line = line;
    // No position: the `line` attribute says where, and callers may remap it (rst_prolog) on their own.
    const msg = el('system_message', attributes, [el('paragraph', {}, [text(message)]), ...extra]);
    // A message placed in the tree is reported from there (like the parser's); only unattached ones are returned.
    if (level >= this.reportLevel && !attached) this.messages.push(msg);
    return msg;
  }

  /**
   * Replace `node` by a `problematic` element showing `raw`, linked both ways
   * with an error message (how docutils marks a reference it cannot resolve).
   */
  problematic(node: Element, parent: Element, raw: string, message: string, ids: 'new' | 'reuse' = 'new'): Element {
    if (!this.parents.has(node)) this.parents.set(node, parent);
    this.replaced.add(node);
    const msg = this.report(3, message, node);
    const msgId = this.setId(msg, 'system-message');
    const prb = el('problematic', { refid: msgId }, [text(raw, node.position)], node.position);
    // The replaced node's ids stay valid (footnote backrefs may point at them): docutils either keeps them
    // after a fresh id, or (unknown targets) lets the problematic take them over.
    const old = Array.isArray(node.attributes.ids) ? node.attributes.ids : [];
    if (ids === 'reuse' && old.length) prb.attributes.ids = [...old];
    const prbId = this.setId(prb, 'problematic');
    if (ids === 'new') listAttr(prb, 'ids').push(...old);
    listAttr(msg, 'backrefs').push(prbId);
    replaceChild(parent, node, [prb]);
    return prb;
  }
}

const INLINE = new Set([
  'emphasis', 'strong', 'literal', 'reference', 'footnote_reference', 'citation_reference', 'substitution_reference',
  'problematic', 'inline', 'title_reference', 'abbreviation', 'acronym', 'subscript', 'superscript', 'generated',
  'pending_xref', 'math',
]);

/** Replace `node` in `parent` by `replacement` (no-op when it is no longer there). */
export function replaceChild(parent: Element, node: DoctreeNode, replacement: DoctreeNode[]): void {
  const index = parent.children.indexOf(node);
  if (index >= 0) parent.children.splice(index, 1, ...replacement);
}

/** Deep copy of a subtree. Positions are copied too: the Sphinx layer remaps lines in place (rst_prolog). */
export function cloneNode<T extends DoctreeNode>(node: T): T {
  if (node.type === 'text') {
    const copy = { ...node };
    if (node.position) copy.position = clonePosition(node.position);
    return copy;
  }
  const element = node as Element;
  const attributes: Element['attributes'] = {};
  for (const [key, value] of Object.entries(element.attributes)) attributes[key] = Array.isArray(value) ? [...value] : value;
  const copy: Element = { type: element.type, attributes, children: element.children.map(cloneNode) };
  if (element.position) copy.position = clonePosition(element.position);
  if (element.data) copy.data = element.data;
  if (element.internals) copy.internals = element.internals;
  return copy as T;
}

function clonePosition(position: Position): Position {
  const copy: Position = { start: { ...position.start }, end: { ...position.end } };
  if (position.source !== undefined) copy.source = position.source;
  return copy;
}

export function stringAttr(node: Element, name: string): string | undefined {
  const value = node.attributes[name];
  return typeof value === 'string' ? value : undefined;
}

export function names(node: Element): string[] {
  const value = node.attributes.names;
  return Array.isArray(value) ? value : [];
}

/** Every element of the tree in document order, each with its parent (one walk, no recursion limit). */
export function elementsWithParents(root: Element): Array<[Element, Element | null]> {
  const out: Array<[Element, Element | null]> = [];
  const stack: Array<[Element, Element | null]> = [[root, null]];
  while (stack.length) {
    const entry = stack.pop()!;
    out.push(entry);
    const children = entry[0].children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.type !== 'text') stack.push([child as Element, entry[0]]);
    }
  }
  return out;
}

/** How a reference looked in the source, for `problematic` text: `name`_ or `` `a name`_ ``. */
export function referenceSource(ref: Element, label: string): string {
  const anonymous = ref.attributes.anonymous ? '__' : '_';
  const pos = ref.position;
  // The node's width tells whether the name was written in backquotes.
  const width = pos && pos.start.line === pos.end.line ? pos.end.column - pos.start.column : -1;
  if (width === label.length + anonymous.length) return label + anonymous;
  return '`' + label + '`' + anonymous;
}

/** Python repr strings in a pending node's details, read back: 'x' -> x, 3 -> 3, None -> null, ['a'] -> [a]. */
export function detail(pending: Element, key: string): string | number | string[] | null | undefined {
  const value = pending.internals?.details[key];
  if (typeof value !== 'string') return undefined;
  return readRepr(value.trim());
}

function readRepr(value: string): string | number | string[] | null {
  if (value === 'None') return null;
  if (/^-?\d+$/.test(value)) return Number(value);
  if (value.startsWith('[')) {
    const items: string[] = [];
    const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(value))) items.push(unescapeRepr(m[1] ?? m[2] ?? ''));
    return items;
  }
  const quoted = /^'((?:[^'\\]|\\.)*)'$|^"((?:[^"\\]|\\.)*)"$/.exec(value);
  if (quoted) return unescapeRepr(quoted[1] ?? quoted[2] ?? '');
  return value;
}

function unescapeRepr(value: string): string {
  return value.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, esc: string) => {
    if (esc[0] === 'x' || esc[0] === 'u') return String.fromCharCode(parseInt(esc.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[esc] ?? esc;
  });
}

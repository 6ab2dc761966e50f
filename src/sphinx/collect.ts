// What one document contributes to the environment, read off its (untransformed)
// doctree: title, leading metadata (:orphan:), explicit labels with what they
// label, sections, toctrees, glossary terms, described objects and enumerable
// nodes for :numref:. Targets are followed to the node they label the way
// docutils' target propagation does: an empty internal target labels the next
// element in document order (skipping over chained targets), a section when a
// section follows, or stays on itself before invisible nodes.
import { textContent } from '../doctree/builders.js';
import type { DoctreeNode, Element } from '../doctree/types.js';
import type { DocRecord, GlossaryTerm, LabelTarget, ObjectEntry, SectionRecord, TocTreeRecord } from './environment.js';
import type { ParsedDocument } from './parse/types.js';

export interface CollectedLabel extends LabelTarget {
  name: string;
}

export interface Enumerable {
  figtype: string;
  /** Every id of the node, its own and those propagated from targets before it. */
  ids: string[];
  title: string | null;
}

export type NumberingEvent =
  | { kind: 'enumerable'; item: Enumerable }
  | { kind: 'toctree'; index: number }
  | { kind: 'section-start'; anchor: string; top: boolean; /** Every id, including labels' ids propagated onto it. */ ids: string[] }
  | { kind: 'section-end' };

export interface CollectedDocument {
  record: DocRecord;
  equations: Array<{ label: string; anchor: string; number: number | null; line?: number }>;
  labels: CollectedLabel[];
  terms: GlossaryTerm[];
  objects: ObjectEntry[];
  /** Sections, toctrees and numbered nodes in document order (for section and figure numbering). */
  numberingOrder: NumberingEvent[];
}

/** Nodes a target's ids are never moved into (docutils' Invisible and Targetable kinds). */
const NO_PROPAGATION = new Set(['comment', 'substitution_definition', 'pending', 'system_message', 'footnote', 'citation', 'meta', 'raw']);
/** Children that may precede the bibliographic field list at a document's start. */
const PRE_BIBLIOGRAPHIC = new Set(['comment', 'decoration', 'footer', 'header', 'meta', 'pending', 'raw', 'substitution_definition', 'subtitle', 'system_message', 'target', 'title']);
const OWN_NAMESPACE = new Set(['target', 'section', 'footnote', 'citation', 'substitution_definition', 'footnote_reference', 'citation_reference', 'reference', 'substitution_reference']);

export function collectDocument(parsed: ParsedDocument): CollectedDocument {
  const tree = parsed.doctree;
  const docname = parsed.docname;
  const order = preorder(tree);
  const indexOf = new Map(order.map((el, i) => [el, i]));

  // Target propagation: which element each internal target labels.
  const labelled = new Map<Element, Element>();
  const propagatedIds = new Map<Element, string[]>();
  const resolveTarget = (target: Element, seen = new Set<Element>()): Element => {
    const cached = labelled.get(target);
    if (cached) return cached;
    let result = target;
    const next = order[(indexOf.get(target) ?? -1) + 1];
    if (next && !seen.has(next)) {
      if (isInternalTarget(next)) {
        seen.add(target);
        result = resolveTarget(next, seen);
      } else if (!NO_PROPAGATION.has(next.type) && next.type !== 'target') result = next;
    }
    labelled.set(target, result);
    return result;
  };

  const labels: CollectedLabel[] = [];
  const equations: CollectedDocument['equations'] = [];
  const terms: GlossaryTerm[] = [];
  const objects: ObjectEntry[] = [];
  const toctrees: TocTreeRecord[] = [];
  const sections: SectionRecord[] = [];
  const numberingOrder: CollectedDocument['numberingOrder'] = [];

  for (const el of order) {
    if (isInternalTarget(el)) {
      const node = resolveTarget(el);
      if (node !== el) {
        const list = propagatedIds.get(node) ?? [];
        list.push(...ids(el));
        propagatedIds.set(node, list);
      }
    }
  }

  // Section depth, computed once (1 = top-level section).
  const levels = new Map<Element, number>();
  const measure = (node: Element, depth: number): void => {
    for (const child of node.children) {
      if (child.type === 'text') continue;
      const el = child as Element;
      if (el.type === 'section') levels.set(el, depth + 1);
      measure(el, el.type === 'section' ? depth + 1 : depth);
    }
  };
  measure(tree, 0);

  for (const el of order) {
    const line = el.position?.start.line;
    if (el.type === 'target') {
      if (el.attributes.refuri !== undefined || el.attributes.refname !== undefined || (el.attributes.refid !== undefined && !propagated(el))) continue;
      const node = isInternalTarget(el) ? resolveTarget(el) : el;
      const anchor = ids(el)[0];
      if (!anchor) continue;
      for (const name of names(el)) labels.push({ name, docname, anchor, line: labelLine(node, el), ...describe(node) });
      continue;
    }
    if (el.type === 'section') {
      const title = sectionTitle(el);
      const record: SectionRecord = { title, anchor: ids(el)[0] ?? '', level: levels.get(el) ?? 1, line };
      // Markdown headings carry their myst_heading_anchors slug (src/markdown).
      if (typeof el.attributes.slug === 'string') record.slug = el.attributes.slug;
      sections.push(record);
    }
    if (!OWN_NAMESPACE.has(el.type) && el.type !== 'document') {
      // Explicit names given by directive options (`:name:` on figure, code-block, table...).
      const anchor = ids(el)[0];
      // Names a propagated target gave this element are collected at the target (above).
      const fromTargets = (el.data?.propagatedNames as string[] | undefined) ?? [];
      if (anchor) for (const name of names(el)) if (!fromTargets.includes(name)) labels.push({ name, docname, anchor, line, ...describe(el) });
    }
    if (el.type === 'toctree') toctrees.push(toctreeRecord(el));
    if (el.type === 'term') {
      const id = ids(el).find((i) => i.startsWith('term-')) ?? ids(el)[0];
      if (id) terms.push({ docname, anchor: id, term: termText(el), line });
    }
    if (el.type === 'desc') objects.push(...describedObjects(el, docname));
    if (el.type === 'math_block' && typeof el.attributes.label === 'string' && el.attributes.label) {
      const number = typeof el.attributes.number === 'number' ? el.attributes.number : null;
      equations.push({ label: el.attributes.label, anchor: ids(el)[0] ?? `equation-${el.attributes.label}`, number, line });
    }
  }

  // Numbering events need section ends too, so they come from a nested walk.
  let toctreeIndex = 0;
  let firstSection = true;
  const events = (node: Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') continue;
      const el = child as Element;
      if (el.type === 'section') {
        numberingOrder.push({ kind: 'section-start', anchor: ids(el)[0] ?? '', top: firstSection, ids: [...ids(el), ...(propagatedIds.get(el) ?? [])] });
        firstSection = false;
        events(el);
        numberingOrder.push({ kind: 'section-end' });
        continue;
      }
      if (el.type === 'toctree') numberingOrder.push({ kind: 'toctree', index: toctreeIndex++ });
      const figtype = enumerableType(el);
      if (figtype && figtype !== 'section' && enumerableTitle(el) !== null) {
        numberingOrder.push({ kind: 'enumerable', item: { figtype, ids: [...ids(el), ...(propagatedIds.get(el) ?? [])], title: enumerableTitle(el) } });
      }
      events(el);
    }
  };
  events(tree);

  const title = titleOf(tree);
  const metadata = leadingMetadata(tree);
  const record: DocRecord = {
    docname,
    path: parsed.path,
    title,
    metadata,
    orphan: 'orphan' in metadata,
    toctrees,
    dependencies: parsed.dependencies,
    sections,
  };
  return { record, labels, equations, terms, objects, numberingOrder };
}

function preorder(tree: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element) => {
    out.push(node);
    for (const child of node.children) if (child.type !== 'text') walk(child as Element);
  };
  walk(tree);
  return out;
}

// Targets propagated by the document transforms (src/rst/transforms/propagate-targets.ts) moved their ids and
// names onto the element they label; `data.propagated` keeps them so labels are still read off the target.
function propagated(el: Element): { ids: string[]; names: string[] } | undefined {
  return el.type === 'target' ? (el.data?.propagated as { ids: string[]; names: string[] } | undefined) : undefined;
}

function ids(el: Element): string[] {
  const moved = propagated(el);
  if (moved) return moved.ids;
  const value = el.attributes.ids;
  return Array.isArray(value) ? value : [];
}

function names(el: Element): string[] {
  const moved = propagated(el);
  if (moved) return moved.names;
  const value = el.attributes.names;
  return Array.isArray(value) ? value : [];
}

/** `.. _name:` with no URI and no content: it labels whatever follows. */
function isInternalTarget(el: Element): boolean {
  return el.type === 'target' && el.children.length === 0 && el.attributes.refuri === undefined && el.attributes.refname === undefined && (el.attributes.refid === undefined || propagated(el) !== undefined);
}

/** Sphinx reports a label at the node it labels (a section: its title's underline, as docutils counts). */
function labelLine(node: Element, target: Element): number | undefined {
  if (node.type === 'section') {
    const title = node.children.find((c) => c.type === 'title') as Element | undefined;
    return title?.position?.end.line ?? node.position?.start.line;
  }
  return node.position?.start.line ?? target.position?.start.line;
}

/** The title a :ref: without explicit text shows, and the numref kind. */
function describe(node: Element): { title: string | null; figtype?: string } {
  const figtype = enumerableType(node);
  if (node.type === 'section') return { title: sectionTitle(node), figtype: 'section' };
  if (figtype) return { title: enumerableTitle(node), figtype };
  // Observed with sphinx-build: a label before a definition or field list takes its first term or
  // field name as title, one before a toctree with a caption takes the caption.
  let inner: Element = node;
  if ((inner.type === 'definition_list' || inner.type === 'field_list') && firstElement(inner)) inner = firstElement(inner)!;
  if ((inner.type === 'definition_list_item' || inner.type === 'field') && firstElement(inner)) inner = firstElement(inner)!;
  if (inner.type === 'term' || inner.type === 'field_name') return { title: termText(inner) };
  const toctree = preorder(node).find((el) => el.type === 'toctree');
  if (toctree && typeof toctree.attributes.caption === 'string' && toctree.attributes.caption) return { title: toctree.attributes.caption };
  return { title: null };
}

function firstElement(node: Element): Element | undefined {
  return node.children.find((c) => c.type !== 'text') as Element | undefined;
}

export function enumerableType(el: Element): string | null {
  if (el.type === 'section') return 'section';
  if (el.type === 'figure') return 'figure';
  if (el.type === 'table') return 'table';
  if (el.type === 'container' && (el.attributes.literal_block === true || el.attributes.literal_block === 1 || hasClass(el, 'literal-block-wrapper'))) return 'code-block';
  return null;
}

function enumerableTitle(el: Element): string | null {
  const wanted = el.type === 'table' ? 'title' : 'caption';
  const child = el.children.find((c) => c.type === wanted);
  return child ? cleanText(child) : null;
}

function hasClass(el: Element, name: string): boolean {
  const classes = el.attributes.classes;
  return Array.isArray(classes) && classes.includes(name);
}

function sectionTitle(section: Element): string {
  const title = section.children.find((c) => c.type === 'title');
  return title ? cleanText(title) : '';
}

/** Text as Sphinx shows titles: no images, raw content or footnote references. */
export function cleanText(node: DoctreeNode): string {
  if (node.type === 'text') return (node as { value: string }).value;
  const el = node as Element;
  if (el.type === 'raw' || el.type === 'image' || el.type === 'footnote_reference' || el.type === 'citation_reference' || el.type === 'system_message') return '';
  return el.children.map(cleanText).join('');
}

function termText(term: Element): string {
  // Index entries and classifiers inside a term are not part of its name.
  return term.children.filter((c) => c.type !== 'index' && c.type !== 'classifier').map(cleanText).join('').trim();
}

function titleOf(tree: Element): string {
  const section = preorder(tree).find((el) => el.type === 'section');
  if (section) return sectionTitle(section);
  if (typeof tree.attributes.title === 'string') return tree.attributes.title;
  return '<no title>';
}

function leadingMetadata(tree: Element): Record<string, string> {
  const first = tree.children.find((c) => c.type !== 'text' && !PRE_BIBLIOGRAPHIC.has(c.type)) as Element | undefined;
  const metadata: Record<string, string> = {};
  if (!first || (first.type !== 'field_list' && first.type !== 'docinfo')) return metadata;
  for (const field of first.children) {
    // The document transforms turn known fields into their own docinfo elements (<author>, <version>...), as
    // docutils does; Sphinx's metadata takes their text under the element's name.
    if (first.type === 'docinfo' && field.type !== 'field' && field.type !== 'text') {
      metadata[field.type] = textContent(field).trim();
      continue;
    }
    if (field.type !== 'field') continue;
    const el = field as Element;
    const name = el.children.find((c) => c.type === 'field_name');
    const body = el.children.find((c) => c.type === 'field_body');
    if (name) metadata[textContent(name).trim().toLowerCase()] = body ? textContent(body).trim() : '';
  }
  return metadata;
}

function toctreeRecord(el: Element): TocTreeRecord {
  const a = el.attributes;
  const data = (el.data ?? {}) as { entries?: Array<{ title: string | null; ref: string }>; includefiles?: string[] };
  const entries = (data.entries ?? []).map((e) => ({ title: e.title ?? null, ref: e.ref }));
  const includefiles = data.includefiles ?? entries.filter((e) => e.ref !== 'self' && !isUrl(e.ref)).map((e) => e.ref);
  return {
    line: el.position?.start.line,
    hidden: a.hidden === true || a.hidden === 1,
    numbered: typeof a.numbered === 'number' ? a.numbered : a.numbered === true ? 999 : 0,
    caption: typeof a.caption === 'string' ? a.caption : null,
    glob: a.glob === true || a.glob === 1,
    maxdepth: typeof a.maxdepth === 'number' ? a.maxdepth : -1,
    titlesonly: a.titlesonly === true || a.titlesonly === 1,
    includehidden: a.includehidden === true || a.includehidden === 1,
    entries,
    includefiles: includefiles.map((d) => d.replace(/^\/+/, '')),
  };
}

export function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref) && !/^[a-z]:[\\/]/i.test(ref);
}

/** Object descriptions (Sphinx's desc > desc_signature nodes) as inventory entries. */
function describedObjects(desc: Element, docname: string): ObjectEntry[] {
  const domain = typeof desc.attributes.domain === 'string' ? desc.attributes.domain : 'std';
  const objtype = typeof desc.attributes.objtype === 'string' ? desc.attributes.objtype : typeof desc.attributes.desctype === 'string' ? desc.attributes.desctype : '';
  const out: ObjectEntry[] = [];
  for (const child of desc.children) {
    if (child.type !== 'desc_signature') continue;
    const sig = child as Element;
    const anchor = ids(sig)[0];
    if (!anchor) continue;
    const nameNode = sig.children.find((c) => c.type === 'desc_name');
    const fullname = typeof sig.attributes.fullname === 'string' ? sig.attributes.fullname : nameNode ? textContent(nameNode) : '';
    const module = typeof sig.attributes.module === 'string' && sig.attributes.module ? sig.attributes.module + '.' : '';
    const program = typeof sig.attributes.program === 'string' && sig.attributes.program ? sig.attributes.program + ' ' : '';
    const name = objtype === 'option' || objtype === 'cmdoption' ? program + fullname : module + fullname;
    if (name) out.push({ name, domain, objtype: objtype === 'option' ? 'cmdoption' : objtype, docname, anchor, priority: 1, dispname: '-' });
  }
  return out;
}

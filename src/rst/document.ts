// The document's bookkeeping (docutils' `document` object): which ids are
// taken, which reference names map to which targets, and the references,
// footnotes, citations and substitutions that later transforms resolve.
// Duplicate names are reported here, in docutils' words, because both the
// block parser and the inline parser create targets.
import { el, listAttr } from '../doctree/builders.js';
import type { Element } from '../doctree/types.js';
import type { DocumentModel, Reporter, RstSettings } from './api.js';
import { makeId } from './ids.js';

export class Document implements DocumentModel {
  readonly ids = new Map<string, Element>();
  /** Target names: name -> the element carrying it (null once the name is ambiguous). */
  private readonly nameTargets = new Map<string, Element | null>();
  private readonly nameExplicit = new Map<string, boolean>();
  private readonly idCounters = new Map<string, number>();
  /** Auto-id bases of unnamed nodes, by suggested prefix and by node type (see autoId). */
  private readonly suggestedBases = new Map<string, string>();
  private readonly typeBases = new Map<string, string>();
  readonly substitutionDefs = new Map<string, Element>();
  /** Lower-cased substitution names -> the name as defined (references match case-insensitively as a fallback). */
  readonly substitutionNames = new Map<string, string>();
  readonly refnames = new Map<string, Element[]>();
  readonly refids = new Map<string, Element[]>();
  readonly indirectTargets: Element[] = [];
  readonly externalTargets: Element[] = [];
  readonly anonymousTargets: Element[] = [];
  readonly anonymousRefs: Element[] = [];
  readonly autofootnotes: Element[] = [];
  readonly autofootnoteRefs: Element[] = [];
  readonly symbolFootnotes: Element[] = [];
  readonly symbolFootnoteRefs: Element[] = [];
  readonly footnotes: Element[] = [];
  readonly footnoteRefs = new Map<string, Element[]>();
  readonly citations: Element[] = [];
  readonly citationRefs = new Map<string, Element[]>();
  readonly substitutionRefs = new Map<string, Element[]>();
  /** The line the parser is at (docutils reports messages about nodes without a line there). */
  currentLine: number | undefined;

  constructor(
    readonly root: Element,
    readonly settings: RstSettings,
    readonly reporter: Reporter,
  ) {}

  get nameIds(): Map<string, string | null> {
    const map = new Map<string, string | null>();
    for (const [name, node] of this.nameTargets) {
      const ids = node?.attributes.ids;
      map.set(name, node && Array.isArray(ids) && ids.length ? ids[0] : null);
    }
    return map;
  }

  /** docutils 1.0 "lazy ids": without legacy_ids, sections and targets get ids only when something needs them. */
  private get lazy(): boolean {
    return !this.settings.legacyIds;
  }

  setId(node: Element, msgNode?: Element, suggestedPrefix = ''): string {
    const existing = node.attributes.ids;
    if (Array.isArray(existing) && existing.length) {
      for (const id of existing) {
        const other = this.ids.get(id);
        if (other && other !== node) {
          const msg = this.reporter.severe(`Duplicate ID: "${id}".`);
          if (msgNode) msgNode.children.push(msg);
        }
        this.ids.set(id, node);
      }
      return existing[0];
    }
    let id = '';
    const names = node.attributes.names;
    if (Array.isArray(names)) {
      for (const name of names) {
        const made = makeId(name);
        const candidate = made ? this.settings.idPrefix + made : '';
        if (candidate && !this.ids.has(candidate)) {
          id = candidate;
          break;
        }
      }
    }
    if (!id) id = this.autoId(node, suggestedPrefix);
    if (Array.isArray(existing)) existing.push(id);
    else node.attributes.ids = [id];
    this.ids.set(id, node);
    return id;
  }

  /** A fresh id: `<name>-N` / `<tagname>-N` with the '%' auto-prefix, else `<auto_id_prefix>N`. */
  private autoId(node: Element, suggestedPrefix: string): string {
    const auto = this.settings.autoIdPrefix;
    let base: string;
    if (auto.endsWith('%')) {
      let fromName = '';
      for (const key of NAME_KEYS) {
        const list = node.attributes[key];
        if (!Array.isArray(list)) continue;
        for (const name of list) if (!fromName) fromName = makeId(name);
      }
      if (fromName) base = this.settings.idPrefix + auto.slice(0, -1) + fromName + '-';
      else {
        // Unnamed nodes (system messages, problematic, footnote references...) reuse one base
        // string per kind: no string building, and its hash is computed once for idCounters.
        const cache = suggestedPrefix ? this.suggestedBases : this.typeBases;
        const key = suggestedPrefix || node.type;
        base = cache.get(key) ?? '';
        if (!base) cache.set(key, (base = this.settings.idPrefix + auto.slice(0, -1) + (suggestedPrefix || typeId(node.type)) + '-'));
      }
    } else {
      base = this.settings.idPrefix + auto;
    }
    let n = this.idCounters.get(base) ?? 0;
    let id: string;
    do id = base + ++n;
    while (this.ids.has(id));
    this.idCounters.set(base, n);
    return id;
  }

  noteImplicitTarget(target: Element, msgNode?: Element): void {
    const id = this.lazy ? undefined : this.setId(target, msgNode);
    this.registerNames(target, id, msgNode, false);
  }

  noteExplicitTarget(target: Element, msgNode?: Element): void {
    let id: string | undefined;
    if (!this.lazy) id = this.setId(target, msgNode);
    else if (listAttr(target, 'ids').length) id = this.setId(target, msgNode);
    else if (target.type !== 'target') {
      // Lazy ids: a unique name needs no id yet. A node clashing with an explicit name gets
      // `name-N` (keeping `name` free); one overriding an implicit name (a section) takes it.
      const names = listAttr(target, 'names').filter((name) => this.nameTargets.has(name));
      if (names.some((name) => this.nameExplicit.get(name))) id = this.assignAutoId(target);
      else if (names.length) id = this.setId(target, msgNode);
    }
    this.registerNames(target, id, msgNode, true);
  }

  /** Give `node` a fresh `<name>-N` id (lazy ids: ids made for duplicates never take the plain name). */
  private assignAutoId(node: Element): string {
    const id = this.autoId(node, '');
    listAttr(node, 'ids').push(id);
    this.ids.set(id, node);
    return id;
  }

  private registerNames(node: Element, id: string | undefined, msgNode: Element | undefined, explicit: boolean): void {
    const names = listAttr(node, 'names');
    // Nearly every target has one name: no snapshot needed (duplicateName may move names away).
    if (names.length === 1) this.registerName(node, id, names[0], msgNode, explicit);
    else for (const name of names.slice()) this.registerName(node, id, name, msgNode, explicit);
  }

  private registerName(node: Element, id: string | undefined, name: string, msgNode: Element | undefined, explicit: boolean): void {
    if (this.nameTargets.has(name)) this.duplicateName(node, id, name, msgNode, explicit);
    else {
      this.nameTargets.set(name, node);
      this.nameExplicit.set(name, explicit);
    }
  }

  private duplicateName(node: Element, id: string | undefined, name: string, msgNode: Element | undefined, explicit: boolean): void {
    const old = this.nameTargets.get(name) ?? null;
    const oldExplicit = this.nameExplicit.get(name) ?? false;
    const ref = referenceOf(node);
    if (old && ref !== undefined && listAttr(old, 'names').length && referenceOf(old) === ref) {
      // Two targets pointing at the same place do not conflict.
      dupname(node, name);
      this.report(1, `Duplicate name "${name}" for external target "${ref}".`, node, undefined, msgNode);
      return;
    }
    this.nameExplicit.set(name, oldExplicit || explicit);
    let level: number;
    let message: string;
    if (explicit && oldExplicit) {
      level = 2;
      message = `Duplicate explicit target name: "${name}".`;
      if (old) {
        dupname(old, name);
        this.nameTargets.set(name, null);
      }
      dupname(node, name);
    } else if (explicit) {
      this.nameTargets.set(name, node);
      if (old) dupname(old, name);
      level = 1;
      message = `Target name overrides implicit target name "${name}".`;
    } else {
      if (old && !oldExplicit) {
        this.nameTargets.set(name, null);
        dupname(old, name);
        if (this.lazy && !listAttr(old, 'ids').length) this.assignAutoId(old);
      }
      dupname(node, name);
      if (this.lazy && id === undefined && node.type !== 'target') id = this.assignAutoId(node);
      level = 1;
      message = `Duplicate implicit target name: "${name}".`;
    }
    this.report(level, message, node, id, msgNode);
  }

  private report(level: number, message: string, node: Element, id: string | undefined, msgNode: Element | undefined): void {
    // A backlink to an invisible element (a target) would lead nowhere.
    const backrefs = id !== undefined && node.type !== 'target' ? [id] : [];
    const msg = this.reporter.systemMessage(level, message, { backrefs, line: this.lineOf(node) });
    // A system_message is a body element: it cannot go inside text elements (rubric, line, field name...).
    if (msgNode && !TEXT_ELEMENTS.has(msgNode.type)) msgNode.children.push(msg);
  }

  /** Line docutils reports for a node: its own line, else where the parser is. */
  lineOf(node: Element): number | undefined {
    const line = node.data?.line;
    if (typeof line === 'number') return line;
    return this.currentLine ?? node.position?.start.line;
  }

  noteRefname(node: Element): void {
    pushTo(this.refnames, String(node.attributes.refname), node);
  }
  noteRefid(node: Element): void {
    pushTo(this.refids, String(node.attributes.refid), node);
  }
  noteIndirectTarget(target: Element): void {
    this.indirectTargets.push(target);
    if (target.attributes.names) this.noteRefname(target);
  }
  noteExternalTarget(target: Element): void {
    this.externalTargets.push(target);
  }
  noteAnonymousTarget(target: Element): void {
    if (!this.lazy) this.setId(target);
    this.anonymousTargets.push(target);
  }
  noteAnonymousRef(ref: Element): void {
    this.anonymousRefs.push(ref);
  }
  noteAutofootnote(footnote: Element): void {
    this.setId(footnote, undefined, 'footnote');
    this.autofootnotes.push(footnote);
  }
  noteAutofootnoteRef(ref: Element): void {
    this.setId(ref, undefined, 'footnote-reference');
    this.autofootnoteRefs.push(ref);
  }
  noteSymbolFootnote(footnote: Element): void {
    this.setId(footnote, undefined, 'footnote');
    this.symbolFootnotes.push(footnote);
  }
  noteSymbolFootnoteRef(ref: Element): void {
    this.setId(ref, undefined, 'footnote-reference');
    this.symbolFootnoteRefs.push(ref);
  }
  noteFootnote(footnote: Element): void {
    this.setId(footnote, undefined, 'footnote');
    this.footnotes.push(footnote);
  }
  noteFootnoteRef(ref: Element): void {
    this.setId(ref, undefined, 'footnote-reference');
    pushTo(this.footnoteRefs, String(ref.attributes.refname), ref);
    this.noteRefname(ref);
  }
  noteCitation(citation: Element): void {
    this.citations.push(citation);
  }
  noteCitationRef(ref: Element): void {
    this.setId(ref, undefined, 'citation-reference');
    pushTo(this.citationRefs, String(ref.attributes.refname), ref);
    this.noteRefname(ref);
  }

  noteSubstitutionDef(def: Element, name: string, msgNode?: Element): void {
    const key = name;
    const old = this.substitutionDefs.get(key);
    if (old) {
      const msg = this.reporter.error(`Duplicate substitution definition name: "${name}".`, { line: this.lineOf(def) });
      if (msgNode) msgNode.children.push(msg);
      for (const oldName of [...listAttr(old, 'names')]) dupname(old, oldName);
    }
    this.substitutionDefs.set(key, def);
    this.substitutionNames.set(name.toLowerCase(), name);
  }

  noteSubstitutionRef(ref: Element, refname: string): void {
    pushTo(this.substitutionRefs, refname, ref);
  }
}

const NAME_KEYS = ['names', 'dupnames'] as const;

const typeIds = new Map<string, string>();
/** makeId of a node type name (`footnote_reference` -> `footnote-reference`), cached: auto ids need it for every node. */
function typeId(type: string): string {
  let id = typeIds.get(type);
  if (id === undefined) typeIds.set(type, (id = makeId(type)));
  return id;
}

/** Move `name` from the node's names to its dupnames (the name no longer identifies one target). */
export function dupname(node: Element, name: string): void {
  const names = listAttr(node, 'names');
  const i = names.indexOf(name);
  if (i >= 0) names.splice(i, 1);
  listAttr(node, 'dupnames').push(name);
}

function pushTo(map: Map<string, Element[]>, key: string, node: Element): void {
  const list = map.get(key);
  if (list) list.push(node);
  else map.set(key, [node]);
}

/** Where a target points: its URI or the name of the target it refers to. */
function referenceOf(node: Element): string | undefined {
  const ref = node.attributes.refuri ?? node.attributes.refname;
  return typeof ref === 'string' ? ref : undefined;
}


/** Elements holding inline content only: messages about them are not inserted inside. */
const TEXT_ELEMENTS = new Set([
  'paragraph', 'title', 'subtitle', 'rubric', 'line', 'term', 'classifier', 'field_name', 'attribution', 'caption',
  'label', 'literal_block', 'doctest_block', 'math_block', 'comment', 'substitution_definition', 'target', 'raw',
  'inline', 'emphasis', 'strong', 'reference', 'option_string', 'option_argument', 'author', 'contact', 'address',
  'organization', 'version', 'revision', 'status', 'date', 'copyright', 'header', 'footer',
  // Containers whose children are fixed (lines, field name + body, ...): no place for a message either.
  'line_block', 'field', 'field_list', 'definition_list', 'definition_list_item', 'bullet_list', 'enumerated_list',
  'option_list', 'option_list_item', 'option_group', 'option',
]);

/** The `<document source=...>` root element. */
export function documentRoot(source: string): Element {
  return el('document', { source });
}

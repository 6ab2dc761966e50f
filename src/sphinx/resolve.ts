// Cross-reference resolution: every `pending_xref` of a document becomes a
// `reference` {internal, refdocname, refanchor} when the environment (or a local
// intersphinx inventory) knows its target, or stays a `pending_xref` marked
// `unresolved: true` with Sphinx's warning. Warnings are reported at the line
// docutils gives roles: the first line of the paragraph (or other text block)
// holding the reference.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DoctreeNode, Element, Text } from '../doctree/types.js';
import { cleanText } from './collect.js';
import type { Environment, LabelTarget, ObjectEntry } from './environment.js';
import { NO_INTERSPHINX, type ExternalTarget, type Intersphinx } from './intersphinx.js';
import type { SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';

export interface ResolveContext {
  env: Environment;
  config: SphinxConfig;
  intersphinx?: Intersphinx;
  /** Told the target document of every resolved internal reference (its title or anchors shape this page). */
  onLink?: (docname: string) => void;
}

/** Elements whose text docutils parses for inline markup in one go: roles inside report the block's first line. */
const TEXT_BLOCKS = new Set(['paragraph', 'title', 'subtitle', 'term', 'rubric', 'caption', 'attribution', 'line', 'field_name', 'classifier', 'literal_block', 'doctest_block', 'option_string', 'desc_signature', 'target', 'author', 'organization', 'address', 'contact', 'version', 'revision', 'status', 'date', 'copyright']);

/** Object types each domain role may point at (Sphinx's role -> object type tables, condensed). */
const ROLE_OBJTYPES: Record<string, Record<string, string[]>> = {
  py: {
    func: ['function', 'method', 'classmethod', 'staticmethod'], meth: ['method', 'classmethod', 'staticmethod'],
    class: ['class', 'exception'], exc: ['exception', 'class'], data: ['data'], const: ['data', 'attribute'],
    attr: ['attribute', 'property'], mod: ['module'], obj: [],
  },
  c: { func: ['function'], member: ['member', 'var'], var: ['member', 'var'], macro: ['macro'], struct: ['struct'], union: ['union'], enum: ['enum'], enumerator: ['enumerator'], type: ['type', 'struct', 'union', 'enum'], expr: [], texpr: [] },
  cpp: { func: ['function'], class: ['class', 'struct', 'union'], struct: ['class', 'struct'], union: ['union'], member: ['member', 'var'], var: ['member', 'var'], type: ['type', 'class', 'struct', 'union', 'enum', 'concept'], concept: ['concept'], enum: ['enum'], enumerator: ['enumerator'], expr: [], texpr: [], any: [] },
  js: { func: ['function', 'method'], meth: ['method'], class: ['class'], data: ['data'], attr: ['attribute'], mod: ['module'] },
  rst: { dir: ['directive'], role: ['role'] },
};

export function resolveDocument(tree: Element, docname: string, ctx: ResolveContext): SphinxWarning[] {
  const warnings: SphinxWarning[] = [];
  // Like Sphinx, the leading bibliographic fields are file-wide metadata (already collected into the
  // environment: :orphan:, :tocdepth:, author...), not part of the page a reader sees.
  dropLeadingDocinfo(tree);
  const docPath = ctx.env.docs[docname]?.path ?? docname;
  const walk = (node: Element, ancestors: Element[]): void => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.type === 'text') continue;
      const el = child as Element;
      if (el.type === 'pending_xref') {
        const location = locate(el, [...ancestors, node], docPath);
        const outcome = resolveXref(el, docname, ctx);
        if (outcome.node) {
          node.children[i] = outcome.node;
          const target = outcome.node.attributes.refdocname;
          if (typeof target === 'string') ctx.onLink?.(target);
        }
        else {
          el.attributes.unresolved = true;
          const reason = outcome.warning ?? outcome.reason;
          if (reason) (el.data ??= {}).reason = reason;
        }
        if (outcome.warning) warnings.push({ level: 'WARNING', type: outcome.type ?? 'ref', docname, file: location.file, line: location.line, message: outcome.warning });
        continue;
      }
      if (el.type === 'download_reference') checkDownload(el, docname, ctx, locate(el, [...ancestors, node], docPath), warnings);
      walk(el, [...ancestors, node]);
    }
  };
  walk(tree, []);
  return warnings;
}

function locate(node: Element, ancestors: Element[], docPath: string): { file: string; line?: number } {
  let block: Element | undefined;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    if (TEXT_BLOCKS.has(ancestors[i].type) && ancestors[i].position) {
      block = ancestors[i];
      break;
    }
  }
  const source = block ?? node;
  const position = source.position ?? node.position;
  // A text block from an included file (or rst_prolog) carries its own source; everything else is the document's.
  const file = position?.source ?? docPath;
  return { file, line: position?.start.line };
}

interface Outcome {
  node?: Element;
  warning?: string;
  type?: string;
  /** Why it stays unresolved when there is no warning. */
  reason?: string;
}

/** Labels every Sphinx project has, naming pages its HTML builder generates. */
const SPHINX_GENERATED_PAGES: Record<string, string> = { genindex: 'Index', modindex: 'Module Index', 'py-modindex': 'Python Module Index', search: 'Search Page' };

function resolveXref(xref: Element, docname: string, ctx: ResolveContext): Outcome {
  const a = xref.attributes;
  const domain = typeof a.refdomain === 'string' && a.refdomain ? a.refdomain : 'std';
  const reftype = String(a.reftype ?? '');
  const rawTarget = String(a.reftarget ?? '');
  const explicit = a.refexplicit === true || a.refexplicit === 1;
  const { env, config } = ctx;
  const intersphinx = ctx.intersphinx ?? NO_INTERSPHINX;
  const normalized = rawTarget.replace(/\s+/g, ' ').trim();
  const lower = normalized.toLowerCase();
  const external = (types: string[], target: string, useDispname: boolean): Outcome | null => {
    const hit = lookupExternal(intersphinx, types, target);
    return hit ? { node: externalReference(xref, hit, explicit || !useDispname ? null : hit.dispname) } : null;
  };

  if (domain === 'std' || domain === '') {
    switch (reftype) {
      case 'ref': {
        if (lower in SPHINX_GENERATED_PAGES) {
          // Sphinx's own pages (index, module index, search): no warning, but rstro builds no such page to link to.
          return { reason: `${SPHINX_GENERATED_PAGES[lower]} (a page sphinx-build generates; rstro's site has none)` };
        }
        const label = env.labels[lower];
        if (label) return { node: internalReference(xref, label.docname, label.anchor, explicit ? null : label.title, ['std', 'std-ref']) };
        const anon = env.anonlabels[lower];
        if (anon) {
          if (explicit) return { node: internalReference(xref, anon.docname, anon.anchor, null, ['std', 'std-ref']) };
          return { warning: `Failed to create a cross reference. A title or caption not found: '${lower}'` };
        }
        return external(['std:label'], normalized, true) ?? { warning: `undefined label: '${lower}'` };
      }
      case 'doc': {
        const target = joinDocname(docname, normalized);
        const doc = env.docs[target];
        if (doc) return { node: internalReference(xref, target, '', explicit ? null : doc.title, ['doc']) };
        return external(['std:doc'], normalized, true) ?? { warning: `unknown document: '${normalized}'` };
      }
      case 'numref':
        return resolveNumref(xref, lower, explicit, ctx);
      case 'myst':
        // Markdown links (src/markdown/links.ts): [text](page.md#anchor), [text](#anchor), [text](label).
        return resolveMystLink(xref, docname, explicit, ctx);
      case 'term': {
        const term = env.terms[lower];
        if (term) return { node: internalReference(xref, term.docname, term.anchor, null, null) };
        return external(['std:term'], normalized, false) ?? { warning: `term not in glossary: '${normalized}'` };
      }
      case 'keyword': {
        const obj = findObject(env.objects, 'std', ['keyword'], normalized);
        if (obj) return { node: internalReference(xref, obj.docname, obj.anchor, null, null) };
        return external(['std:keyword'], normalized, false) ?? { warning: `unknown keyword: '${normalized}'` };
      }
      case 'option': {
        const program = typeof a['std:program'] === 'string' ? (a['std:program'] as string) : '';
        const candidates = program ? [`${program} ${normalized}`, normalized] : [normalized];
        for (const name of candidates) {
          const obj = findObject(env.objects, 'std', ['cmdoption', 'option'], name);
          if (obj) return { node: internalReference(xref, obj.docname, obj.anchor, null, null) };
        }
        return external(['std:cmdoption'], candidates[0], false) ?? { warning: `unknown option: '${normalized}'` };
      }
      case 'any':
        return resolveAny(xref, docname, normalized, explicit, ctx);
      case 'download':
        return { node: undefined };
      default: {
        const objtype = reftype === 'envvar' ? 'envvar' : reftype;
        const obj = findObject(env.objects, 'std', [objtype], normalized);
        if (obj) return { node: internalReference(xref, obj.docname, obj.anchor, null, null) };
        const ext = external([`std:${objtype}`], normalized, false);
        if (ext) return ext;
        return nitpick(config, `std:${reftype}`, normalized, `'${reftype}' reference target not found: ${normalized}`);
      }
    }
  }

  if (domain === 'math' && reftype === 'eq') {
    const eq = env.equations[normalized];
    if (!eq) return { warning: `equation not found: ${normalized}`, type: 'math' };
    const title = eq.number !== null ? `(${eq.number})` : '';
    const node: Element = { type: 'reference', attributes: { internal: true, refdocname: eq.docname, refanchor: eq.anchor, classes: ['reference', 'internal'] }, children: [{ type: 'text', value: title } as Text] };
    if (xref.position) node.position = xref.position;
    return { node };
  }

  const objtypes = ROLE_OBJTYPES[domain]?.[reftype] ?? [];
  const context = [a[`${domain}:module`], a[`${domain}:class`]].filter((x): x is string => typeof x === 'string' && x !== '');
  const names = [normalized.replace(/^[.~]+/, '')];
  if (context.length > 0) names.unshift(`${context.join('.')}.${names[0]}`, ...(context.length > 1 ? [`${context[0]}.${names[0]}`] : []));
  for (const name of names) {
    const obj = findObject(env.objects, domain, objtypes, name) ?? findObjectBySuffix(env.objects, domain, objtypes, name);
    if (obj) return { node: internalReference(xref, obj.docname, obj.anchor, null, null) };
  }
  const types = objtypes.length > 0 ? objtypes.map((t) => `${domain}:${t}`) : inventoryTypesOf(domain);
  for (const name of names) {
    const ext = external(types, name, false);
    if (ext) return ext;
  }
  return nitpick(config, `${domain}:${reftype}`, normalized, `${domain}:${reftype} reference target not found: ${normalized}`);
}

/**
 * A Markdown link myst-parser style: `reftargetdoc` (a page the link named) and `refanchor` (its
 * #fragment: a heading slug, a section id or a label on that page); without a page, the anchor or
 * target is looked up as a label, a document, then a term, as myst-parser does.
 */
function resolveMystLink(xref: Element, docname: string, explicit: boolean, ctx: ResolveContext): Outcome {
  const { env } = ctx;
  const a = xref.attributes;
  const written = String(a.reftarget ?? '');
  const anchor = typeof a.refanchor === 'string' ? a.refanchor : '';
  const notFound: Outcome = { warning: `'myst' reference target not found: '${written}'`, type: 'myst' };
  const sectionIn = (target: string) => {
    const doc = env.docs[target];
    return doc?.sections.find((s) => s.slug === anchor) ?? doc?.sections.find((s) => s.anchor === anchor);
  };
  if (typeof a.reftargetdoc === 'string') {
    const target = a.reftargetdoc;
    const doc = env.docs[target];
    if (!doc) return notFound;
    if (!anchor) return { node: internalReference(xref, target, '', explicit ? null : doc.title, ['std', 'std-doc']) };
    const section = sectionIn(target);
    if (section) return { node: internalReference(xref, target, section.anchor, explicit ? null : section.title, ['std', 'std-ref']) };
    const label = env.labels[anchor.toLowerCase()];
    if (label && label.docname === target) return { node: internalReference(xref, target, label.anchor, explicit ? null : label.title, ['std', 'std-ref']) };
    return notFound;
  }
  const name = (anchor || written).replace(/\s+/g, ' ').trim();
  const section = anchor ? sectionIn(docname) : undefined;
  if (section) return { node: internalReference(xref, docname, section.anchor, explicit ? null : section.title, ['std', 'std-ref']) };
  const label = env.labels[name.toLowerCase()];
  if (label) return { node: internalReference(xref, label.docname, label.anchor, explicit ? null : label.title, ['std', 'std-ref']) };
  const anon = env.anonlabels[name.toLowerCase()];
  if (anon && explicit) return { node: internalReference(xref, anon.docname, anon.anchor, null, ['std', 'std-ref']) };
  const docTarget = joinDocname(docname, name);
  if (env.docs[docTarget]) return { node: internalReference(xref, docTarget, '', explicit ? null : env.docs[docTarget].title, ['std', 'std-doc']) };
  const term = env.terms[name.toLowerCase()];
  if (term) return { node: internalReference(xref, term.docname, term.anchor, null, null) };
  return notFound;
}

/** Types an untyped domain role (py:obj) may match in an inventory. */
function inventoryTypesOf(domain: string): string[] {
  const all = new Set<string>();
  for (const list of Object.values(ROLE_OBJTYPES[domain] ?? {})) for (const t of list) all.add(`${domain}:${t}`);
  return [...all];
}

/** Roles whose targets may legitimately be outside the project warn only in nitpicky mode, unless ignored there. */
function nitpick(config: SphinxConfig, type: string, target: string, message: string): Outcome {
  if (!config.nitpicky) return {};
  if (config.nitpick_ignore.some(([t, x]) => t === type && x === target)) return {};
  if (config.nitpick_ignore_regex.some(([t, x]) => safeFullMatch(t, type) && safeFullMatch(x, target))) return {};
  return { warning: message, type: 'nitpicky' };
}

function safeFullMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return false;
  }
}

function resolveNumref(xref: Element, target: string, explicit: boolean, ctx: ResolveContext): Outcome {
  const { env, config } = ctx;
  const label: LabelTarget | undefined = env.labels[target] ?? env.anonlabels[target];
  if (!label || !label.figtype) return lookupExternalOutcome(xref, ctx, target, explicit) ?? { warning: `undefined label: '${target}'` };
  if (label.figtype !== 'section' && !config.numfig) return { warning: 'numfig is disabled. :numref: is ignored.', type: 'numref' };
  const number = label.figtype === 'section' ? env.sectionNumbers[label.docname]?.[label.anchor] : env.figureNumbers[label.docname]?.[label.figtype]?.[label.anchor];
  if (!number) return { warning: `Failed to create a cross reference. Any number is not assigned: ${label.anchor}`, type: 'numref' };
  const numberText = number.join('.');
  const template = explicit ? textOf(xref) : config.numfig_format[label.figtype] ?? '%s';
  let title: string;
  if (template.includes('{')) {
    title = template.replace(/\{number\}/g, numberText).replace(/\{name\}/g, label.title ?? '');
  } else {
    title = template.replace('%s', numberText);
  }
  return { node: internalReference(xref, label.docname, label.anchor, title, ['std', 'std-numref'], true) };
}

function lookupExternalOutcome(xref: Element, ctx: ResolveContext, target: string, explicit: boolean): Outcome | null {
  const hit = lookupExternal(ctx.intersphinx ?? NO_INTERSPHINX, ['std:label'], target);
  return hit ? { node: externalReference(xref, hit, explicit ? null : hit.dispname) } : null;
}

function resolveAny(xref: Element, docname: string, target: string, explicit: boolean, ctx: ResolveContext): Outcome {
  const { env } = ctx;
  const lower = target.toLowerCase();
  const found: Array<{ role: string; make: () => Element }> = [];
  const label = env.labels[lower];
  if (label) found.push({ role: 'std:ref', make: () => internalReference(xref, label.docname, label.anchor, explicit ? null : label.title, ['std', 'std-ref']) });
  const docTarget = joinDocname(docname, target);
  if (env.docs[docTarget]) found.push({ role: 'std:doc', make: () => internalReference(xref, docTarget, '', explicit ? null : env.docs[docTarget].title, ['doc']) });
  const term = env.terms[lower];
  if (term) found.push({ role: 'std:term', make: () => internalReference(xref, term.docname, term.anchor, null, null) });
  for (const obj of env.objects) {
    if (obj.name === target) found.push({ role: `${obj.domain}:${roleOf(obj)}`, make: () => internalReference(xref, obj.docname, obj.anchor, null, null) });
  }
  if (found.length === 0) {
    const hit = lookupExternal(ctx.intersphinx ?? NO_INTERSPHINX, ['std:label', 'std:doc', 'std:term'], target);
    if (hit) return { node: externalReference(xref, hit, explicit ? null : hit.dispname) };
    return { warning: `'any' reference target not found: ${target}` };
  }
  const node = found[0].make();
  if (found.length > 1) {
    const candidates = found.map((f) => `:${f.role}:\`${target}\``).join(' or ');
    return { node, warning: `more than one target found for 'any' cross-reference '${target}': could be ${candidates}` };
  }
  return { node };
}

function roleOf(obj: ObjectEntry): string {
  for (const [role, types] of Object.entries(ROLE_OBJTYPES[obj.domain] ?? {})) if (types.includes(obj.objtype)) return role;
  return obj.objtype;
}

function findObject(objects: ObjectEntry[], domain: string, objtypes: string[], name: string): ObjectEntry | undefined {
  return objects.find((o) => o.domain === domain && o.name === name && (objtypes.length === 0 || objtypes.includes(o.objtype)));
}

function findObjectBySuffix(objects: ObjectEntry[], domain: string, objtypes: string[], name: string): ObjectEntry | undefined {
  return objects.find((o) => o.domain === domain && o.name.endsWith('.' + name) && (objtypes.length === 0 || objtypes.includes(o.objtype)));
}

/** `inv:target` restricts the lookup to inventory `inv`, as intersphinx allows. */
function lookupExternal(intersphinx: Intersphinx, types: string[], target: string): ExternalTarget | null {
  const colon = target.indexOf(':');
  if (colon > 0 && intersphinx.names.has(target.slice(0, colon))) {
    return intersphinx.lookup(types, target.slice(colon + 1), target.slice(0, colon));
  }
  return intersphinx.lookup(types, target);
}

/** Sphinx's docname_join: targets are relative to the referring document's folder unless they start with '/'. */
export function joinDocname(from: string, target: string): string {
  const base = target.startsWith('/') ? '' : path.posix.dirname('/' + from);
  const joined = path.posix.normalize(path.posix.join('/', base, target));
  return joined.replace(/^\/+/, '');
}

function textOf(node: DoctreeNode): string {
  return cleanText(node);
}

/**
 * The resolved node: a `reference` carrying the document and anchor, with the xref's inner node kept
 * (its `xref` class dropped, as Sphinx does) and its text replaced by `title` when one is given.
 */
function internalReference(xref: Element, docname: string, anchor: string, title: string | null, classes: string[] | null, forceTitle = false): Element {
  const inner = innerNode(xref, title, classes, forceTitle);
  const attributes: Element['attributes'] = { internal: true, refdocname: docname, refanchor: anchor, classes: ['reference', 'internal'] };
  if (title && !forceTitle) attributes.reftitle = title;
  const node: Element = { type: 'reference', attributes, children: inner };
  if (xref.position) node.position = xref.position;
  return node;
}

function externalReference(xref: Element, target: ExternalTarget, title: string | null): Element {
  const node: Element = {
    type: 'reference',
    attributes: { internal: false, refuri: target.uri, reftitle: target.reftitle, classes: ['reference', 'external'] },
    children: innerNode(xref, title, null, false),
  };
  if (xref.position) node.position = xref.position;
  return node;
}

function innerNode(xref: Element, title: string | null, classes: string[] | null, forceTitle: boolean): DoctreeNode[] {
  const first = xref.children.find((c) => c.type !== 'text') as Element | undefined;
  const onlyElement = first && xref.children.length === 1;
  const replaceText = title !== null || forceTitle;
  if (!onlyElement) {
    return replaceText ? [{ type: 'text', value: title ?? '' } as Text] : xref.children;
  }
  const keptClasses = Array.isArray(first.attributes.classes) ? first.attributes.classes.filter((c) => c !== 'xref') : [];
  const inner: Element = {
    ...first,
    attributes: { ...first.attributes, classes: classes ?? keptClasses },
    children: replaceText ? [{ type: 'text', value: title ?? '' } as Text] : first.children,
  };
  return [inner];
}

function checkDownload(node: Element, docname: string, ctx: ResolveContext, location: { file: string; line?: number }, warnings: SphinxWarning[]): void {
  const target = String(node.attributes.reftarget ?? '');
  if (!target || /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return;
  const absolute = target.startsWith('/') ? path.join(ctx.env.srcdir, target) : path.join(ctx.env.srcdir, path.posix.dirname(docname), target);
  if (existsSync(absolute)) {
    (node.data ??= {}).sourcePath = absolute;
    return;
  }
  warnings.push({ level: 'WARNING', type: 'download', docname, file: location.file, line: location.line, message: `download file not readable: ${absolute}` });
}

/** Removes the document's `docinfo` (the field list before the title, once transformed), as Sphinx does. */
function dropLeadingDocinfo(tree: Element): void {
  const index = tree.children.findIndex((child) => child.type === 'docinfo');
  if (index < 0) return;
  // Only a docinfo at the top: after decorations, comments and targets at most.
  const before = tree.children.slice(0, index);
  if (before.every((c) => c.type === 'decoration' || c.type === 'comment' || c.type === 'target' || c.type === 'substitution_definition')) tree.children.splice(index, 1);
}

// Cross-reference roles: they become `pending_xref` nodes that the
// resolution stage turns into links (TEAM.md contract).
//
//     :ref:`oom-killer`              label; the section title becomes the text later
//     :ref:`Memory <oom-killer>`     explicit title
//     :doc:`../k8s/oom`              document, relative to this one (or /absolute)
//     :py:func:`~os.path.join`       "~": show only the last component -> join()
//     :func:`!os.getpid`             "!": no link, just the text
//
// The inner node is what Sphinx puts there: `inline` for ref/doc/term, `literal`
// for code-like roles, with classes ['xref', domain, 'domain-type'].
import { el, linePosition, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import type { RoleFunction, RoleInvocation } from '../../rst/api.js';
import { nextSerial } from '../context.js';
import type { ContextOf } from '../directives/scope.js';
import { splitExplicitTitle } from './titles.js';

export interface XrefSpec {
  domain: string;
  type: string;
  /** 'inline' or 'literal'. */
  inner: 'inline' | 'literal';
  refwarn: boolean;
  /** Labels and terms are case-insensitive: the target is lowercased and whitespace-normalised. */
  lowercase?: boolean;
  /** Function-like roles show "name()" (Sphinx's add_function_parentheses). */
  parens?: boolean;
  /** Python-like "~" and leading "." handling. */
  dotted?: boolean;
  /** Classes of the inner node when they are not ['xref', domain, 'domain-type'] (:eq: has ['xref', 'eq']). */
  classes?: string[];
  /** Node type; download uses download_reference. */
  node?: string;
}

export function xrefRole(spec: XrefSpec, contextOf: ContextOf): RoleFunction {
  return (role: RoleInvocation) => {
    const context = contextOf(role.inliner.document);
    const classes = spec.classes ?? (spec.domain ? ['xref', spec.domain, `${spec.domain}-${spec.type}`] : ['xref', spec.type]);
    let marked = role.text;
    const disabled = marked.startsWith('!');
    if (disabled) marked = marked.slice(1);
    let { explicit, title, target } = splitExplicitTitle(marked);
    let refspecific = false;
    if (spec.dotted && !explicit) {
      title = title.replace(/^\.+/, '');
      target = target.replace(/^~/, '');
      if (title.startsWith('~')) {
        title = title.slice(1);
        const dot = title.lastIndexOf('.');
        if (dot !== -1) title = title.slice(dot + 1);
      }
    }
    if (spec.dotted && target.startsWith('.')) {
      target = target.slice(1);
      refspecific = true;
    }
    if (spec.parens) {
      if (!explicit && !title.endsWith('()')) title += '()';
      if (target.endsWith('()')) target = target.slice(0, -2);
    }
    if (spec.lowercase) target = target.replace(/\s+/g, ' ').trim().toLowerCase();
    const inner = el(spec.inner, { classes }, [text(title)]);
    if (disabled) return { nodes: [inner], messages: [] };
    const attributes: Element['attributes'] = {
      refdoc: context.docname,
      refdomain: spec.domain,
      refexplicit: explicit,
      reftarget: target,
      reftype: spec.type,
      refwarn: spec.refwarn,
    };
    if (refspecific) attributes.refspecific = true;
    // The context a lookup starts from, as Sphinx records it on the node (ref_context).
    const state = context.state;
    if (spec.domain === 'py') {
      if (state.pyModule) attributes['py:module'] = state.pyModule;
      if (state.pyClasses?.length) attributes['py:class'] = state.pyClasses[state.pyClasses.length - 1];
    }
    if (spec.type === 'option' && state.program) attributes['std:program'] = state.program;
    // Warnings about unresolved references point at the role's line.
    const node = el(spec.node ?? 'pending_xref', attributes, [inner], linePosition(role.lineno));
    if (spec.type !== 'envvar') return { nodes: [node], messages: [] };
    // envvar also files index entries and a target, like Sphinx's EnvVar role.
    const id = `index-${nextSerial(context, 'index')}`;
    const index = el('index', {});
    index.data = { entries: [['single', target, id, '', null], ['single', `environment variable; ${target}`, id, '', null]] };
    const targetNode = el('target', { ids: [id] });
    role.inliner.document.ids.set(id, targetNode);
    return { nodes: [index, targetNode, node], messages: [] };
  };
}

/** std roles (also reachable as std:NAME). */
export const STD_ROLES: Record<string, Omit<XrefSpec, 'domain'>> = {
  ref: { type: 'ref', inner: 'inline', refwarn: true, lowercase: true },
  doc: { type: 'doc', inner: 'inline', refwarn: true },
  numref: { type: 'numref', inner: 'literal', refwarn: true, lowercase: true },
  // Terms keep their case here (Sphinx 5.3); the glossary lookup is case-insensitive later.
  term: { type: 'term', inner: 'inline', refwarn: true },
  keyword: { type: 'keyword', inner: 'literal', refwarn: true },
  option: { type: 'option', inner: 'literal', refwarn: true },
  envvar: { type: 'envvar', inner: 'literal', refwarn: false },
  token: { type: 'token', inner: 'literal', refwarn: false },
  label: { type: 'ref', inner: 'inline', refwarn: true, lowercase: true },
};

/** Object roles of the code domains; "parens" marks the function-like ones. */
export const DOMAIN_ROLES: Record<string, Record<string, { parens?: boolean }>> = {
  py: { func: { parens: true }, meth: { parens: true }, class: {}, mod: {}, attr: {}, data: {}, const: {}, exc: {}, obj: {}, type: {} },
  c: { func: { parens: true }, member: {}, macro: {}, data: {}, type: {}, var: {}, enum: {}, enumerator: {}, struct: {}, union: {}, expr: {}, texpr: {} },
  cpp: { any: {}, class: {}, struct: {}, union: {}, func: { parens: true }, member: {}, var: {}, type: {}, concept: {}, enum: {}, enumerator: {}, expr: {}, texpr: {} },
  js: { func: { parens: true }, meth: { parens: true }, class: {}, data: {}, attr: {}, mod: {} },
  rst: { dir: {}, role: {} },
};

export function domainRole(domain: string, type: string, contextOf: ContextOf): RoleFunction {
  const info = DOMAIN_ROLES[domain]?.[type] ?? {};
  return xrefRole({ domain, type, inner: 'literal', refwarn: false, parens: info.parens, dotted: domain !== 'rst' }, contextOf);
}

/** An unqualified role like :func: follows `default-domain` (else primary_domain). */
export function defaultDomainRole(type: string, contextOf: ContextOf): RoleFunction {
  const byDomain = new Map<string, RoleFunction>();
  return (role) => {
    const context = contextOf(role.inliner.document);
    let domain = context.state.defaultDomain ?? context.config.primaryDomain;
    if (!DOMAIN_ROLES[domain]?.[type]) domain = DOMAIN_ROLES.py[type] ? 'py' : Object.keys(DOMAIN_ROLES).find((d) => DOMAIN_ROLES[d][type])!;
    let fn = byDomain.get(domain);
    if (!fn) byDomain.set(domain, (fn = domainRole(domain, type, contextOf)));
    return fn(role);
  };
}

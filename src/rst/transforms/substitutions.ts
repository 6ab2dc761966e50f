// Substitution references are replaced by a copy of their definition's
// content. A name is looked up exactly first, then case-insensitively.
// Definitions may use other substitutions; a definition that (through others)
// uses itself is reported and replaced by the error.
//
//     Para |name| and |Name|_.                     Para replaced *text* and
//     .. |name| replace:: replaced *text*    ->    <reference refname="name">replaced <emphasis>text
//
// Sphinx's DefaultSubstitutions runs first: |version|, |release| and |today|
// take the project's values unless the document defines them.
import { el, text, textContent } from '../../doctree/builders.js';
import type { DoctreeNode, Element, Text } from '../../doctree/types.js';
import { normalizeName } from '../ids.js';
import { cloneNode, elementsWithParents, names, replaceChild, type TransformContext } from './context.js';

interface Work {
  ref: Element;
  parent: Element;
  /** Definitions being expanded around this reference (for circularity). */
  chain: string[];
  /** The reference in the document this one came from (messages are reported there). */
  origin: Element;
}

export function applySubstitutions(ctx: TransformContext): void {
  const all = ctx.all;
  const defs = new Map<string, Element>();
  const byLower = new Map<string, string>();
  const work: Work[] = [];
  const insideDef = new Map<Element, Element>();
  for (const [node, parent] of all) {
    if (node.type === 'substitution_definition') {
      for (const name of names(node)) {
        defs.set(name, node);
        byLower.set(name.toLowerCase(), name);
      }
    }
  }
  const owner = new Map<Element, Element>();
  for (const [node, parent] of all) {
    const def = parent && (parent.type === 'substitution_definition' ? parent : owner.get(parent));
    if (def) owner.set(node, def);
    if (node.type !== 'substitution_reference' || !parent) continue;
    if (def) insideDef.set(node, def);
    work.push({ ref: node, parent, chain: def ? names(def).map(normalizeName) : [], origin: node });
  }
  const circular = findCircular(defs, byLower, all);
  const keyOf = (refname: string): string | undefined => (defs.has(refname) ? refname : byLower.get(refname.toLowerCase()));

  // Sphinx's defaults, for names the document does not define.
  const defaults = ctx.options.defaultSubstitutions ?? {};

  // Definitions on a cycle become the error (keeping their names), as docutils reports them.
  const originals = new Map<Element, DoctreeNode[]>();
  for (const def of new Set([...circular].map((key) => defs.get(key)!))) {
    originals.set(def, def.children.map(cloneNode));
    const parent = ctx.parents.get(def);
    if (!parent) continue;
    const msg = ctx.report(3, 'Circular substitution definition detected:', def, [
      el('literal_block', { 'xml:space': 'preserve' }, [text(`.. |${names(def)[0] ?? ''}| replace:: ${def.children.map(source).join('')}`)]),
    ], true);
    msg.attributes.names = [...names(def)];
    replaceChild(parent, def, [msg]);
  }

  for (let i = 0; i < work.length; i++) {
    const { ref, parent, chain, origin } = work[i]!;
    if (!parent.children.includes(ref)) continue;
    const refname = String(ref.attributes.refname ?? '');
    const key = keyOf(refname);
    if (key === undefined) {
      if (Object.hasOwn(defaults, refname)) {
        replaceChild(parent, ref, [text(defaults[refname]!, ref.position)]);
        continue;
      }
      if (insideDef.has(ref)) continue;
      ctx.problematic(ref, parent, rawOf(ref, parent), `Undefined substitution referenced: "${refname}".`);
      continue;
    }
    const normalized = normalizeName(key);
    if (insideDef.has(ref) && circular.has(normalized)) continue;
    if (chain.includes(normalized) || (chain.length > 0 && circular.has(normalized))) {
      if (insideDef.has(ref)) continue;
      const msg = `Circular substitution definition referenced: "${refname}".`;
      // Reported where the document used the outermost substitution.
      const copy = { ...ref, position: origin.position ?? ref.position } as Element;
      replaceChild(parent, ref, [copy]);
      ctx.problematic(copy, parent, rawOf(ref, parent), msg);
      continue;
    }
    const def = defs.get(key)!;
    const content = (originals.get(def) ?? def.children).map(cloneNode);
    trimAround(def, parent, ref);
    replaceChild(parent, ref, content);
    // Nested references in the copy are resolved in turn, remembering what is being expanded.
    for (const [node, nestedParent] of elementsWithParents(el('holder', {}, content))) {
      if (node.type === 'substitution_reference' && nestedParent) {
        work.push({ ref: node, parent: nestedParent.type === 'holder' ? parent : nestedParent, chain: [...chain, normalized], origin });
      }
    }
  }
}

/** `:ltrim:`/`:rtrim:`/`:trim:` definitions remove the whitespace next to the reference. */
function trimAround(def: Element, parent: Element, ref: Element): void {
  const index = parent.children.indexOf(ref);
  if (def.attributes.ltrim) {
    const before = parent.children[index - 1];
    if (before?.type === 'text') (before as Text).value = (before as Text).value.trimEnd();
  }
  if (def.attributes.rtrim) {
    const after = parent.children[index + 1];
    if (after?.type === 'text') (after as Text).value = (after as Text).value.trimStart();
  }
}

/** Names of definitions that (through others) use themselves: one depth-first search over the definitions. */
function findCircular(defs: Map<string, Element>, byLower: Map<string, string>, all: Array<[Element, Element | null]>): Set<string> {
  const uses = new Map<string, string[]>();
  const defOfName = new Map<Element, string>();
  for (const [name, def] of defs) defOfName.set(def, normalizeName(name));
  const owner = new Map<Element, Element>();
  for (const [node, parent] of all) {
    const own = parent && (parent.type === 'substitution_definition' ? parent : owner.get(parent));
    if (own) owner.set(node, own);
    if (node.type === 'substitution_reference' && own) {
      const from = defOfName.get(own);
      const refname = String(node.attributes.refname ?? '');
      const key = defs.has(refname) ? refname : byLower.get(refname.toLowerCase());
      if (from !== undefined && key !== undefined) {
        const list = uses.get(from) ?? [];
        list.push(normalizeName(key));
        uses.set(from, list);
      }
    }
  }
  const circular = new Set<string>();
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (name: string): void => {
    state.set(name, 1);
    stack.push(name);
    for (const next of uses.get(name) ?? []) {
      if (state.get(next) === 1) for (let i = stack.indexOf(next); i < stack.length; i++) circular.add(stack[i]!);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(name, 2);
  };
  for (const name of uses.keys()) if (!state.has(name)) visit(name);
  return circular;
}

function rawOf(ref: Element, parent: Element): string {
  const raw = `|${ref.children.map(plain).join('')}|`;
  if (parent.type === 'reference' && parent.children.length === 1) return raw + (parent.attributes.anonymous ? '__' : '_');
  return raw;
}

/** Definition content as written: substitution references keep their bars. */
function source(node: DoctreeNode): string {
  if (node.type === 'substitution_reference') return `|${plain(node)}|`;
  return node.type === 'text' ? plain(node) : (node as Element).children.map(source).join('');
}

function plain(node: DoctreeNode): string {
  return textContent(node);
}


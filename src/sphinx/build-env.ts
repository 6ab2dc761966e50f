// Merges every document's collected facts into the environment, in docname
// order as Sphinx reads them, and checks the project as a whole: duplicate
// labels and terms, toctree entries naming missing documents, documents in no
// toctree, circular toctrees; then numbers figures, tables and code blocks in
// toctree order for :numref:.
import { collectDocument, isUrl, type CollectedDocument } from './collect.js';
import type { Environment } from './environment.js';
import { isExcludedDocname } from './discover.js';
import type { ParsedDocument } from './parse/types.js';
import type { SphinxConfig } from './types.js';
import type { SphinxWarning } from './warnings.js';

export interface EnvironmentResult {
  env: Environment;
  /** Warnings from reading (duplicate labels, toctree problems), before the consistency check. */
  readWarnings: SphinxWarning[];
  /** Sphinx's consistency check: documents in no toctree. */
  consistencyWarnings: SphinxWarning[];
  collected: Map<string, CollectedDocument>;
}

/**
 * `collect` lets a caller that rebuilds the environment often (the dev server) reuse what it
 * collected from documents that did not change.
 */
export function buildEnvironment(parsed: ParsedDocument[], config: SphinxConfig, srcdir: string, collect: (doc: ParsedDocument) => CollectedDocument = collectDocument): EnvironmentResult {
  const sorted = [...parsed].sort((a, b) => (a.docname < b.docname ? -1 : a.docname > b.docname ? 1 : 0));
  const env: Environment = {
    srcdir,
    rootDoc: config.root_doc,
    docs: {},
    labels: {},
    anonlabels: {},
    equations: {},
    terms: {},
    objects: [],
    tocParents: {},
    figureNumbers: {},
    sectionNumbers: {},
    order: [],
  };
  const readWarnings: SphinxWarning[] = [];
  const consistencyWarnings: SphinxWarning[] = [];
  const collected = new Map<string, CollectedDocument>();
  const known = new Set(sorted.map((p) => p.docname));

  for (const doc of sorted) {
    const c = collect(doc);
    collected.set(doc.docname, c);
    env.docs[doc.docname] = c.record;
    for (const label of c.labels) {
      // Observed with sphinx-build: a later document's label replaces an earlier one (last wins); only a
      // label with a title (section, caption...) that replaces another titled one from a different
      // document is reported.
      const { name, ...target } = label;
      const other = env.labels[name];
      if (target.title !== null && other && other.docname !== doc.docname) {
        readWarnings.push({ level: 'WARNING', type: 'label', docname: doc.docname, file: doc.path, line: label.line, message: `duplicate label ${name}, other instance in ${env.docs[other.docname]?.path ?? other.docname}` });
      }
      const sameDocument = env.anonlabels[name]?.docname === doc.docname;
      // Within one document docutils reports the duplicate and the first target keeps the name.
      if (sameDocument) continue;
      env.anonlabels[name] = target;
      if (target.title !== null) env.labels[name] = target;
    }
    for (const term of c.terms) {
      const key = term.term.toLowerCase();
      const other = env.terms[key];
      if (other) {
        readWarnings.push({ level: 'WARNING', type: 'term', docname: doc.docname, file: doc.path, line: term.line, message: `duplicate term description of ${term.term}, other instance in ${other.docname}` });
        continue;
      }
      env.terms[key] = term;
    }
    env.objects.push(...c.objects);
    for (const eq of c.equations) {
      const other = env.equations[eq.label];
      if (other) {
        if (other.docname !== doc.docname) {
          readWarnings.push({ level: 'WARNING', type: 'math', docname: doc.docname, file: doc.path, line: eq.line, message: `duplicate label of equation ${eq.label}, other instance in ${other.docname}` });
        }
        continue;
      }
      env.equations[eq.label] = { docname: doc.docname, anchor: eq.anchor, number: eq.number };
    }
    for (const toctree of c.record.toctrees) {
      const kept: string[] = [];
      for (const ref of toctree.includefiles) {
        if (ref === doc.docname) {
          // Sphinx ignores a document listing itself (and says so without a line number).
          readWarnings.push({ level: 'WARNING', type: 'toc', docname: doc.docname, file: doc.path, message: 'self referenced toctree found. Ignored.' });
          continue;
        }
        if (known.has(ref)) {
          kept.push(ref);
          continue;
        }
        const excluded = isExcludedDocname(ref, config);
        readWarnings.push({
          level: 'WARNING', type: 'toc', docname: doc.docname, file: doc.path, line: toctree.line,
          message: `toctree contains reference to ${excluded ? 'excluded' : 'nonexisting'} document '${ref}'`,
        });
      }
      toctree.includefiles = kept;
      for (const child of kept) {
        const parents = (env.tocParents[child] ??= []);
        if (!parents.includes(doc.docname)) parents.push(doc.docname);
      }
    }
  }

  readWarnings.push(...circularToctrees(env));

  for (const doc of sorted) {
    const record = env.docs[doc.docname];
    if (doc.docname === config.root_doc || record.orphan || env.tocParents[doc.docname]) continue;
    consistencyWarnings.push({ level: 'WARNING', type: 'toc', docname: doc.docname, file: doc.path, message: "document isn't included in any toctree" });
  }

  env.order = toctreeOrder(env);
  numberSections(env, collected);
  numberFigures(env, collected, config.numfig_secnum_depth);
  return { env, readWarnings, consistencyWarnings, collected };
}

/** Toctree edges that lead back to a document on the current path from the root document (or from any document). */
function circularToctrees(env: Environment): SphinxWarning[] {
  const warnings: SphinxWarning[] = [];
  const state = new Map<string, 'active' | 'done'>();
  const visit = (docname: string, trail: string[]) => {
    state.set(docname, 'active');
    const record = env.docs[docname];
    for (const toctree of record?.toctrees ?? []) {
      for (const child of toctree.includefiles) {
        if (state.get(child) === 'active') {
          const cycle = [...trail.slice(trail.indexOf(child)), docname].reverse();
          warnings.push({ level: 'WARNING', type: 'toc', docname, file: record.path, line: toctree.line, message: `circular toctree references detected, ignoring: ${child} <- ${cycle.join(' <- ')}` });
          continue;
        }
        if (!state.has(child)) visit(child, [...trail, docname]);
      }
    }
    state.set(docname, 'done');
  };
  if (env.docs[env.rootDoc]) visit(env.rootDoc, []);
  for (const docname of Object.keys(env.docs).sort()) if (!state.has(docname)) visit(docname, []);
  return warnings;
}

function toctreeOrder(env: Environment): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  const visit = (docname: string) => {
    if (seen.has(docname) || !env.docs[docname]) return;
    seen.add(docname);
    order.push(docname);
    for (const toctree of env.docs[docname].toctrees) for (const child of toctree.includefiles) visit(child);
  };
  visit(env.rootDoc);
  for (const docname of Object.keys(env.docs).sort()) if (!seen.has(docname)) order.push(docname);
  return order;
}

/**
 * Section numbers of numbered toctrees, as Sphinx assigns them: the documents of a `:numbered:` toctree
 * number their sections 1, 1.1, ... (down to the toctree's depth), and toctrees inside a numbered tree
 * continue the numbering at their place, whatever their own options.
 */
function numberSections(env: Environment, collected: Map<string, CollectedDocument>): void {
  const done = new Set<string>();
  const walk = (docname: string, numstack: number[] | null, depth: number) => {
    if (done.has(docname) && numstack === null) return;
    if (numstack !== null && env.sectionNumbers[docname]) return; // already numbered (nested numbered toctree)
    done.add(docname);
    const c = collected.get(docname);
    if (!c) return;
    const stack = numstack;
    for (const event of c.numberingOrder) {
      if (event.kind === 'section-start') {
        if (!stack) continue;
        stack[stack.length - 1]++;
        if (stack.length <= depth) {
          const numbers = (env.sectionNumbers[docname] ??= {});
          for (const id of event.ids) numbers[id] = [...stack];
          if (event.top) numbers[''] = [...stack];
        }
        stack.push(0);
      } else if (event.kind === 'section-end') {
        if (stack) stack.pop();
      } else if (event.kind === 'toctree') {
        const toctree = c.record.toctrees[event.index];
        const children = toctree.includefiles.filter((d) => !isUrl(d));
        if (stack) for (const child of children) walk(child, stack, depth);
        else if (toctree.numbered > 0) {
          const fresh = [0];
          for (const child of children) walk(child, fresh, toctree.numbered);
        } else for (const child of children) walk(child, null, 0);
      }
    }
  };
  walk(env.rootDoc, null, 0);
}

/**
 * Sphinx numbers enumerable nodes while walking the toctree from the root document: a document's figures in
 * document order, descending into each toctree's documents where the toctree stands. Numbers run on across
 * documents per kind, or per section number prefix (numfig_secnum_depth levels) in numbered toctrees.
 */
function numberFigures(env: Environment, collected: Map<string, CollectedDocument>, secnumDepth: number): void {
  const counters = new Map<string, number>();
  const done = new Set<string>();
  const visit = (docname: string) => {
    if (done.has(docname)) return;
    done.add(docname);
    const c = collected.get(docname);
    if (!c) return;
    const sections: string[] = [];
    for (const step of c.numberingOrder) {
      if (step.kind === 'section-start') {
        sections.push(step.anchor);
        continue;
      }
      if (step.kind === 'section-end') {
        sections.pop();
        continue;
      }
      if (step.kind === 'toctree') {
        for (const child of c.record.toctrees[step.index].includefiles) if (!isUrl(child)) visit(child);
        continue;
      }
      // Sphinx numbers only nodes it can link to.
      if (step.item.ids.length === 0) continue;
      const secnumbers = env.sectionNumbers[docname] ?? {};
      const enclosing = [...sections].reverse().find((anchor) => secnumbers[anchor]);
      const prefix = secnumDepth > 0 && enclosing !== undefined ? secnumbers[enclosing].slice(0, secnumDepth) : [];
      const key = `${step.item.figtype}\0${prefix.join('.')}`;
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      const byType = ((env.figureNumbers[docname] ??= {})[step.item.figtype] ??= {});
      for (const id of step.item.ids) byType[id] = [...prefix, n];
    }
  };
  visit(env.rootDoc);
}

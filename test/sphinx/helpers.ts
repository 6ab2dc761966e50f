// Hand-built doctrees shaped like the parser's and the Sphinx directives' output,
// so the environment and resolution are tested without the parser.
import { el, text } from '../../src/doctree/builders.js';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import type { ParsedDocument } from '../../src/sphinx/parse/types.js';

export const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

export function doc(docname: string, children: DoctreeNode[], srcdir = '/src'): ParsedDocument {
  const path = `${srcdir}/${docname}.rst`;
  return { docname, path, doctree: el('document', { source: path }, children), dependencies: [], warnings: [], key: docname };
}

export function section(title: string, id: string, line: number, children: DoctreeNode[] = []): Element {
  return el('section', { ids: [id], names: [title.toLowerCase()] }, [el('title', {}, [text(title)], { start: { line, column: 1 }, end: { line: line + 1, column: 1 } }), ...children], at(line));
}

export function target(name: string, line: number): Element {
  return el('target', { ids: [name.replace(/_/g, '-')], names: [name] }, [], at(line));
}

export function para(line: number, ...children: DoctreeNode[]): Element {
  return el('paragraph', {}, children, at(line));
}

export function xref(reftype: string, reftarget: string, opts: { explicit?: string; domain?: string; line?: number; refdoc?: string } = {}): Element {
  const domain = opts.domain ?? 'std';
  const inner = reftype === 'doc' || reftype === 'ref' || reftype === 'numref' || reftype === 'term' || reftype === 'any'
    ? el('inline', { classes: ['xref', domain, `${domain}-${reftype}`] }, [text(opts.explicit ?? reftarget)])
    : el('literal', { classes: ['xref', domain, `${domain}-${reftype}`] }, [text(opts.explicit ?? reftarget)]);
  return el('pending_xref', { refdomain: domain, reftype, reftarget, refexplicit: opts.explicit !== undefined, refwarn: true, refdoc: opts.refdoc ?? '' }, [inner], opts.line ? at(opts.line) : undefined);
}

export function toctree(line: number, entries: string[], opts: { hidden?: boolean } = {}): Element {
  const node = el('toctree', { maxdepth: -1, hidden: Boolean(opts.hidden), glob: false, numbered: 0, titlesonly: false, includehidden: false }, [], at(line));
  node.data = { entries: entries.map((ref) => ({ title: null, ref })), includefiles: entries };
  return el('compound', { classes: ['toctree-wrapper'] }, [node], at(line));
}

export function orphanField(): Element {
  return el('field_list', {}, [el('field', {}, [el('field_name', {}, [text('orphan')]), el('field_body', {}, [])])], at(1));
}

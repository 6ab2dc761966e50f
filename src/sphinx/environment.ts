// The build environment: what the whole project knows once every document is
// parsed (Sphinx's BuildEnvironment). Plain data only, so it can be cached and
// sent between threads: records keyed by docname or label.

export interface LabelTarget {
  docname: string;
  /** The id the label points at (the `#anchor`); '' for a document's top. */
  anchor: string;
  /** Section title, figure/table/code-block caption; null for other nodes (a :ref: to it needs an explicit title). */
  title: string | null;
  line?: number;
  /** Enumerable kind for :numref: ('figure', 'table', 'code-block', 'section'), when the node is one. */
  figtype?: string;
}

export interface TocEntry {
  title: string | null;
  /** Absolute docname, 'self', or a URL. */
  ref: string;
}

export interface TocTreeRecord {
  line?: number;
  hidden: boolean;
  numbered: number;
  caption: string | null;
  glob: boolean;
  maxdepth: number;
  titlesonly: boolean;
  includehidden: boolean;
  entries: TocEntry[];
  /** Docnames the toctree includes (existing documents only). */
  includefiles: string[];
}

export interface DocRecord {
  docname: string;
  /** Absolute source path. */
  path: string;
  /** Text of the first section title, or '<no title>'. */
  title: string;
  /** Leading field-list metadata (`:orphan:`, `:tocdepth: 2`). */
  metadata: Record<string, string>;
  orphan: boolean;
  toctrees: TocTreeRecord[];
  /** Absolute paths of files this document read (include, literalinclude...). */
  dependencies: string[];
  /** Section tree (ids, titles, levels) for on-page contents and toctrees. */
  sections: SectionRecord[];
}

export interface SectionRecord {
  title: string;
  /** The section's first id (its anchor). */
  anchor: string;
  /** GitHub-style heading slug of a Markdown page's section (myst_heading_anchors), for `[text](page.md#slug)`. */
  slug?: string;
  level: number;
  line?: number;
}

export interface GlossaryTerm {
  docname: string;
  anchor: string;
  term: string;
  line?: number;
}

/** A described object (py:function, std:envvar, std:option...) for resolution and objects.inv. */
export interface ObjectEntry {
  name: string;
  domain: string;
  objtype: string;
  docname: string;
  anchor: string;
  /** Inventory priority: 1 default, 0 important, -1 hidden from search (Sphinx's convention). */
  priority: number;
  dispname: string;
}

export interface Environment {
  srcdir: string;
  rootDoc: string;
  docs: Record<string, DocRecord>;
  /** Explicit labels that have a title (usable by :ref: without a title). */
  labels: Record<string, LabelTarget>;
  /** Every explicit label, titled or not. */
  anonlabels: Record<string, LabelTarget>;
  /** Labelled display equations (math directive's :label:) for :eq:. */
  equations: Record<string, { docname: string; anchor: string; number: number | null }>;
  /** Glossary terms by lowercased term. */
  terms: Record<string, GlossaryTerm>;
  objects: ObjectEntry[];
  /** docname -> docnames whose toctrees include it. */
  tocParents: Record<string, string[]>;
  /** docname -> figtype -> anchor -> number parts (e.g. [1] or [2, 1] with section numbers). */
  figureNumbers: Record<string, Record<string, Record<string, number[]>>>;
  /** docname -> section anchor -> section number parts (numbered toctrees). */
  sectionNumbers: Record<string, Record<string, number[]>>;
  /** Docnames in toctree order from the root document (depth first), then the rest sorted. */
  order: string[];
}

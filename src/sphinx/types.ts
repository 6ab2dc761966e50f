// Types shared by the Sphinx layer's parts: the configuration read from
// conf.py, and the project context handed to `registerSphinx(registries, project)`
// (directives and roles need the source root, the configuration and the tags).

/** The conf.py values rstro understands, with Sphinx 5.3's defaults. */
export interface SphinxConfig {
  project: string;
  author: string;
  copyright: string;
  version: string;
  release: string;
  language: string;
  /** `root_doc` (Sphinx >= 4) or its old name `master_doc`. */
  root_doc: string;
  /** suffix -> file type ('restructuredtext', 'markdown'); a str or list in conf.py is normalised to this map. */
  source_suffix: Record<string, string>;
  exclude_patterns: string[];
  include_patterns: string[];
  templates_path: string[];
  rst_prolog: string | null;
  rst_epilog: string | null;
  numfig: boolean;
  numfig_format: Record<string, string>;
  numfig_secnum_depth: number;
  highlight_language: string;
  nitpicky: boolean;
  /** (type, target) pairs, e.g. ['py:class', 'int']. */
  nitpick_ignore: Array<[string, string]>;
  nitpick_ignore_regex: Array<[string, string]>;
  extensions: string[];
  /** name -> [base URI, local inventory paths (null = the default `<uri>/objects.inv`)]. */
  intersphinx_mapping: Record<string, { uri: string; inventories: Array<string | null> }>;
  todo_include_todos: boolean;
  primary_domain: string | null;
  default_role: string | null;
  show_authors: boolean;
  keep_warnings: boolean;
  suppress_warnings: string[];
  myst_enable_extensions: string[];
  myst_heading_anchors: number;
  /** rstro: let `raw:: html` through (Sphinx does). */
  rstro_raw_html: boolean;
  /** rstro: fixture root for literalinclude, relative to the folder holding the source dir's project (default 'literalinclude'). */
  rstro_fixture_root: string;
  /** Every other top-level assignment we could evaluate, by name (for extensions that read their own settings). */
  extra: Record<string, unknown>;
}

/** What directives and roles may know about the project (passed to `registerSphinx`). */
export interface ProjectContext {
  /** Absolute path of the source directory (the folder holding conf.py). */
  srcdir: string;
  /** Absolute path of the project root: nothing outside it is read (include, literalinclude). */
  rootDir: string;
  config: SphinxConfig;
  /** Tags for `only` (Sphinx's `tags`: the builder name 'html' and format 'html' by default). */
  tags: Set<string>;
  /** Docnames of every document found (known before parsing starts). */
  docnames: ReadonlySet<string>;
  /** Docname of a source file, or null when it is not a document of the project. */
  docnameOf(absolutePath: string): string | null;
  /** Absolute path of a document's source file. */
  pathOf(docname: string): string;
  /** Whether exclude_patterns leave this docname out (toctree then says "excluded document", not "nonexisting"). */
  isExcluded?(docname: string): boolean;
}

// Options of the Markdown (MyST) reader. The configuration is the part of
// conf.py that changes how Markdown is read; SphinxConfig satisfies it, but
// this layer does not import the Sphinx layer (it sits below it).
import type { Registries, RstSettings } from '../rst/api.js';

export interface MystConfig {
  /** conf.py's myst_enable_extensions: 'colon_fence', 'dollarmath', 'tasklist', 'strikethrough', ... */
  myst_enable_extensions?: string[];
  /** Headings up to this level get GitHub-style slug anchors (0: none). */
  myst_heading_anchors?: number;
  /** suffix -> file type; links to files with these suffixes are links to documents. */
  source_suffix?: Record<string, string>;
  /** Other conf.py values: `myst_substitutions` (a dict) is read from here. */
  extra?: Record<string, unknown>;
}

export interface MarkdownOptions {
  settings?: Partial<RstSettings>;
  registries?: Registries;
  config?: MystConfig;
  /** Docname of the page (the Sphinx layer knows it); links between pages are computed from it. */
  docname?: string;
  /** Source folder of the project: `/path` links and images resolve from here. */
  srcdir?: string;
}

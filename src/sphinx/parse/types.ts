// What the parse stage hands to the environment: one serialisable record per
// document (the doctree as plain JSON, the files it read, its parser messages).
import type { Element } from '../../doctree/types.js';
import type { SphinxWarning } from '../warnings.js';

export interface ParsedDocument {
  docname: string;
  /** Absolute source path. */
  path: string;
  doctree: Element;
  /** Absolute paths of every other file read while parsing (include, literalinclude, csv-table :file:...). */
  dependencies: string[];
  /** The parser's system messages (level >= 2) as Sphinx prints them. */
  warnings: SphinxWarning[];
  /** Hash of the source text (and everything else the parse depended on), for the cache. */
  key: string;
}

/** One document to parse, as sent to a worker. */
export interface ParseTask {
  docname: string;
  path: string;
  fileType: string;
  key: string;
}

/** Everything a worker needs to parse any document of the project (sent once per worker). */
export interface ParseSetup {
  srcdir: string;
  rootDir: string;
  config: import('../types.js').SphinxConfig;
  docnames: string[];
  /** Source path of each docname (its suffix may be any of source_suffix). */
  docnamePaths?: Record<string, string>;
  tags: string[];
  /** Module exporting `createDocumentParser(setup)`; the rST/Markdown backend by default, a fake one in tests. */
  backendModule?: string;
  /**
   * Absolute paths of modules exporting `register(registries, project)`, run after the Sphinx layer's own
   * registration: higher layers (runbooks) add their directives this way, without the Sphinx layer importing them.
   */
  plugins?: string[];
}

/** A parse backend: turns a document's text into a doctree, recording the files it reads. */
export interface DocumentParser {
  parse(text: string, task: ParseTask, readFile: (absolutePath: string, encoding?: string) => string): Element;
}

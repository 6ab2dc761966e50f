// Parse rST with the Sphinx directives registered, in a throwaway project:
// <tmp>/content (source root) and <tmp>/literalinclude (fixture root).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { textContent, visit } from '../../../src/doctree/builders.js';
import type { Element } from '../../../src/doctree/types.js';
import { pformat } from '../../../src/doctree/pformat.js';
import { parseRst } from '../../../src/rst/index.js';
import { createRegistries } from '../../../src/rst/registries.js';
import { createSphinxContext, type ContextConfig } from '../../../src/sphinx/context.js';
import { registerSphinx } from '../../../src/sphinx/directives/index.js';
import { decode } from '../../../src/sphinx/directives/encoding.js';

export interface BuildOptions {
  docname?: string;
  /** Files by path relative to the project root, e.g. 'content/x.txt', 'literalinclude/k8s/oom/out.txt'. */
  files?: Record<string, string | Uint8Array>;
  config?: Partial<ContextConfig>;
  docnames?: string[];
  excludedDocnames?: string[];
  root?: string;
}

export function makeProject(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'rstro-sphinx-'));
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

export function build(source: string, options: BuildOptions = {}) {
  const root = options.root ?? makeProject(options.files);
  const docname = options.docname ?? 'index';
  const context = createSphinxContext({
    docname,
    sourceRoot: join(root, 'content'),
    projectRoot: root,
    config: options.config,
    docnames: options.docnames,
    excludedDocnames: options.excludedDocnames,
  });
  const registries = createRegistries();
  registerSphinx(registries, context);
  const tree = parseRst(source, {
    registries,
    settings: {
      // As the project model runs the parser for Sphinx: auto ids 'id1', 'id2'...
      autoIdPrefix: 'id',
      sourcePath: context.docPath,
      readFile: (path: string, encoding?: string) => decode(context.readFile(path), encoding ?? 'utf-8-sig'),
    },
  });
  const messages: Element[] = [];
  visit(tree, (node) => {
    if (node.type === 'system_message') messages.push(node as Element);
  });
  return {
    root,
    tree,
    context,
    /** "line: text" of every system message in the tree. */
    messages: messages.map((m) => `${m.attributes.line ?? '?'}: ${textContent(m.children[0]!)}`),
    pformat: pformat(tree),
    find: (type: string) => findAll(tree, type),
  };
}

export function findAll(tree: Element, type: string): Element[] {
  const found: Element[] = [];
  visit(tree, (node) => {
    if (node.type === type) found.push(node as Element);
  });
  return found;
}

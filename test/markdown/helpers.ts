// Parse a Markdown page the way the Sphinx layer does: in a project folder of
// its own (conf.py, extra files), with Sphinx's directives and roles registered.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pformat } from '../../src/doctree/index.js';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { parseMarkdown } from '../../src/markdown/index.js';
import { createRegistries } from '../../src/rst/registries.js';
import { readConfFile } from '../../src/sphinx/conf.js';
import { registerSphinx } from '../../src/sphinx/directives/index.js';
import { projectForFile } from '../../src/sphinx/standalone.js';

export interface PageOptions {
  /** Extra lines of conf.py. */
  conf?: string;
  /** Other files of the project, path -> text. */
  files?: Record<string, string>;
  /** Path of the page inside the project. */
  page?: string;
}

export function makeProject(files: Record<string, string>, conf = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rstro-md-'));
  writeFileSync(path.join(dir, 'conf.py'), `project = 'T'\nextensions = ['myst_parser', 'sphinx.ext.todo']\n${conf}\n`);
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, value);
  }
  return dir;
}

export function page(text: string, options: PageOptions = {}): Element {
  const name = options.page ?? 'page.md';
  const dir = makeProject({ ...options.files, [name]: text }, options.conf);
  const file = path.join(dir, name);
  const registries = createRegistries();
  registerSphinx(registries, projectForFile(file));
  const { config } = readConfFile(dir);
  return parseMarkdown(text, { settings: { sourcePath: file, autoIdPrefix: 'id' }, registries, config, docname: name.replace(/\.md$/, ''), srcdir: dir });
}

/** pformat without the document line (its source is a temporary path). */
export function tree(text: string, options: PageOptions = {}): string {
  return pformat(page(text, options)).split('\n').slice(1).join('\n');
}

export function all(root: DoctreeNode, type: string): Element[] {
  const found: Element[] = [];
  const walk = (node: DoctreeNode) => {
    if (node.type === type) found.push(node as Element);
    if (node.type !== 'text') (node as Element).children.forEach(walk);
  };
  walk(root);
  return found;
}

export function first(root: DoctreeNode, type: string): Element {
  const found = all(root, type)[0];
  if (!found) throw new Error(`no ${type} in the tree`);
  return found;
}

/** [level, line, text] of every system message. */
export function messages(root: DoctreeNode): Array<[number, number | undefined, string]> {
  return all(root, 'system_message').map((m) => [Number(m.attributes.level), m.attributes.line as number | undefined, textOf(m.children[0])]);
}

export function textOf(node: DoctreeNode): string {
  return node.type === 'text' ? (node as { value: string }).value : (node as Element).children.map(textOf).join('');
}

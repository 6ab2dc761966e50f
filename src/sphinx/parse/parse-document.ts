// Parses one document: reads it, applies rst_prolog/rst_epilog, runs the
// backend with a file reader that refuses paths outside the project root and
// records every file read, maps lines back to the document's own, and turns
// the parser's system messages into warnings (removing them from the tree, as
// Sphinx does unless keep_warnings is set).
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import { el, textContent } from '../../doctree/builders.js';
import { applyTransforms } from '../../rst/transforms/index.js';
import { applyPrologEpilog, remapLines } from '../prolog.js';
import { LEVEL_BY_NUMBER, type SphinxWarning } from '../warnings.js';
import { isInside } from './cache.js';
import type { DocumentParser, ParsedDocument, ParseSetup, ParseTask } from './types.js';

export function parseDocument(setup: ParseSetup, task: ParseTask, parser: DocumentParser, sourceText?: string): ParsedDocument {
  const dependencies: string[] = [];
  const warnings: SphinxWarning[] = [];
  let text: string;
  try {
    text = sourceText ?? readFileSync(task.path, 'utf8');
  } catch (error) {
    warnings.push({ level: 'WARNING', type: 'read', docname: task.docname, file: task.path, message: `could not read the document: ${(error as Error).message}` });
    return { docname: task.docname, path: task.path, doctree: emptyDocument(task.path), dependencies, warnings, key: task.key };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const isRst = task.fileType === 'restructuredtext';
  const { text: extended, origins } = isRst ? applyPrologEpilog(text, setup.config.rst_prolog, setup.config.rst_epilog) : { text, origins: null };
  const root = realRoot(setup.rootDir);
  const readFile = (absolutePath: string, encoding?: string): string => {
    const resolved = path.resolve(absolutePath);
    let real: string;
    try {
      real = realpathSync(resolved);
    } catch (error) {
      // Missing files are dependencies too: creating one must invalidate the cached parse.
      if (!dependencies.includes(resolved)) dependencies.push(resolved);
      throw pythonStyleError(error, absolutePath);
    }
    if (!isInside(real, root)) {
      throw new Error(`${absolutePath} is outside the project root ${setup.rootDir}; rstro does not read it`);
    }
    if (!dependencies.includes(resolved)) dependencies.push(resolved);
    let buffer: Buffer;
    try {
      buffer = readFileSync(real);
    } catch (error) {
      throw pythonStyleError(error, absolutePath);
    }
    const label = (encoding ?? 'utf-8').toLowerCase().replace(/_/g, '-');
    try {
      return new TextDecoder(label === 'utf-8-sig' ? 'utf-8' : label, { fatal: true }).decode(buffer);
    } catch (error) {
      if (error instanceof RangeError) throw new Error(`unknown encoding: ${encoding}`);
      throw new Error(`'${label}' codec can't decode ${absolutePath}`);
    }
  };
  let doctree: Element;
  try {
    doctree = parser.parse(extended, task, readFile);
  } catch (error) {
    // The parser must never throw; if it does, the rest of the project still builds.
    warnings.push({ level: 'CRITICAL', type: 'parser', docname: task.docname, file: task.path, message: `rstro's parser failed on this document: ${(error as Error).stack ?? error}` });
    doctree = emptyDocument(task.path);
  }
  // rstro transforms (owner: "transforms"): the document transforms docutils and Sphinx run after parsing
  // (substitutions, footnote numbers, internal links, contents, sectnum...), before the doctree is cached,
  // collected and resolved. Their messages are not in the tree; they become warnings like the parser's.
  const transformMessages = runTransforms(doctree, setup, task, warnings);
  if (origins) remapLines(doctree, origins, task.path);
  collectSystemMessages(doctree, task, warnings, !setup.config.keep_warnings);
  if (origins) remapLines(el('messages', {}, transformMessages), origins, task.path);
  for (const message of transformMessages) warnings.push(messageToWarning(message, task, Number(message.attributes.level ?? 3)));
  return { docname: task.docname, path: task.path, doctree, dependencies, warnings, key: task.key };
}

/** Sphinx's settings for the transforms: ids `idN`, |version| |release| |today| from conf.py, citations resolved project-wide, smart quotes. */
// Formatting a date builds an Intl formatter (about 0.3 ms): once per process, not per document.
const todayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: '2-digit', year: 'numeric' });

function runTransforms(doctree: Element, setup: ParseSetup, task: ParseTask, warnings: SphinxWarning[]): Element[] {
  const today = todayFormat.format(new Date());
  try {
    return applyTransforms(doctree, {
      autoIdPrefix: 'id',
      source: task.path,
      defaultSubstitutions: { version: setup.config.version ?? '', release: setup.config.release ?? '', today },
      citationsElsewhere: true,
      reportUnreferencedFootnotes: true,
      sphinx: true,
      // conf.py `smartquotes = False` turns it off, as in Sphinx; otherwise the project's language decides.
      smartquotes: setup.config.extra?.smartquotes === false ? null : setup.config.language || 'en',
    }).messages;
  } catch (error) {
    warnings.push({ level: 'CRITICAL', type: 'parser', docname: task.docname, file: task.path, message: `rstro's document transforms failed on this document: ${(error as Error).stack ?? error}` });
    return [];
  }
}

/** File errors in the words docutils prints (Python's OSError), e.g. "[Errno 2] No such file or directory: '/x'". */
function pythonStyleError(error: unknown, file: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, [number, string]> = { ENOENT: [2, 'No such file or directory'], EACCES: [13, 'Permission denied'], EISDIR: [21, 'Is a directory'], ENOTDIR: [20, 'Not a directory'], ELOOP: [40, 'Too many levels of symbolic links'] };
  const entry = code ? known[code] : undefined;
  if (!entry) return error as Error;
  const wrapped = new Error(`[Errno ${entry[0]}] ${entry[1]}: '${file}'`) as NodeJS.ErrnoException;
  wrapped.code = code;
  return wrapped;
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

function emptyDocument(source: string): Element {
  return { type: 'document', attributes: { source }, children: [] };
}

/** System messages of level >= 2 become warnings; `remove` drops every system_message from the tree. */
function collectSystemMessages(tree: Element, task: ParseTask, warnings: SphinxWarning[], remove: boolean): void {
  const walk = (node: Element): void => {
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i];
      if (child.type === 'text') continue;
      const element = child as Element;
      if (element.type === 'system_message') {
        const level = Number(element.attributes.level ?? 0);
        if (level >= 2) warnings.push(messageToWarning(element, task, level));
        if (remove) {
          node.children.splice(i, 1);
          i--;
          continue;
        }
      }
      walk(element);
    }
  };
  walk(tree);
}

/** The kind of a parser or directive message, for JSON output and suppress_warnings. */
function messageType(message: string): string {
  if (/^Include file .* not found|^Problems with "[\w-]+" directive path|outside the project root/.test(message)) return 'include';
  if (message.startsWith('toctree contains reference')) return 'toc';
  if (/^image file not readable|^Could not obtain image size/.test(message)) return 'image';
  if (message.startsWith('download file not readable')) return 'download';
  return 'docutils';
}

function messageToWarning(message: Element, task: ParseTask, level: number): SphinxWarning {
  const paragraphs: string[] = [];
  const details: string[] = [];
  for (const child of message.children as DoctreeNode[]) {
    if (child.type === 'paragraph') paragraphs.push(textContent(child));
    else if (child.type !== 'text') details.push(textContent(child));
  }
  const source = typeof message.attributes.source === 'string' ? message.attributes.source : task.path;
  const line = typeof message.attributes.line === 'number' ? message.attributes.line : message.position?.start.line;
  const warning: SphinxWarning = {
    level: LEVEL_BY_NUMBER[Math.min(level, 4)],
    type: 'docutils',
    docname: task.docname,
    file: source,
    message: paragraphs.join('\n\n'),
  };
  if (line !== undefined) warning.line = line;
  if (details.length > 0) warning.detail = details.join('\n\n');
  warning.type = messageType(warning.message);
  return warning;
}

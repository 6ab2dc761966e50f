// include: read another file into the document, as reStructuredText parsed
// in place, as a literal block, or as code.
//
//     .. include:: chapter1.rst
//        :start-after: .. start here
//        :end-before: .. stop here
//
//     .. include:: example.py
//        :code: python
//        :number-lines:
//
//     .. include:: <isonum.txt>
//
// Paths are relative to the file containing the directive; `<name>` names
// one of docutils' standard definition files, shipped in ./standard-include.
// Including a file (with the same clipping) inside itself is reported as a
// circular inclusion instead of looping.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as nodePath from 'node:path';
import { text } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec, DocumentModel } from '../api.js';
import { addClasses, addName, expandTabs, here, numberLinesStart, numberedLines, preserved } from './common.js';
import { codeBlock } from './code.js';
import { FileProblem, readInputFile, resolveInputPath, type ResolvedPath } from './files.js';
import { classOption, encoding, flag, integer, parserName, path, unchanged, unchangedRequired } from './options.js';

/**
 * Folder of docutils' standard include files (public-domain data), next to
 * this module; when the parser is bundled into one file elsewhere (the
 * conformance runner bundles into .cache/), the folder is found in src/.
 */
export const STANDARD_INCLUDE_FOLDER = [
  fileURLToPath(new URL('./standard-include/', import.meta.url)),
  fileURLToPath(new URL('../src/rst/directives/standard-include/', import.meta.url)),
].find((folder) => existsSync(folder)) ?? fileURLToPath(new URL('./standard-include/', import.meta.url));

export const include: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: {
    literal: flag,
    code: unchanged,
    encoding,
    parser: parserName,
    'tab-width': integer,
    'start-line': integer,
    'end-line': integer,
    'start-after': unchangedRequired,
    'end-before': unchangedRequired,
    'number-lines': unchanged,
    class: classOption,
    name: unchanged,
  },
  run(inv) {
    if (!inv.document.settings.fileInsertionEnabled) throw inv.warning(`"${inv.name}" directive disabled.`);
    const file = locate(inv);
    const options = inv.options;
    let raw: string;
    try {
      raw = readInputFile(inv, file, options.encoding as string | undefined);
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error;
      if (error.kind === 'path') throw inv.error(`Problems with "${inv.name}" directive path:\n${error.message}.`);
      throw inv.error(`Problem with "${inv.name}" directive:\n${error.message}`);
    }
    const limit = inv.document.settings.lineLengthLimit;
    const tooLong = raw.split(/\r\n|\r|\n/).findIndex((line) => line.length > limit);
    if (tooLong >= 0) throw inv.warning(`"${file.display}": line ${tooLong + 1} exceeds the line-length-limit.`);
    const clipped = clip(inv, raw);
    const tabWidth = typeof options['tab-width'] === 'number' ? (options['tab-width'] as number) : inv.document.settings.tabWidth;
    const lines = splitSourceLines(clipped).map((line) => (tabWidth >= 0 ? expandTabs(line, tabWidth) : line));

    if ('literal' in options) {
      const position = here(inv);
      const block = preserved('literal_block', { source: file.display }, [], position);
      addClasses(block, inv);
      addName(block, inv);
      block.children = 'number-lines' in options ? numberedLines(lines, numberLinesStart(inv, options['number-lines']), position) : [text(lines.join('\n'), position)];
      return [block];
    }
    if ('code' in options) {
      const block = codeBlock(inv, lines, String(options.code).trim());
      block.attributes.source = file.display;
      return [block];
    }

    const key = clipKey(options);
    const log = activeLog(inv);
    if (log.some((entry) => entry.path === file.display && entry.key === key)) {
      throw inv.warning(`circular inclusion in "${inv.name}" directive:\n${inclusionChain(inv, file.display, log)}`);
    }
    // A safety net for loops the inclusion log cannot see (e.g. a parser that does not report its include stack).
    const count = (inclusionCounts.get(inv.document) ?? 0) + 1;
    inclusionCounts.set(inv.document, count);
    if (count > MAX_INCLUSIONS) throw inv.severe(`More than ${MAX_INCLUSIONS} inclusions in one document; is there an inclusion loop? Not including "${file.display}".`);
    log.push({ path: file.display, key, root: 'parser' in options });
    // A blank line ends the included text, so its last paragraph does not run into what follows the directive.
    inv.state.insertInput([...lines, ''], file.display);
    return [];
  },
};

function locate(inv: DirectiveInvocation): ResolvedPath {
  const written = path(inv.arguments[0]!) as string;
  if (written.startsWith('<') && written.endsWith('>')) {
    const absolute = nodePath.join(STANDARD_INCLUDE_FOLDER, written.slice(1, -1));
    return { absolute, display: absolute };
  }
  return resolveInputPath(inv, written);
}

/** Apply :start-line:/:end-line: (Python slice semantics, on lines) then :start-after:/:end-before: (on text). */
function clip(inv: DirectiveInvocation, raw: string): string {
  const options = inv.options;
  let textPart = raw;
  if ('start-line' in options || 'end-line' in options) {
    const lines = raw.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    const start = sliceIndex(options['start-line'] as number | undefined, lines.length, 0);
    const end = sliceIndex(options['end-line'] as number | undefined, lines.length, lines.length);
    textPart = lines.slice(start, Math.max(start, end)).join('');
  }
  const after = options['start-after'] as string | undefined;
  if (after !== undefined) {
    const at = textPart.indexOf(after);
    if (at < 0) throw inv.error(`Problem with "start-after" option of "${inv.name}" directive:\nText not found.`);
    textPart = textPart.slice(at + after.length);
  }
  const before = options['end-before'] as string | undefined;
  if (before !== undefined) {
    const at = textPart.indexOf(before);
    if (at < 0) throw inv.error(`Problem with "end-before" option of "${inv.name}" directive:\nText not found.`);
    textPart = textPart.slice(0, at);
  }
  return textPart;
}

function sliceIndex(value: number | undefined, length: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (value < 0) return Math.max(0, length + value);
  return Math.min(value, length);
}

/** Lines as docutils splits input: any line ending; vertical tab and form feed become spaces. */
function splitSourceLines(value: string): string[] {
  const lines = value.replace(/[\v\f]/g, ' ').split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// --- circular inclusion ---------------------------------------------------

interface LogEntry {
  path: string;
  /** The clipping options: the same file clipped differently is a different inclusion. */
  key: string;
  /** Parsed with an explicit :parser:, which starts a fresh chain in docutils' report. */
  root: boolean;
}

function clipKey(options: Record<string, unknown>): string {
  return JSON.stringify(['start-line', 'end-line', 'start-after', 'end-before'].map((key) => options[key] ?? null));
}

const logs = new WeakMap<DocumentModel, LogEntry[]>();
const inclusionCounts = new WeakMap<DocumentModel, number>();
const MAX_INCLUSIONS = 2000;

/**
 * The inclusions enclosing this directive. The block parser's includeStack
 * says which included files are still being read; our log adds how each was
 * clipped, and is cut back to the stack's depth as inclusions finish.
 */
function activeLog(inv: DirectiveInvocation): LogEntry[] {
  const stack = inv.state.includeStack;
  let log = logs.get(inv.document);
  if (!log) logs.set(inv.document, (log = []));
  log.length = Math.min(log.length, stack.length);
  for (let index = 0; index < stack.length; index++) {
    if (log[index]?.path !== stack[index]) log[index] = { path: stack[index]!, key: clipKey({}), root: false };
  }
  return log;
}

/** "new > innermost > ... > document", stopping at an inclusion that started its own parse. */
function inclusionChain(inv: DirectiveInvocation, newPath: string, log: LogEntry[]): string {
  const chain = [newPath];
  let rooted = false;
  for (let index = log.length - 1; index >= 0; index--) {
    chain.push(log[index]!.path);
    if (log[index]!.root) {
      rooted = true;
      break;
    }
  }
  if (!rooted) chain.push(inv.document.settings.sourcePath);
  return chain.join('\n> ');
}

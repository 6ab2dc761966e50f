// docutils' Reporter: problems become `system_message` elements that the
// parser places in the tree where they occurred. Nothing is thrown; the
// elements are also collected so `rstro check` can print them.
import { el, text } from '../doctree/builders.js';
import type { Element } from '../doctree/types.js';
import { LEVEL_NAMES } from '../doctree/types.js';
import type { MessageOptions, Reporter } from './api.js';

export class DocumentReporter implements Reporter {
  readonly messages: Element[] = [];

  /** Maps a line of included text (a virtual line number) to its file and line. */
  resolveLine: ((line: number) => { source: string; line: number } | null) | null = null;

  constructor(
    private readonly source: string,
    readonly reportLevel = 2,
    readonly haltLevel = 4,
  ) {}

  systemMessage(level: number, message: string, options: MessageOptions = {}): Element {
    const resolved = options.line !== undefined && this.resolveLine ? this.resolveLine(options.line) : null;
    if (resolved) options = { ...options, line: resolved.line, source: options.source ?? resolved.source };
    const attributes: Record<string, string | number | string[]> = {
      level,
      source: options.source ?? this.source,
      type: LEVEL_NAMES[level] ?? 'ERROR',
    };
    if (options.line !== undefined && options.line > 0) attributes.line = options.line;
    if (options.backrefs?.length) attributes.backrefs = [...options.backrefs];
    if (options.ids?.length) attributes.ids = [...options.ids];
    const children = [el('paragraph', {}, [text(message)]), ...(options.children ?? [])];
    const node = el('system_message', attributes, children);
    if (options.line !== undefined && options.line > 0) {
      node.position = { start: { line: options.line, column: 1 }, end: { line: options.line, column: 1 } };
      for (const child of children) if (!child.position) child.position = node.position;
    }
    this.messages.push(node);
    return node;
  }

  debug(message: string, options?: MessageOptions): Element {
    return this.systemMessage(0, message, options);
  }
  info(message: string, options?: MessageOptions): Element {
    return this.systemMessage(1, message, options);
  }
  warning(message: string, options?: MessageOptions): Element {
    return this.systemMessage(2, message, options);
  }
  error(message: string, options?: MessageOptions): Element {
    return this.systemMessage(3, message, options);
  }
  severe(message: string, options?: MessageOptions): Element {
    return this.systemMessage(4, message, options);
  }
}

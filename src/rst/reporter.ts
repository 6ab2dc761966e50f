// docutils' Reporter: problems become `system_message` elements that the
// parser places in the tree where they occurred. Nothing is thrown; the
// elements are also collected so `rstro check` can print them.
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import { LEVEL_NAMES } from '../doctree/types.js';
import { unpositioned } from '../doctree/builders.js';
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
    // Nodes built as literals with their final shape (no attribute copies, no property added
    // later): documents with many problems make many messages, most of them never printed.
    // Everything inside a message gets the message's position (what the parser's final position
    // pass would give it); a message without a line leaves that pass to do.
    const line = options.line;
    const position: Position | undefined =
      line !== undefined && line > 0 ? { start: { line, column: 1 }, end: { line, column: 1 } } : undefined;
    if (position === undefined) unpositioned.count++;
    const paragraphChildren: DoctreeNode[] = [{ type: 'text', value: message, position }];
    const children: DoctreeNode[] = [{ type: 'paragraph', attributes: {}, children: paragraphChildren, position }];
    if (options.children) {
      for (const child of options.children) {
        if (position) inheritPosition(child, position);
        children.push(child);
      }
    }
    const node: Element = { type: 'system_message', attributes, children, position };
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

/** Give `node` and its descendants without a position their parent's (`position` for `node` itself). */
function inheritPosition(node: DoctreeNode, position: Position): void {
  if (!node.position) node.position = position;
  if (node.type === 'text') return;
  const own = node.position;
  for (const child of (node as Element).children) inheritPosition(child, own);
}

// Sphinx's code directives:
//
//     .. code-block:: python          (also `sourcecode`, and `code` as Sphinx patches it)
//        :linenos:
//        :lineno-start: 10
//        :emphasize-lines: 1,3-4
//        :caption: Restart the kubelet
//        :name: restart-kubelet
//        :dedent: 4
//
//     .. highlight:: console          (default language of later blocks in this document)
//
// They produce `literal_block` {language, linenos, force, classes} with
// data.highlightArgs {hl_lines, linenostart}; a caption wraps the block in a
// `container.literal-block-wrapper` holding the caption and the block.
import { el, linePosition, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec } from '../../rst/api.js';
import { addClasses, addName, here } from '../../rst/directives/common.js';
import { classOption, flag, unchanged, unchangedRequired, positiveInt } from '../../rst/directives/options.js';
import type { SphinxContext } from '../context.js';
import { inRange, LineSpecError, outOfRangeMessage, parseLineSpec } from './linespec.js';
import { dedentLines } from './literalinclude-reader.js';
import { integer, optionalInt } from './option-types.js';
import { warningCollector, type ContextOf } from './scope.js';

export interface HighlightArgs {
  hl_lines?: number[];
  linenostart?: number;
}

/** The language a block without one gets: the last `highlight` of this document, else conf.py's highlight_language. */
export function currentLanguage(context: SphinxContext): string {
  return context.state.highlightLanguage ?? context.config.highlightLanguage;
}

/**
 * :emphasize-lines: as 1-based numbers of the shown lines. Lines beyond the
 * block are dropped with Sphinx's warning; a malformed spec returns null
 * after warning (Sphinx then drops the whole block).
 */
export function emphasizedLines(spec: string, lineCount: number, warn: (message: string) => void): number[] | null {
  try {
    const { kept, dropped } = inRange(parseLineSpec(spec, lineCount), lineCount);
    if (dropped) warn(outOfRangeMessage(spec, lineCount));
    return kept.map((index) => index + 1);
  } catch (error) {
    if (error instanceof LineSpecError) {
      warn(error.message);
      return null;
    }
    throw error;
  }
}

/** A literal_block as Sphinx builds it. */
export function literalBlock(
  code: string,
  inv: DirectiveInvocation,
  settings: { language?: string; linenos: boolean; force: boolean; highlightArgs: HighlightArgs; source?: string },
): Element {
  const attributes: Element['attributes'] = { 'xml:space': 'preserve', force: settings.force };
  if (settings.language !== undefined) attributes.language = settings.language;
  if (settings.linenos) attributes.linenos = true;
  const node = el('literal_block', attributes, [text(code)], here(inv));
  node.data = { highlightArgs: settings.highlightArgs };
  if (settings.source) node.data.source = settings.source;
  addClasses(node, inv);
  return node;
}

/**
 * Wrap a block with its caption, like Sphinx's container_wrapper, then give
 * :name: to the outermost node (so :ref:/:numref: point at the wrapper).
 */
export function withCaption(block: Element, caption: string | undefined, inv: DirectiveInvocation): DoctreeNode[] {
  let outer = block;
  const extra: DoctreeNode[] = [];
  if (caption !== undefined) {
    // Sphinx parses the caption as if it stood where the content starts (its line in messages).
    const captionLine = inv.contentOffset + 1;
    const { nodes, messages } = inv.state.parseInline(caption, captionLine);
    const captionNode = el('caption', {}, nodes, linePosition(captionLine, captionLine, here(inv).source));
    outer = el('container', { classes: ['literal-block-wrapper'], literal_block: true }, [captionNode, block], here(inv));
    extra.push(...messages);
  }
  addName(outer, inv);
  return [outer, ...extra];
}

export function codeBlockDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    optionalArguments: 1,
    finalArgumentWhitespace: false,
    hasContent: true,
    optionSpec: {
      force: flag,
      linenos: flag,
      dedent: optionalInt,
      'lineno-start': integer,
      'emphasize-lines': unchangedRequired,
      caption: unchangedRequired,
      class: classOption,
      name: unchanged,
    },
    run(inv) {
      const context = contextOf(inv.document);
      const options = inv.options;
      let lines = [...inv.content];
      const { messages, warn } = warningCollector(context, inv);
      let hlLines: number[] | null | undefined;
      if (typeof options['emphasize-lines'] === 'string') {
        hlLines = emphasizedLines(options['emphasize-lines'], lines.length, warn);
        if (hlLines === null) return messages;
      }
      if ('dedent' in options) {
        const warnings: string[] = [];
        lines = dedentLines(lines, options.dedent as number | null, warnings);
        warnings.forEach(warn);
      }
      const highlightArgs: HighlightArgs = {};
      if (hlLines) highlightArgs.hl_lines = hlLines;
      if (typeof options['lineno-start'] === 'number') highlightArgs.linenostart = options['lineno-start'];
      const block = literalBlock(lines.join('\n'), inv, {
        language: inv.arguments[0] ?? currentLanguage(context),
        linenos: 'linenos' in options || 'lineno-start' in options,
        force: 'force' in options,
        highlightArgs,
      });
      return [...withCaption(block, options.caption as string | undefined, inv), ...messages];
    },
  };
}

/** `code` as Sphinx patches it: docutils' options, Sphinx's highlighted literal_block. */
export function codeDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    optionalArguments: 1,
    finalArgumentWhitespace: false,
    hasContent: true,
    optionSpec: { force: flag, class: classOption, name: unchanged, 'number-lines': optionalInt },
    run(inv) {
      const context = contextOf(inv.document);
      if (!inv.content.some((line) => line.trim())) {
        throw inv.error(`Content block expected for the "${inv.name}" directive; none found.`);
      }
      const highlightArgs: HighlightArgs = {};
      const numbered = 'number-lines' in inv.options;
      if (numbered) highlightArgs.linenostart = (inv.options['number-lines'] as number | null) ?? 1;
      const block = literalBlock(inv.content.join('\n'), inv, {
        language: inv.arguments[0] ?? currentLanguage(context),
        linenos: numbered,
        force: 'force' in inv.options,
        highlightArgs,
      });
      addName(block, inv);
      return [block];
    },
  };
}

/** `highlight`: sets the language of later blocks; the node tells the renderer about plain `::` blocks. */
export function highlightDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    hasContent: false,
    optionSpec: { linenothreshold: positiveInt, force: flag },
    run(inv) {
      const context = contextOf(inv.document);
      const language = inv.arguments[0].trim();
      context.state.highlightLanguage = language;
      const node = el('highlightlang', {
        lang: language,
        force: 'force' in inv.options,
        // Sphinx's "never" is sys.maxsize; ours is the largest safe integer.
        linenothreshold: (inv.options.linenothreshold as number | undefined) ?? Number.MAX_SAFE_INTEGER,
      }, [], here(inv));
      return [node];
    },
  };
}

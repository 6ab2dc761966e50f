// literalinclude: show (part of) a file as a code block.
//
//     .. literalinclude:: oom/dmesg.txt
//        :language: text
//        :start-after: Out of memory
//        :lines: 1-5
//        :emphasize-lines: 2
//        :caption:
//
// The file is found as DESIGN.md says (paths.ts), read through the context
// (confined to the project, recorded as a dependency), and cut by the
// reader pipeline (literalinclude-reader.ts). Problems are warnings in
// Sphinx's words; the block is then left out, as Sphinx leaves it out.
import type { DirectiveSpec } from '../../rst/api.js';
import { classOption, encoding, flag, unchanged, unchangedRequired } from '../../rst/directives/options.js';
import { emphasizedLines, literalBlock, withCaption, type HighlightArgs } from './code-blocks.js';
import { readLiteralInclude, type LiteralIncludeOptions } from './literalinclude-reader.js';
import { integer, optionalInt } from './option-types.js';
import { resolveIncludePath } from './paths.js';
import { warningCollector, type ContextOf } from './scope.js';

export function literalincludeDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    requiredArguments: 1,
    finalArgumentWhitespace: true,
    hasContent: false,
    optionSpec: {
      dedent: optionalInt,
      linenos: flag,
      'lineno-start': integer,
      'lineno-match': flag,
      'tab-width': integer,
      language: unchangedRequired,
      force: flag,
      encoding,
      pyobject: unchangedRequired,
      lines: unchangedRequired,
      'start-after': unchangedRequired,
      'end-before': unchangedRequired,
      'start-at': unchangedRequired,
      'end-at': unchangedRequired,
      prepend: unchangedRequired,
      append: unchangedRequired,
      'emphasize-lines': unchangedRequired,
      caption: unchanged,
      class: classOption,
      name: unchanged,
      diff: unchangedRequired,
    },
    run(inv) {
      const context = contextOf(inv.document);
      const options = inv.options;
      const { messages, warn } = warningCollector(context, inv);
      const argument = inv.arguments[0];
      const file = resolveIncludePath(context, argument);
      const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
      const readerOptions: LiteralIncludeOptions = {
        encoding: str('encoding') ?? context.config.sourceEncoding,
        tabWidth: options['tab-width'] as number | undefined,
        pyobject: str('pyobject'),
        lines: str('lines'),
        startAt: str('start-at'),
        startAfter: str('start-after'),
        endAt: str('end-at'),
        endBefore: str('end-before'),
        prepend: str('prepend'),
        append: str('append'),
        linenoMatch: 'lineno-match' in options,
        linenoStart: options['lineno-start'] as number | undefined,
      };
      if ('dedent' in options) readerOptions.dedent = options.dedent as number | null;
      if (str('diff') !== undefined) readerOptions.diff = resolveIncludePath(context, str('diff')!).path;

      const result = readLiteralInclude({ path: file.path, load: (path) => context.readFile(path) }, readerOptions);
      result.warnings.forEach(warn);
      if (!result.ok) {
        warn(result.error);
        return messages;
      }

      const highlightArgs: HighlightArgs = { linenostart: result.linenoStart ?? 1 };
      const emphasize = str('emphasize-lines');
      if (emphasize !== undefined) {
        const hlLines = emphasizedLines(emphasize, result.lineCount, warn);
        if (hlLines === null) return messages;
        highlightArgs.hl_lines = hlLines;
      }
      // Without :language:, the `highlight` in force (or highlight_language) applies later, as in Sphinx.
      const language = readerOptions.diff !== undefined ? 'udiff' : str('language');
      const block = literalBlock(result.text, inv, {
        language,
        linenos: 'linenos' in options || 'lineno-start' in options || 'lineno-match' in options,
        force: 'force' in options,
        highlightArgs,
        source: file.path,
      });
      // An empty :caption: shows the file name as written.
      const caption = 'caption' in options ? str('caption') || argument : undefined;
      return [...withCaption(block, caption, inv), ...messages];
    },
  };
}

// code: a literal block of program text in a named language.
//
//     .. code:: python
//        :number-lines: 7
//
//        def my_function():
//            print(8/2)
//
// Tokens are not split out here: highlighting is the renderer's job, so the
// block keeps its text and carries the classes `code <language>`.
import { el, text } from '../../doctree/builders.js';
import type { DirectiveInvocation, DirectiveSpec } from '../api.js';
import { GENERIC_OPTIONS, addClasses, addName, here, numberLinesStart, numberedLines, preserved, requireContent } from './common.js';
import { unchanged } from './options.js';

/** The literal_block for `lines` of code in `language` ('' = none), honouring :class:, :name: and :number-lines:. */
export function codeBlock(inv: DirectiveInvocation, lines: string[], language: string): ReturnType<typeof el> {
  // Built with its position (and its text with the same): nothing is left for the parser's
  // final pass that fills in missing positions.
  const position = here(inv);
  const block = preserved('literal_block', { classes: language ? ['code', ...language.split(/\s+/)] : ['code'] }, [], position);
  addClasses(block, inv);
  addName(block, inv);
  if ('number-lines' in inv.options) block.children = numberedLines(lines, numberLinesStart(inv, inv.options['number-lines']), position);
  else block.children = [text(lines.join('\n'), position)];
  return block;
}

export const code: DirectiveSpec = {
  optionalArguments: 1,
  optionSpec: { ...GENERIC_OPTIONS, 'number-lines': unchanged },
  hasContent: true,
  run(inv: DirectiveInvocation) {
    requireContent(inv);
    return [codeBlock(inv, inv.content, (inv.arguments[0] ?? '').trim())];
  },
};

// The body constructs in the order the reStructuredText spec gives them
// precedence when a line could start more than one (docutils' Body state).
// Anything none of them claims is text: a paragraph, a definition list item
// or a section title (see paragraph.ts).
import type { BlockContext, Parser } from '../parser.js';
import { bulletList } from './bullet-list.js';
import { enumeratedList } from './enumerated-list.js';
import { fieldList } from './field-list.js';
import { optionList } from './option-list.js';
import { doctestBlock } from './doctest-block.js';
import { lineBlock } from './line-block.js';
import { gridTable, simpleTable } from './table.js';
import { explicitMarkup, anonymousTarget } from './explicit-markup.js';
import { adornmentLine } from './transition.js';

export interface Construct {
  name: string;
  /** Characters a matching line can start with (a fast pre-check); undefined = any. */
  first?: string;
  pattern: RegExp;
  /** Optional cheap pre-check: false means `pattern` cannot match (skips a regex run on most lines). */
  mayMatch?: (line: string) => boolean;
  /** Parse from ctx.m.pos; return false when the line turns out not to be this construct (it is then text). */
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean;
}

export const bodyConstructs: Construct[] = [
  bulletList,
  enumeratedList,
  fieldList,
  optionList,
  doctestBlock,
  lineBlock,
  gridTable,
  simpleTable,
  explicitMarkup,
  anonymousTarget,
  adornmentLine,
];

/** Does `line` start any body construct other than plain text? (Definition lists continue only on text lines.) */
export function startsConstruct(line: string): boolean {
  for (const c of bodyConstructs) {
    if (c.first && !c.first.includes(line[0])) continue;
    if (c.mayMatch && !c.mayMatch(line)) continue;
    if (c.pattern.test(line)) return true;
  }
  return false;
}

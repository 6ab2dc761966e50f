// Option lists (the spec's "Option Lists"): command-line options and their
// descriptions, separated by at least two spaces.
//
//   -a            all
//   -o FILE, --output=FILE
//                 write to FILE
//   /V            DOS-style
import { el, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { getIndented } from '../machine.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';

const OPTARG = String.raw`(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)`;
const SHORTOPT = String.raw`(?:-|\+)[a-zA-Z0-9](?: ?${OPTARG})?`;
const LONGOPT = String.raw`(?:--|\/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]${OPTARG})?`;
const OPTION = `(?:${SHORTOPT}|${LONGOPT})`;
const OPTION_MARKER = new RegExp(`^${OPTION}(?:, ${OPTION})*(?:  +| ?$)`);

export const optionList: Construct = {
  name: 'option_list',
  first: '-+/',
  pattern: OPTION_MARKER,
  parse(p: Parser, ctx: BlockContext, match: RegExpExecArray): boolean {
    const m = ctx.m;
    const list = p.node(ctx, 'option_list', m.pos);
    let current: RegExpExecArray | null = match;
    let blankFinish = true;
    let first = true;
    while (current) {
      const start = m.pos;
      const result = optionListItem(p, ctx, current);
      if (!result) {
        m.pos = start;
        if (first) return false;
        break;
      }
      if (first) ctx.parent.children.push(list);
      first = false;
      list.children.push(result.item);
      blankFinish = result.blankFinish;
      current = m.pos < m.length ? OPTION_MARKER.exec(m.lines[m.pos]) : null;
    }
    if (!blankFinish) ctx.parent.children.push(p.unindentWarning(ctx, 'Option list', m.pos));
    return true;
  },
};

function optionListItem(p: Parser, ctx: BlockContext, match: RegExpExecArray): { item: Element; blankFinish: boolean } | null {
  const m = ctx.m;
  const start = m.pos;
  const options = parseOptions(match[0]);
  if (!options) return null;
  const block = getIndented(m, start, { firstIndent: match[0].length });
  if (block.lines.length === 0) return null;
  m.pos = block.end;
  const pos = p.position(ctx, start, block.end - 1);
  const group = el('option_group', {}, options, pos);
  const description = el('description', {}, [], pos);
  p.parseSub(ctx, block.lines, block.start, description, false, block.indent);
  return { item: el('option_list_item', {}, [group, description], pos), blankFinish: block.blankFinish };
}

/** "-o FILE, --output=FILE" -> option elements; null when an option has more than one argument. */
function parseOptions(marker: string): Element[] | null {
  const out: Element[] = [];
  for (const optionString of splitOptions(marker.replace(/\s+$/, ''))) {
    let tokens = optionString.split(/\s+/).filter(Boolean);
    let delimiter = ' ';
    const eq = tokens[0].indexOf('=');
    if (eq >= 0) {
      tokens = [tokens[0].slice(0, eq), tokens[0].slice(eq + 1), ...tokens.slice(1)];
      delimiter = '=';
    } else if (tokens[0].length > 2 && ((tokens[0].startsWith('-') && !tokens[0].startsWith('--')) || tokens[0].startsWith('+'))) {
      tokens = [tokens[0].slice(0, 2), tokens[0].slice(2), ...tokens.slice(1)];
      delimiter = '';
    }
    if (tokens.length > 1 && tokens[1].startsWith('<') && tokens[tokens.length - 1].endsWith('>')) {
      tokens = [tokens[0], tokens.slice(1).join(' ')];
    }
    if (tokens.length < 1 || tokens.length > 2) return null;
    const option = el('option', {}, [el('option_string', {}, [text(tokens[0])])]);
    if (tokens.length > 1) option.children.push(el('option_argument', { delimiter }, [text(tokens[1])]));
    out.push(option);
  }
  return out;
}

/** Split "-a, --bee=<x, y>" at the ", " between options (not inside an <argument>). */
function splitOptions(marker: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < marker.length; i++) {
    const ch = marker[i];
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && marker[i + 1] === ' ') {
      out.push(marker.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  out.push(marker.slice(start));
  return out;
}

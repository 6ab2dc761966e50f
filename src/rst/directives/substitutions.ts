// Directives that only make sense in a substitution definition: they produce
// the substitution's replacement.
//
//     .. |name| replace:: "**replace**"
//     .. |mdash| unicode:: U+02014 .. em dash
//     .. |today| date:: %Y-%m-%d
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Element } from '../../doctree/types.js';
import type { DirectiveInvocation, DirectiveSpec } from '../api.js';
import { at, requireContent } from './common.js';
import { flag, unicodeCode } from './options.js';

function requireSubstitution(inv: DirectiveInvocation): void {
  if (inv.state.substitutionName === undefined) {
    throw inv.error(`Invalid context: the "${inv.name}" directive can only be used within a substitution definition.`);
  }
}

export const replace: DirectiveSpec = {
  hasContent: true,
  run(inv) {
    requireSubstitution(inv);
    requireContent(inv);
    const holder = el('replace_holder');
    inv.state.nestedParse(inv.content, inv.contentOffset, holder);
    let paragraph: Element | undefined;
    const messages: Element[] = [];
    for (const child of holder.children as Element[]) {
      if (!paragraph && child.type === 'paragraph') paragraph = child;
      else if (child.type === 'system_message') {
        // The message stays, but what it pointed back to is gone with the paragraph.
        delete child.attributes.backrefs;
        messages.push(child);
      } else {
        return [inv.reporter.error(`Error in "${inv.name}" directive: may contain a single paragraph only.`, at(inv))];
      }
    }
    return [...messages, ...(paragraph ? paragraph.children : [])];
  },
};

// A comment after the codes (`0xA9 .. copyright sign`) is ignored.
const COMMENT = /(?:^| |\n)\.\. /;

export const unicode: DirectiveSpec = {
  requiredArguments: 1,
  finalArgumentWhitespace: true,
  optionSpec: { trim: flag, ltrim: flag, rtrim: flag },
  run(inv) {
    requireSubstitution(inv);
    const definition = inv.state.parentNode;
    if (definition?.type === 'substitution_definition') {
      if ('trim' in inv.options || 'ltrim' in inv.options) definition.attributes.ltrim = 1;
      if ('trim' in inv.options || 'rtrim' in inv.options) definition.attributes.rtrim = 1;
    }
    const codes = inv.arguments[0]!.split(COMMENT)[0]!.split(/\s+/).filter(Boolean);
    const nodes: DoctreeNode[] = [];
    for (const code of codes) {
      try {
        nodes.push(text(unicodeCode(code)));
      } catch (error) {
        throw inv.error(`Invalid character code: ${code}\nValueError: ${(error as Error).message}`);
      }
    }
    return nodes;
  },
};

export const date: DirectiveSpec = {
  hasContent: true,
  run(inv) {
    requireSubstitution(inv);
    const format = inv.content.join('\n') || '%Y-%m-%d';
    return [text(strftime(format, buildDate()))];
  },
};

/** The build date: now, or SOURCE_DATE_EPOCH for reproducible builds (as docutils honours it). */
function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** C-locale strftime for the common directives; unknown ones are kept as written. */
export function strftime(format: string, date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const dayOfYear = Math.floor((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Date.UTC(date.getFullYear(), 0, 1)) / 86400000) + 1;
  const hour12 = date.getHours() % 12 || 12;
  const offset = -date.getTimezoneOffset();
  const fields: Record<string, () => string> = {
    a: () => DAYS[date.getDay()]!.slice(0, 3),
    A: () => DAYS[date.getDay()]!,
    b: () => MONTHS[date.getMonth()]!.slice(0, 3),
    B: () => MONTHS[date.getMonth()]!,
    d: () => pad(date.getDate()),
    e: () => String(date.getDate()).padStart(2, ' '),
    H: () => pad(date.getHours()),
    I: () => pad(hour12),
    j: () => pad(dayOfYear, 3),
    m: () => pad(date.getMonth() + 1),
    M: () => pad(date.getMinutes()),
    p: () => (date.getHours() < 12 ? 'AM' : 'PM'),
    S: () => pad(date.getSeconds()),
    w: () => String(date.getDay()),
    y: () => pad(date.getFullYear() % 100),
    Y: () => String(date.getFullYear()),
    z: () => (offset >= 0 ? '+' : '-') + pad(Math.floor(Math.abs(offset) / 60)) + pad(Math.abs(offset) % 60),
    Z: () => Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? '',
    '%': () => '%',
  };
  fields.c = () => `${fields.a!()} ${fields.b!()} ${fields.e!()} ${fields.H!()}:${fields.M!()}:${fields.S!()} ${fields.Y!()}`;
  fields.x = () => `${fields.m!()}/${fields.d!()}/${fields.y!()}`;
  fields.X = () => `${fields.H!()}:${fields.M!()}:${fields.S!()}`;
  fields.F = () => `${fields.Y!()}-${fields.m!()}-${fields.d!()}`;
  fields.T = fields.X;
  return format.replace(/%(.)/gs, (whole, letter: string) => (fields[letter] ? fields[letter]!() : whole));
}

// Lines of repeated punctuation at the start of a block: a transition (the
// spec's "Transitions") when followed by a blank line, or the overline of a
// section title.
//
//   Paragraph.          =========
//                        Title
//   ----------          =========
//
//   Paragraph.
import { columnWidth } from '../lines.js';
import type { BlockContext, Parser } from '../parser.js';
import type { Construct } from './index.js';
import { ADORNMENT, adornmentShaped, isAdornment } from './patterns.js';
import { addSection } from './section.js';
import type { Element } from '../../doctree/types.js';

const SHORT_OVERLINE = "Possible incomplete section title.\nTreating the overline as ordinary text because it's so short.";

export const adornmentLine: Construct = {
  name: 'line',
  first: `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~`,
  pattern: ADORNMENT,
  mayMatch: adornmentShaped,
  parse(p: Parser, ctx: BlockContext): boolean {
    const m = ctx.m;
    const i = m.pos;
    const overline = m.lines[i];
    const lineno = m.lineno(i);
    if (!ctx.matchTitles) {
      if (overline.trim() === '::') return false;
      if (overline.trim().length < 4) {
        ctx.parent.children.push(
          p.reporter.info("Unexpected possible title overline or transition.\nTreating it as ordinary text because it's so short.", { line: lineno }),
        );
        return false;
      }
      ctx.parent.children.push(p.reporter.error('Unexpected section title or transition.', { line: lineno, children: [p.quote(overline)] }));
      m.pos = i + 1;
      return true;
    }
    const next = i + 1;
    // ----------   at the end of the input, or followed by a blank line: a transition
    if (next >= m.length || m.lines[next] === '') {
      if (overline.length < 4) {
        // Too short to be a transition: ordinary text.
        return false;
      }
      ctx.parent.children.push(p.node(ctx, 'transition', i));
      m.pos = next;
      return true;
    }
    const titleText = m.lines[next];
    if (isAdornment(titleText) && titleText.charCodeAt(0) !== 32) {
      // Two adornment lines in a row.
      const blockText = overline + '\n' + titleText;
      if (overline.length < 4) return shortOverline(p, ctx, lineno);
      ctx.parent.children.push(p.reporter.error('Invalid section title or transition marker.', { line: lineno, children: [p.quote(blockText)] }));
      m.pos = next + 1;
      return true;
    }
    if (next + 1 >= m.length) {
      const blockText = overline + '\n' + titleText;
      if (overline.length < 4) return shortOverline(p, ctx, lineno);
      ctx.parent.children.push(p.reporter.error('Incomplete section title.', { line: lineno, children: [p.quote(blockText)] }));
      m.pos = next + 1;
      return true;
    }
    const underline = m.lines[next + 1];
    const source = `${overline}\n${titleText}\n${underline}`;
    if (!isAdornment(underline)) {
      if (overline.length < 4) return shortOverline(p, ctx, lineno);
      ctx.parent.children.push(p.reporter.error('Missing matching underline for section title overline.', { line: lineno, children: [p.quote(source)] }));
      m.pos = next + 2;
      return true;
    }
    if (overline !== underline) {
      if (overline.length < 4) return shortOverline(p, ctx, lineno);
      ctx.parent.children.push(p.reporter.error('Title overline & underline mismatch.', { line: lineno, children: [p.quote(source)] }));
      m.pos = next + 2;
      return true;
    }
    const title = titleText.replace(/\s+$/, '');
    const messages: Element[] = [];
    if (columnWidth(title) > overline.length) {
      if (overline.length < 4) return shortOverline(p, ctx, lineno);
      messages.push(p.reporter.warning('Title overline too short.', { line: lineno, children: [p.quote(source)] }));
    }
    m.pos = next + 2;
    addSection(p, ctx, { title: title.trimStart(), style: `${overline[0]}/${underline[0]}`, blockText: source, lineno: lineno + 1, endLine: lineno + 2, titleLine: next, messages });
    return true;
  },
};

function shortOverline(p: Parser, ctx: BlockContext, lineno: number): boolean {
  ctx.parent.children.push(p.reporter.info(SHORT_OVERLINE, { line: lineno }));
  return false;
}

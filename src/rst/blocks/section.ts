// Sections (the spec's "Sections"): a title with an underline, or with an
// over- and underline of the same character.
//
//   =========        Chapter
//    Chapter         -------
//   =========
//
// Levels are given by the order in which styles are first met in the
// document, so a style seen at level 1 always means level 1. A title
// may close open sections (same or higher level) or open one level deeper;
// skipping a level is an error.
import { el, text } from '../../doctree/builders.js';
import { textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { normalizeName } from '../ids.js';
import type { BlockContext, Parser } from '../parser.js';

export interface TitleInfo {
  title: string;
  /** '=' (underline only) or '=/=' (over- and underline). */
  style: string;
  /** The title as written, with its adornment lines (for error messages). */
  blockText: string;
  /** Title line (1-based), where inconsistencies are reported. */
  lineno: number;
  /** Last line of the title block (1-based), where duplicate-name messages about the section point. */
  endLine: number;
  /** Local line of the title text. */
  titleLine: number;
  messages: Element[];
}

export function addSection(p: Parser, ctx: BlockContext, info: TitleInfo): void {
  const memo = p.memo;
  const known = memo.titleStyles.indexOf(info.style) + 1;
  let level: number;
  if (known === 0) {
    if (memo.titleStyles.length !== memo.sectionLevel) {
      inconsistent(p, ctx, info, memo.titleStyles.length + 1);
      return;
    }
    memo.titleStyles.push(info.style);
    level = memo.sectionLevel + 1;
  } else if (known <= memo.sectionLevel + 1) {
    level = known;
  } else {
    inconsistent(p, ctx, info, known);
    return;
  }

  // Close the sections this title ends (its siblings and their children).
  while (ctx.sections.length && ctx.sections[ctx.sections.length - 1].level >= level) ctx.sections.pop();
  const container = ctx.sections.length ? ctx.sections[ctx.sections.length - 1].node : ctx.root;

  const section = p.node(ctx, 'section', info.titleLine);
  section.data = { line: info.endLine };
  const title = p.node(ctx, 'title', info.titleLine);
  const result = p.inline(ctx, info.title, info.titleLine);
  title.children.push(...result.nodes);
  section.attributes.names = [normalizeName(textContent(title))];
  section.children.push(title, ...info.messages, ...result.messages);
  container.children.push(section);
  p.document.noteImplicitTarget(section, section);

  ctx.sections.push({ node: section, level });
  ctx.parent = section;
  memo.sectionLevel = level;
}

function inconsistent(p: Parser, ctx: BlockContext, info: TitleInfo, newLevel: number): void {
  const styles = p.memo.titleStyles.join(' ');
  // docutils drops the title's own warnings here; only the inconsistency is reported.
  ctx.parent.children.push(
    p.reporter.error(`Inconsistent title style: skip from level ${p.memo.sectionLevel} to ${newLevel}.`, {
      line: info.lineno,
      children: [p.quote(info.blockText), el('paragraph', {}, [text(`Established title styles: ${styles}`)])],
    }),
  );
}

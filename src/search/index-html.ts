// The copy of a built page that Pagefind indexes: the page's head and the
// element it marks `data-pagefind-body`, with the Chinese text in it replaced
// by word tokens (see chinese-words.ts). Only text between tags changes;
// markup, attributes, scripts and styles are kept, so Pagefind still finds
// the body, the title and the headings. A run of Chinese may cross inline
// markup (内<em>存</em>): inline tags do not end a run, block tags do, as
// they end a word for a reader. The page on disk is never touched.
import { runForIndex, segmentRuns } from './chinese-words.js';

const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** Comments, whole script/style elements, and tags: the parts whose text is not page text. */
const MARKUP = /(<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<[^>]*>)/i;
const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;
const BODY_MARK = /^<[a-zA-Z][^>]*\sdata-pagefind-body[\s=/>]/;
const HAN_RUN = /\p{Script=Han}+/gu;

/** A piece of a run of Chinese characters: text part `part`, characters [start, end). */
interface RunPiece {
  part: number;
  start: number;
  end: number;
}

/**
 * The parts Pagefind reads: the element marked `data-pagefind-body` (from its
 * opening tag to the matching closing one), or the whole page when none is
 * marked. The rest (navigation, on-page contents) is left alone: rewriting it
 * would cost time for text Pagefind never indexes.
 */
function indexedRange(parts: string[]): [number, number] {
  const open = parts.findIndex((part, i) => i % 2 === 1 && BODY_MARK.test(part));
  if (open < 0) return [0, parts.length];
  const name = TAG_NAME.exec(parts[open])?.[1]?.toLowerCase();
  if (!name) return [0, parts.length];
  const opening = new RegExp(`^<${name}[\\s>/]`, 'i');
  const closing = new RegExp(`^</${name}\\s*>`, 'i');
  let depth = 0;
  for (let i = open; i < parts.length; i += 2) {
    // Only tags (odd parts) are looked at; i starts odd and steps by two.
    if (opening.test(parts[i])) depth++;
    else if (closing.test(parts[i]) && --depth === 0) return [open, i + 1];
  }
  return [open, parts.length];
}

export function htmlForIndex(html: string): string {
  // Even indexes are text, odd ones markup (split with one capture group).
  const parts = html.split(MARKUP);
  const isInlineTag = (i: number) => INLINE_TAGS.has(TAG_NAME.exec(parts[i])?.[1]?.toLowerCase() ?? '');
  const [from, to] = indexedRange(parts);

  const runs: RunPiece[][] = [];
  let current: RunPiece[] = [];
  const endRun = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (let i = from; i < to; i++) {
    if (i % 2 === 1) {
      if (!isInlineTag(i)) endRun();
      continue;
    }
    const text = parts[i];
    let found = false;
    for (const match of text.matchAll(HAN_RUN)) {
      found = true;
      const start = match.index;
      const end = start + match[0].length;
      if (start > 0) endRun();
      current.push({ part: i, start, end });
      if (end < text.length) endRun();
    }
    if (!found && text.length > 0) endRun();
  }
  endRun();

  // The characters beside a run, across inline tags; a block tag means no neighbour.
  const neighbour = (part: number, offset: number, step: -1 | 1): string => {
    const own = parts[part];
    if (step < 0 ? offset > 0 : offset < own.length) return step < 0 ? own[offset - 1] : own[offset];
    for (let j = part + step; j >= from && j < to; j += step) {
      if (j % 2 === 1) {
        if (!isInlineTag(j)) return '';
      } else if (parts[j].length > 0) return step < 0 ? parts[j].at(-1)! : parts[j][0];
    }
    return '';
  };

  if (runs.length === 0) return withoutUnindexed(parts, from, to);
  const texts = runs.map((run) => run.map((p) => parts[p.part].slice(p.start, p.end)).join(''));
  segmentRuns(texts);
  const edits: Array<RunPiece & { text: string }> = [];
  for (const [r, run] of runs.entries()) {
    const chars = texts[r];
    const first = run[0];
    const last = run[run.length - 1];
    edits.push({ ...first, text: runForIndex(chars, neighbour(first.part, first.start, -1), neighbour(last.part, last.end, 1)) });
    for (const piece of run.slice(1)) edits.push({ ...piece, text: '' });
  }
  // From the end of each part, so earlier offsets stay valid.
  edits.sort((a, b) => b.part - a.part || b.start - a.start);
  for (const edit of edits) parts[edit.part] = parts[edit.part].slice(0, edit.start) + edit.text + parts[edit.part].slice(edit.end);
  return withoutUnindexed(parts, from, to);
}

/**
 * Only the head and the indexed element go to Pagefind when the page marks
 * one: it reads nothing else (rstro puts no Pagefind attributes outside it),
 * and the navigation is most of a page's bytes.
 */
function withoutUnindexed(parts: string[], from: number, to: number): string {
  const body = parts.findIndex((part, i) => i % 2 === 1 && i < from && /^<body[\s>]/i.test(part));
  if (from === 0 || body < 0) return parts.join('');
  return parts.slice(0, body + 1).join('') + parts.slice(from, to).join('') + '</body></html>';
}

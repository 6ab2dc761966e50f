// The copy of a built page that Pagefind indexes: the page's head and the
// element it marks `data-pagefind-body`, with the Chinese text in it replaced
// by word tokens (see chinese-words.ts). Only text between tags changes;
// markup, attributes, scripts and styles are kept, so Pagefind still finds
// the body, the title and the headings. A run of Chinese may cross inline
// markup (内<em>存</em>): inline tags do not end a run, block tags do, as
// they end a word for a reader. The page on disk is never touched.
import { runForIndex, segmentRuns } from './chinese-words.js';

const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const TAG_NAME = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/;
const BODY_MARK = /^<[a-zA-Z][^>]*\sdata-pagefind-body[\s=/>]/;
const HAN_RUN = /\p{Script=Han}+/gu;
const SCRIPT_END = /<\/script\s*>/gi;
const STYLE_END = /<\/style\s*>/gi;
const WORD_CHAR = /\w/;
const RAW_TEXT_ELEMENTS = [['script', SCRIPT_END], ['style', STYLE_END]] as const;

/**
 * The page split into text and markup, alternately (even indexes text, odd ones markup):
 * comments, whole script/style elements, and tags are markup. A `<` that starts none of
 * them (no `>` follows) is text. Scanned by hand: a regular expression split of a page
 * was most of this module's time.
 */
function splitMarkup(html: string): string[] {
  const parts: string[] = [];
  let textStart = 0;
  let at = html.indexOf('<');
  while (at >= 0) {
    const end = markupEnd(html, at);
    if (end < 0) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    parts.push(html.slice(textStart, at), html.slice(at, end));
    textStart = end;
    at = html.indexOf('<', end);
  }
  parts.push(html.slice(textStart));
  return parts;
}

/** Where the markup starting with the `<` at `at` ends, or -1 when no markup starts there. */
function markupEnd(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    if (close >= 0) return close + 3;
  }
  const next = html.charCodeAt(at + 1);
  if (next === 0x73 || next === 0x53) {
    // `<s…`: a script or style element runs to its closing tag.
    for (const [name, end] of RAW_TEXT_ELEMENTS) {
      if (html.slice(at + 1, at + 1 + name.length).toLowerCase() !== name || WORD_CHAR.test(html[at + 1 + name.length] ?? '')) continue;
      end.lastIndex = at + 1 + name.length;
      const close = end.exec(html);
      if (close) return close.index + close[0].length;
    }
  }
  const close = html.indexOf('>', at + 1);
  return close < 0 ? -1 : close + 1;
}

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
  const parts = splitMarkup(html);
  // Asked for a tag more than once (runs, then neighbours): remembered per part.
  const inline: Array<boolean | undefined> = [];
  const isInlineTag = (i: number) => (inline[i] ??= INLINE_TAGS.has(TAG_NAME.exec(parts[i])?.[1]?.toLowerCase() ?? ''));
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
    HAN_RUN.lastIndex = 0;
    for (let match = HAN_RUN.exec(text); match; match = HAN_RUN.exec(text)) {
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
  // Each part is rebuilt once from its pieces (edits in order), not once per edit: a
  // paragraph with many runs of Chinese would otherwise be copied once per run.
  edits.sort((a, b) => a.part - b.part || a.start - b.start);
  for (let e = 0; e < edits.length; ) {
    const part = edits[e].part;
    const text = parts[part];
    let rebuilt = '';
    let kept = 0;
    for (; e < edits.length && edits[e].part === part; e++) {
      rebuilt += text.slice(kept, edits[e].start) + edits[e].text;
      kept = edits[e].end;
    }
    parts[part] = rebuilt + text.slice(kept);
  }
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

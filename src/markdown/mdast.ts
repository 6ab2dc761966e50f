// CommonMark + GFM (tables, footnotes, task lists, strikethrough, autolinks)
// into mdast, with one processor shared by every parse.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

export function parseMdast(text: string): Root {
  return processor.parse(text) as Root;
}

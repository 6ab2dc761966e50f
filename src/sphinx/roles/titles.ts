// Splitting `title <target>` in cross-reference roles, as Sphinx does: the
// `<` must not be backslash-escaped (the parser marks escapes with \x00).
import { unescape } from '../../rst/escapes.js';

const EXPLICIT = /^([\s\S]+?)\s*(?<!\x00)<([\s\S]*?)>$/;

export interface SplitTitle {
  explicit: boolean;
  title: string;
  target: string;
}

export function splitExplicitTitle(marked: string): SplitTitle {
  const match = EXPLICIT.exec(marked);
  if (match) return { explicit: true, title: unescape(match[1]), target: unescape(match[2]) };
  const plain = unescape(marked);
  return { explicit: false, title: plain, target: plain };
}

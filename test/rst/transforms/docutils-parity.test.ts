// Each transform against docutils 0.19 (the docutils Sphinx 5.3 runs on), observed with
// Sphinx's settings by fixtures/generate-expected.py: the transformed pseudo-XML and the
// messages docutils reports without placing them in the tree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pformat } from '../../../src/doctree/pformat.js';
import type { Element } from '../../../src/doctree/types.js';
import { parseRst } from '../../../src/rst/index.js';
import { applyTransforms } from '../../../src/rst/transforms/index.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', fixtures), 'utf8')) as Record<string, string>;
const expected = JSON.parse(readFileSync(new URL('expected.json', fixtures), 'utf8')) as Record<string, { pformat: string; messages: string[] }>;

export function transform(source: string, smartquotes?: string): { tree: Element; messages: string[] } {
  const tree = parseRst(source, { settings: { sourcePath: 'test.rst', autoIdPrefix: 'id', haltLevel: 5, languageCode: smartquotes ?? 'en' } });
  const result = applyTransforms(tree, { autoIdPrefix: 'id', smartquotes });
  const messages = result.messages.map((m) => {
    const body = m.children.map((c) => (c.type === 'paragraph' ? textOf(c) : '\n' + textOf(c))).join('\n');
    return `${m.attributes.source}:${m.attributes.line ?? ''}: (${m.attributes.type}/${m.attributes.level}) ${body}`;
  });
  return { tree, messages };
}

function textOf(node: Element['children'][number]): string {
  return node.type === 'text' ? (node as { value: string }).value : (node as Element).children.map(textOf).join('');
}

/**
 * Parser differences, not transform ones: docutils 0.19 adds `name` to references (later docutils, which our
 * parser follows, dropped it) and backrefs to the parser's duplicate-name messages.
 */
function withoutParserDifferences(pseudoXml: string): string {
  return pseudoXml.replace(/^(\s*<reference[^>]*?) name=".*?"(?=[ >])/gm, '$1').replace(/^(\s*<system_message) backrefs="[^"]*"/gm, '$1');
}

describe('document transforms match docutils 0.19', () => {
  for (const [name, source] of Object.entries(cases)) {
    it(name, () => {
      const want = expected[name]!;
      // `smartquotes@LANG@what` cases run with Sphinx's smart quotes in that language.
      const { tree, messages } = transform(source, name.startsWith('smartquotes@') ? name.split('@')[1] : undefined);
      expect(withoutParserDifferences(pformat(tree))).toBe(withoutParserDifferences(want.pformat));
      // Messages docutils placed in the tree (the parser's, or attached ones) are in the pformat already.
      const unattached = want.messages.filter((m) => !want.pformat.includes(m.split('\n')[0]!.replace(/^test\.rst:\d*: \(\w+\/\d\) /, '')));
      expect(messages).toEqual(unattached);
    });
  }
});

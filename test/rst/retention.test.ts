// A parsed tree must become garbage as soon as its caller drops it, for V8's
// young-generation collector (scavenges) too, not only for full collections.
// When something the scavenger treats as a root keeps the last trees alive
// (a closure the engine remembers, a WeakMap entry whose value points back
// to its key), every scavenge copies them and then promotes them: garbage
// collection took a fifth of parse time that way, and peak memory grew.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseRst } from '../../src/rst/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;

const newSpaceUsed = (): number => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_used_size;

// Documents with messages (they use the reporter's line resolver), directives (the directive-name
// lookup), roles and tables, each followed by plain paragraphs.
const SNIPPETS = [
  'Title\n=====\n',
  'Some *emphasis*, ``literal``, a link_ and :unknown-role:`x`.\n\n.. _link: http://example.org\n',
  'An *unclosed emphasis, an |undefined| substitution.\n',
  '.. note::\n\n   A note with **strong** text.\n',
  '.. warning:: Short.\n',
  '.. image:: picture.png\n   :alt: text\n',
  '.. unknown-directive:: x\n',
  ':sup:`2` and :pep:`8` and :pep:`x`.\n',
  '- item\n\n  1. sub\n',
  '+---+\n| a |\n+---+\n',
];
const paragraphs = (count: number, tag: string): string =>
  Array.from({ length: count }, (_, i) => `Paragraph ${tag}.${i} with \`\`literal\`\` and *emphasis* text.\n`).join('\n');

describe('parsed trees are not retained', () => {
  it('survive no young-generation collection once dropped', () => {
    // Warm up on varied documents, as a build does: the engine's call-site caches settle.
    for (let round = 0; round < 3; round++) SNIPPETS.forEach((snippet, i) => parseRst(`${snippet}\n${paragraphs(300, String(i))}`));
    const doc = `${SNIPPETS.join('\n')}\n${paragraphs(1500, 'doc')}`;
    gc();
    gc();
    const before = newSpaceUsed();
    parseRst(doc);
    const allocated = newSpaceUsed() - before;
    gc({ type: 'minor' });
    const survived = newSpaceUsed();
    // The tree is most of what a parse allocates (about 3 MB here); dropped, next to nothing
    // survives (about 10 kB; 2 MB and more when trees were kept).
    expect(allocated).toBeGreaterThan(1_000_000);
    expect(survived).toBeLessThan(allocated / 10);
  });
});

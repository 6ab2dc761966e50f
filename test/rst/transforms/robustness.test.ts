// The transforms on many documents, valid and malformed: they never throw, leave no footnote
// reference without a target or a substitution unreplaced outside definitions, and cost time
// linear in the input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../../src/doctree/types.js';
import { parseRst } from '../../../src/rst/index.js';
import { applyTransforms } from '../../../src/rst/transforms/index.js';
import { rng, rstPage } from '../../../bench/corpus.js';
import { GROWTH_LIMIT } from '../../growth-limit.js';

// Inputs of our own, so the test runs anywhere: the transform cases, realistic generated pages,
// and seeded mutations of both (cut lines, dropped tails, repeated lines) for malformed markup.
const cases = JSON.parse(readFileSync(new URL('./fixtures/cases.json', import.meta.url), 'utf8')) as Record<string, string>;
const base: string[] = Object.values(cases).filter((c) => typeof c === 'string');
const random = rng(1234);
for (let i = 0; i < 12; i++) base.push(rstPage(random, i, 3000));
const inputs: string[] = [...base];
for (const text of base) {
  for (let k = 0; k < 8; k++) {
    const lines = text.split('\n');
    const at = Math.floor(random() * lines.length);
    const choice = random();
    if (choice < 0.3) lines.splice(at, 1 + Math.floor(random() * 3));
    else if (choice < 0.6) lines[at] = lines[at].slice(0, Math.floor(random() * lines[at].length));
    else lines.splice(at, 0, lines[Math.floor(random() * lines.length)]);
    inputs.push(lines.join('\n'));
  }
}

function leftovers(node: DoctreeNode, inDefinition = false, out: string[] = []): string[] {
  if (node.type === 'text') return out;
  const el = node as Element;
  if (el.type === 'substitution_reference' && !inDefinition) out.push('substitution_reference');
  if (el.type === 'footnote_reference' && typeof el.attributes.refid !== 'string') out.push('footnote_reference without refid');
  if (el.type === 'pending' && /Contents|SectNum|ClassAttribute|TargetNotes/.test(el.internals?.transform ?? '')) out.push(el.internals!.transform);
  for (const child of el.children) leftovers(child, inDefinition || el.type === 'substitution_definition', out);
  return out;
}

describe('transforms on valid and malformed documents', () => {
  it('never throw and leave nothing unresolved', () => {
    const problems: string[] = [];
    for (const input of inputs) {
      for (const autoIdPrefix of ['id', '%']) {
        const tree = parseRst(input, { settings: { autoIdPrefix, haltLevel: 5, fileInsertionEnabled: false } });
        const { messages } = applyTransforms(tree, { autoIdPrefix, smartquotes: 'en' });
        for (const m of messages) expect(m.type).toBe('system_message');
        for (const what of leftovers(tree)) problems.push(`${what} in:\n${input}`);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('transforms cost time linear in the document', () => {
  const doc = (n: number) => {
    let text = '.. contents::\n\n.. sectnum::\n\n.. |s| replace:: *sub* |t|\n.. |t| replace:: t\n\n';
    for (let i = 0; i < n; i++) text += `S${i}\n===\n\n.. _l${i}:\n\n"p" |s| [#]_ [*]_ \`l${i}\`_ \`x${i}\`_ \`a\`__\n\n__ http://a\n.. _x${i}: http://x\n.. [#] f\n.. [*] g\n\n`;
    text += Array.from({ length: n }, (_, i) => `.. _c${i}:\n`).join('') + '\nend\n';
    return text;
  };
  const measure = (n: number) => {
    const tree = parseRst(doc(n), { settings: { autoIdPrefix: 'id' } });
    const start = performance.now();
    applyTransforms(tree, { autoIdPrefix: 'id', smartquotes: 'en' });
    return performance.now() - start;
  };
  it('10x the sections cost well under 20x the time', () => {
    measure(150); // warm up
    const small = Math.min(measure(200), measure(200));
    const large = Math.min(measure(2000), measure(2000));
    expect(large).toBeLessThan(Math.max(small, 5) * GROWTH_LIMIT);
  }, 60_000);
});

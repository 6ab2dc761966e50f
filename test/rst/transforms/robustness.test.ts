// The transforms on every input of docutils' parser test suite (801 documents, including
// every kind of malformed markup): they never throw, leave no footnote reference without a
// target or a substitution unreplaced outside definitions, and cost time linear in the input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../../src/doctree/types.js';
import { parseRst } from '../../../src/rst/index.js';
import { applyTransforms } from '../../../src/rst/transforms/index.js';

// The team's copy of docutils' parser tests, beside the repository (absent on a clean checkout: the test is skipped).
const CASES = new URL('../../../../shared/conformance/docutils/cases.json', import.meta.url);
let inputs: string[] = [];
try {
  inputs = (JSON.parse(readFileSync(CASES, 'utf8')) as Array<{ input: string; needs_files?: string[] }>).filter((c) => !c.needs_files?.length).map((c) => c.input);
} catch {
  inputs = [];
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

describe('transforms on every docutils parser test input', () => {
  it.skipIf(inputs.length === 0)('never throw and leave nothing unresolved', () => {
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
    expect(large).toBeLessThan(Math.max(small, 5) * 20);
  }, 60_000);
});

// End to end: the knowledge base in content/ goes through checkProject (parse, transforms,
// collect, resolve), and no page is left with an unreplaced substitution, a footnote or
// citation reference that links nowhere, or a pending contents/sectnum/class node.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DoctreeNode, Element } from '../../../src/doctree/types.js';
import { checkProject } from '../../../src/sphinx/project.js';

function* elements(node: DoctreeNode): Generator<Element> {
  if (node.type === 'text') return;
  yield node as Element;
  for (const child of (node as Element).children) yield* elements(child);
}

describe('content/ after the transforms', () => {
  it('renders substitutions, footnotes and citations', async () => {
    const result = await checkProject(path.resolve('content'), { noCache: true, jobs: 1 });
    let footnoteRefs = 0;
    const leftovers: string[] = [];
    for (const [docname, doc] of result.documents) {
      const tree = (doc as unknown as { doctree: Element }).doctree;
      for (const el of elements(tree)) {
        if (el.type === 'substitution_reference') leftovers.push(`${docname}: |${String(el.attributes.refname)}|`);
        if (el.type === 'pending') leftovers.push(`${docname}: pending ${el.internals?.transform}`);
        if (el.type === 'footnote_reference' || el.type === 'citation_reference') {
          footnoteRefs++;
          if (typeof el.attributes.refid !== 'string') leftovers.push(`${docname}: ${el.type} without refid`);
        }
        if (el.type === 'footnote' && !el.children.some((c) => c.type === 'label')) leftovers.push(`${docname}: footnote without label`);
      }
    }
    expect(leftovers).toEqual([]);
    expect(footnoteRefs).toBeGreaterThan(0);
    // The transforms add no warnings to the knowledge base's accepted ones.
    expect(result.warnings.filter((w) => /substitution|Unknown target|footnote/.test(w.message))).toEqual([]);
  }, 60_000);
});

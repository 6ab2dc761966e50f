// After a document is parsed: gather its diagnostics, and give each `check`
// the recorded output of the block it names (a literalinclude's file, or a
// code-block's own text).
import type { DoctreeNode, Element } from '../doctree/types.js';
import { textContent } from '../doctree/builders.js';
import type { DiagnosticSpec } from './model.js';

function walk(node: DoctreeNode, visit: (element: Element) => void): void {
  if (node.type === 'text') return;
  visit(node as Element);
  for (const child of (node as Element).children) walk(child, visit);
}

function namesOf(node: Element): string[] {
  const names = node.attributes.names;
  return Array.isArray(names) ? names : [];
}

/** The literal_block a name points at: the block itself, or the one inside a captioned wrapper. */
function namedBlocks(doctree: Element): Map<string, Element> {
  const blocks = new Map<string, Element>();
  walk(doctree, (node) => {
    if (node.type !== 'literal_block' && node.type !== 'container') return;
    const block = node.type === 'literal_block' ? node : (node.children.find((c) => c.type === 'literal_block') as Element | undefined);
    if (!block) return;
    for (const name of namesOf(node)) blocks.set(name, block);
  });
  return blocks;
}

/** Diagnostics of a parsed document, with `check` targets resolved. Returns problems for missing targets. */
export function collectDiagnostics(doctree: Element): { specs: DiagnosticSpec[]; nodes: Element[]; problems: Array<{ line: number; message: string }> } {
  const nodes: Element[] = [];
  walk(doctree, (node) => {
    if (node.type === 'diagnostic' && node.data?.diagnostic) nodes.push(node);
  });
  const problems: Array<{ line: number; message: string }> = [];
  const blocks = nodes.some((n) => (n.data!.diagnostic as DiagnosticSpec).kind === 'check') ? namedBlocks(doctree) : new Map<string, Element>();
  for (const node of nodes) {
    const spec = node.data!.diagnostic as DiagnosticSpec;
    if (spec.kind !== 'check' || spec.fixtures.length > 0) continue;
    const block = blocks.get(spec.target ?? '');
    if (!block) {
      problems.push({ line: spec.line, message: `check "${spec.target}": no literalinclude or code-block with :name: ${spec.target} on this page` });
      continue;
    }
    const source = block.data?.source as string | undefined;
    spec.fixtures = source
      ? [{ written: spec.target!, path: source, candidates: [source] }]
      : [{ written: spec.target!, path: null, candidates: [], content: textContent(block) }];
  }
  return { specs: nodes.map((n) => n.data!.diagnostic as DiagnosticSpec), nodes, problems };
}

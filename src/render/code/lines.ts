// Highlighted code arrives as one hast fragment whose spans may cross line
// ends (a multi-line string). Emphasised lines and line numbers need one unit
// per line, so the fragment is cut at every newline and each open span is
// repeated on the lines it covers. The input is not modified (it may be cached).
import type { ElementContent } from 'hast';

export function splitIntoLines(nodes: ElementContent[]): ElementContent[][] {
  return joinFragments(nodes.map(fragmentsOf));
}

/** Lines of one node: element i of the result is the part of the node on its i-th line. */
function fragmentsOf(node: ElementContent): ElementContent[][] {
  if (node.type === 'text') {
    return node.value.split('\n').map((piece) => (piece === '' ? [] : [{ type: 'text', value: piece }]));
  }
  if (node.type !== 'element') return [[node]];
  const inner = joinFragments(node.children.map(fragmentsOf));
  return inner.map((line) => (line.length === 0 ? [] : [{ ...node, properties: { ...node.properties }, children: line }]));
}

function joinFragments(parts: ElementContent[][][]): ElementContent[][] {
  const lines: ElementContent[][] = [[]];
  for (const part of parts) {
    part.forEach((line, index) => {
      if (index === 0) lines[lines.length - 1].push(...line);
      else lines.push([...line]);
    });
  }
  return lines;
}

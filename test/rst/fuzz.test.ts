// Bounded fuzzing: mutations of valid documents must never make the parser
// throw, hang or lose track of positions. Deterministic (seeded), so a
// failure names a reproducible input.
import { describe, expect, it } from 'vitest';
import { pformat } from '../../src/doctree/pformat.js';
import type { DoctreeNode, Element } from '../../src/doctree/types.js';
import { parseRst } from '../../src/rst/index.js';

const SEEDS = [
  `=====
Title
=====

Subtitle
--------

A paragraph with *emphasis*, **strong**, \`\`literal\`\`, \`interpreted\`:role:,
a reference_, \`a phrase <http://example.org>\`_, [1]_, [#]_, [CIT]_ and |sub|.

- bullet

  * nested

1. one
#. two

(a) alpha

term : classifier
    definition

:field: body
:other:
    indented body

-a          option
--long=ARG  long option

Literal::

    code

> quoted

| line block
|    indented

    Block quote.

    -- Attribution

>>> doctest
1

----------

.. [1] footnote
.. [#] auto
.. [CIT] citation
.. _reference: http://example.org
.. |sub| replace:: substitution
.. note:: Directive content.

   :field: x

.. comment
__ http://anonymous.example.org
`,
  `+-----+-----+
| a   | b   |
+=====+=====+
| c   | d   |
+-----+-----+

=====  =====
col 1  col 2
=====  =====
x      y
=====  =====

.. image:: picture.png
   :width: 50%
   :alt: text

.. topic:: Topic

   Body.

.. code:: python

   print("x")

.. list-table::

   * - a
     - b
`,
  `Section
=======

.. contents::

1) first
2) second
   continued

i. roman
ii. roman

Term::
    not literal

.. |a| image:: x.png
.. _target:

Paragraph.

__ target_

.. unknown:: directive
   content
`,
];

const ALPHABET = ['*', '`', '_', '|', ':', '.', ' ', '\n', '\t', '-', '=', '+', '#', '[', ']', '<', '>', '\\', '(', ')', 'a', '1', '>>>', '..', '::', '  '];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(source: string, random: () => number): string {
  let out = source;
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = Math.floor(random() * 6);
    if (kind === 0) out = out.slice(0, at) + ALPHABET[Math.floor(random() * ALPHABET.length)] + out.slice(at);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 20));
    else if (kind === 2) {
      // Re-indent a line.
      const lines = out.split('\n');
      const i = Math.floor(random() * lines.length);
      lines[i] = ' '.repeat(Math.floor(random() * 6)) + lines[i].trimStart();
      out = lines.join('\n');
    } else if (kind === 3) {
      // Duplicate or drop a line.
      const lines = out.split('\n');
      const i = Math.floor(random() * lines.length);
      if (random() < 0.5) lines.splice(i, 0, lines[i]);
      else lines.splice(i, 1);
      out = lines.join('\n');
    } else if (kind === 4) out = out.slice(0, at);
    else {
      // Splice in a piece of another seed.
      const other = SEEDS[Math.floor(random() * SEEDS.length)];
      const from = Math.floor(random() * other.length);
      out = out.slice(0, at) + other.slice(from, from + Math.floor(random() * 80)) + out.slice(at);
    }
  }
  return out;
}

function allNodes(node: DoctreeNode, out: DoctreeNode[] = []): DoctreeNode[] {
  out.push(node);
  if (node.type !== 'text') for (const child of (node as Element).children) allNodes(child, out);
  return out;
}

const ITERATIONS = 3000;
const PER_DOCUMENT_MS = 500;

describe('fuzz', () => {
  it(`parses ${ITERATIONS} mutated documents without throwing or stalling`, () => {
    const random = mulberry32(20261127);
    let slowest = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const source = mutate(SEEDS[i % SEEDS.length], random);
      const start = performance.now();
      let root: Element;
      try {
        root = parseRst(source);
        pformat(root);
      } catch (error) {
        throw new Error(`iteration ${i} threw ${String(error)} on input ${JSON.stringify(source)}`);
      }
      const elapsed = performance.now() - start;
      slowest = Math.max(slowest, elapsed);
      if (elapsed > PER_DOCUMENT_MS) throw new Error(`iteration ${i} took ${elapsed.toFixed(0)} ms on input ${JSON.stringify(source)}`);
      expect(root.type).toBe('document');
      for (const node of allNodes(root)) {
        if (!node.position) throw new Error(`iteration ${i}: a ${node.type} node has no position, input ${JSON.stringify(source)}`);
        if (node.type === 'system_message' && pformat(node).includes('Internal parser error')) {
          throw new Error(`iteration ${i}: ${pformat(node)} on input ${JSON.stringify(source)}`);
        }
      }
    }
    expect(slowest).toBeLessThan(PER_DOCUMENT_MS);
  });
});

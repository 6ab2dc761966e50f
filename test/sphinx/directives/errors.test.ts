// Malformed directives: the messages sphinx-build 5.3 prints for the same
// document (observed), with their lines; the page still builds.
import { expect, it } from 'vitest';
import { build } from './harness.js';

const SOURCE = `T
=

.. code-block:: python

.. seealso::

.. versionadded::

.. glossary::

.. hlist::

   Just text.

.. math::

.. graphviz::

.. only:: html

.. todo::

.. centered::

.. toctree::
   :maxdepth: x

.. literalinclude::

.. index::

.. highlight::
`;

it('reports each malformed directive as Sphinx does', () => {
  const r = build(SOURCE, { config: { extensions: ['sphinx.ext.graphviz', 'sphinx.ext.todo'], todoIncludeTodos: true } });
  expect(r.messages).toEqual([
    '6: Content block expected for the "seealso" directive; none found.',
    '8: Error in "versionadded" directive:\n1 argument(s) required, 0 supplied.',
    '12: .. hlist content is not a list',
    '18: Ignoring "graphviz" directive without content.',
    '22: Content block expected for the "todo" directive; none found.',
    '24: Error in "centered" directive:\n1 argument(s) required, 0 supplied.',
    '26: Error in "toctree" directive:\ninvalid option value: (option: "maxdepth"; value: \'x\')\ninvalid literal for int() with base 10: \'x\'.',
    '29: Error in "literalinclude" directive:\n1 argument(s) required, 0 supplied.',
    '31: Error in "index" directive:\n1 argument(s) required, 0 supplied.',
    '33: Error in "highlight" directive:\n1 argument(s) required, 0 supplied.',
  ]);
  // What Sphinx still builds: an empty code block, an empty glossary, an empty math block, an empty only.
  expect(['glossary', 'math_block', 'only'].map((type) => r.find(type).length)).toEqual([1, 1, 1]);
  expect(r.find('literal_block').filter((b) => b.attributes.language === 'python').length).toBe(1);
  expect(r.find('title').length).toBe(1);
});

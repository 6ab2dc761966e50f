// Sphinx's directives and roles, registered into a parser's registries:
//
//     const registries = createRegistries();
//     registerSphinx(registries, projectOrDocumentContext);
//     parseRst(text, { registries, settings: { sourcePath, readFile } });
//
// `context` is either the project model's ProjectContext (one registration,
// many documents: the document is found from the parser's settings) or one
// document's SphinxContext (tests, single files).
import type { DirectiveSpec, Registries } from '../../rst/api.js';
import { registerSphinxRoles } from '../roles/index.js';
import { codeBlockDirective, codeDirective, highlightDirective } from './code-blocks.js';
import { glossaryDirective } from './glossary.js';
import { graphDirective, graphvizDirective } from './graphviz.js';
import { sphinxCsvTableDirective } from './csv-table.js';
import { sphinxImageDirective } from './images.js';
import { sphinxIncludeDirective } from './include.js';
import { indexDirective } from './index-entries.js';
import { literalincludeDirective } from './literalinclude.js';
import { mathDirective } from './math.js';
import {
  authorDirective, centeredDirective, defaultDomainDirective, hlistDirective, seealsoDirective, tabularcolumnsDirective,
} from './misc.js';
import { objectDirectives } from './objects.js';
import { onlyDirective } from './only.js';
import { contextResolver, type ContextSource } from './scope.js';
import { todoDirective, todolistDirective } from './todo.js';
import { toctreeDirective } from './toctree.js';
import { VERSION_DIRECTIVES, versionDirective } from './versions.js';

export { contextResolver, type ContextOf, type ContextSource } from './scope.js';
export { applyOnly } from './only.js';
export { applyHighlightLanguage } from './highlight-transform.js';
export { readLiteralInclude } from './literalinclude-reader.js';
export { resolveIncludePath } from './paths.js';

/** Wrapper -> the parser's own directive, so registering twice never wraps a wrapper. */
const wrappedBases = new WeakMap<DirectiveSpec, DirectiveSpec>();

function wrap(d: Map<string, DirectiveSpec>, name: string, make: (base: DirectiveSpec) => DirectiveSpec): void {
  const current = d.get(name);
  if (!current) return;
  const base = wrappedBases.get(current) ?? current;
  const wrapper = make(base);
  wrappedBases.set(wrapper, base);
  d.set(name, wrapper);
}

export function registerSphinx(registries: Registries, context: ContextSource): void {
  const contextOf = contextResolver(context);
  const extensions = 'srcdir' in context ? context.config.extensions ?? [] : context.config.extensions;
  const d = registries.directives;

  d.set('toctree', toctreeDirective(contextOf));
  d.set('literalinclude', literalincludeDirective(contextOf));
  d.set('code-block', codeBlockDirective(contextOf));
  d.set('sourcecode', codeBlockDirective(contextOf));
  d.set('code', codeDirective(contextOf));
  d.set('highlight', highlightDirective(contextOf));
  d.set('only', onlyDirective);
  d.set('seealso', seealsoDirective);
  for (const name of VERSION_DIRECTIVES) d.set(name, versionDirective);
  d.set('centered', centeredDirective);
  d.set('hlist', hlistDirective);
  d.set('glossary', glossaryDirective(contextOf));
  d.set('index', indexDirective(contextOf));
  d.set('tabularcolumns', tabularcolumnsDirective);
  for (const name of ['sectionauthor', 'moduleauthor', 'codeauthor']) d.set(name, authorDirective(contextOf));
  d.set('math', mathDirective(contextOf));
  d.set('default-domain', defaultDomainDirective(contextOf));
  wrap(d, 'include', (base) => sphinxIncludeDirective(base, contextOf));
  wrap(d, 'csv-table', (base) => sphinxCsvTableDirective(base, contextOf));
  for (const name of ['image', 'figure']) wrap(d, name, (base) => sphinxImageDirective(base, contextOf));
  // docutils' class directive keeps working under Sphinx's name for it; `class` documents a Python class.
  const rstClass = d.get('rst-class') ?? d.get('class');
  if (rstClass) d.set('rst-class', rstClass);
  for (const [name, spec] of objectDirectives(contextOf)) d.set(name, spec);
  // Extensions' directives exist only when conf.py enables them, as in Sphinx ("Unknown directive type" otherwise).
  if (extensions.includes('sphinx.ext.todo')) {
    d.set('todo', todoDirective(contextOf));
    d.set('todolist', todolistDirective(contextOf));
  }
  if (extensions.includes('sphinx.ext.graphviz')) {
    d.set('graphviz', graphvizDirective(contextOf));
    d.set('graph', graphDirective);
    d.set('digraph', graphDirective);
  }

  registerSphinxRoles(registries, contextOf);
}

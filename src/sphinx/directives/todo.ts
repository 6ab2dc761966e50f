// sphinx.ext.todo:
//
//     .. todo:: Describe the cgroup v1 case.      -> todo_node {classes: admonition todo} > title "Todo", body
//     .. todolist::                               -> todolist (filled by the project model from every todo)
//
// With todo_include_todos = False (Sphinx's default) both show nothing.
import { el, text } from '../../doctree/builders.js';
import type { DirectiveSpec } from '../../rst/api.js';
import { addClasses, addName, here, requireContent } from '../../rst/directives/common.js';
import { GENERIC_OPTIONS } from '../../rst/directives/common.js';
import type { ContextOf } from './scope.js';

export function todoDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    hasContent: true,
    optionSpec: GENERIC_OPTIONS,
    run(inv) {
      requireContent(inv);
      const context = contextOf(inv.document);
      if (!context.config.todoIncludeTodos) return [];
      const node = el('todo_node', { classes: ['admonition', 'todo'], docname: context.docname }, [el('title', {}, [text('Todo')])], here(inv));
      addClasses(node, inv);
      inv.state.nestedParse(inv.content, inv.contentOffset, node);
      addName(node, inv);
      // Every todo is a link target, so a todolist elsewhere can point back here.
      if (!(node.attributes.ids as string[] | undefined)?.length) inv.document.setId(node);
      return [node];
    },
  };
}

export function todolistDirective(contextOf: ContextOf): DirectiveSpec {
  return {
    hasContent: false,
    optionSpec: {},
    run(inv) {
      if (!contextOf(inv.document).config.todoIncludeTodos) return [];
      return [el('todolist', {}, [], here(inv))];
    },
  };
}

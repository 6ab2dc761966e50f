// sphinx.ext.todo's `todolist`: once every document is read, each todolist
// shows a copy of every todo of the project, followed by where it came from:
//   (The original entry is located in /abs/doc.rst, line 6.)
// with "original entry" linking back to the todo.
import type { DoctreeNode, Element } from '../doctree/types.js';
import type { Environment } from './environment.js';

interface FoundTodo {
  docname: string;
  node: Element;
}

export function fillTodoLists(trees: Map<string, Element>, env: Environment): void {
  const docnames = [...trees.keys()].sort();
  const todos: FoundTodo[] = [];
  const lists: Element[] = [];
  for (const docname of docnames) {
    walk(trees.get(docname)!, (el) => {
      if (el.type === 'todo_node') todos.push({ docname, node: el });
      if (el.type === 'todolist') lists.push(el);
    });
  }
  if (lists.length === 0) return;
  for (const list of lists) {
    const children: DoctreeNode[] = [];
    for (const todo of todos) {
      children.push(withoutIds(todo.node));
      const anchor = Array.isArray(todo.node.attributes.ids) ? (todo.node.attributes.ids[0] ?? '') : '';
      const path = env.docs[todo.docname]?.path ?? todo.docname;
      const line = todo.node.position?.start.line;
      children.push({
        type: 'paragraph',
        attributes: { classes: ['todo-source'] },
        children: [
          { type: 'text', value: '(The ' },
          {
            type: 'reference',
            attributes: { internal: true, refdocname: todo.docname, refanchor: anchor, classes: ['reference', 'internal'] },
            children: [{ type: 'emphasis', attributes: {}, children: [{ type: 'text', value: 'original entry' }] }],
          },
          { type: 'text', value: ` is located in ${path}${line !== undefined ? `, line ${line}` : ''}.)` },
        ],
      });
    }
    list.children = children;
  }
}

function walk(node: Element, visit: (el: Element) => void): void {
  visit(node);
  for (const child of node.children) if (child.type !== 'text') walk(child as Element, visit);
}

/** A deep copy without ids, so the page holding the list does not repeat the original's anchors. */
function withoutIds(node: Element): Element {
  const copy = JSON.parse(JSON.stringify(node)) as Element;
  const strip = (el: Element) => {
    if (Array.isArray(el.attributes.ids)) el.attributes.ids = [];
    for (const c of el.children) if (c.type !== 'text') strip(c as Element);
  };
  strip(copy);
  return copy;
}

// mdast phrasing nodes -> docutils inline nodes. MyST's role syntax is a text
// ending in `{name}` right before a code span:
//
//     see {ref}`oom-killer` and {kbd}`Ctrl+C`
//         ^^^^^ ^^^^^^^^^^^^ text "… {ref}" + inlineCode "oom-killer"
//
// and runs the role function registered under that name, the very one
// reStructuredText's `:ref:` runs.
import { el, text } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import type { InlineHandle, RoleInvocation } from '../rst/api.js';
import type { InlineCode, PhrasingContent } from 'mdast';
import { convertImage, convertLink, convertReferenceLink } from './links.js';
import type { Frame, MystState } from './state.js';

const ROLE_SUFFIX = /\{([A-Za-z0-9_+:.-]{1,60})\}$/;

export function convertPhrasing(state: MystState, children: PhrasingContent[], frame: Frame): DoctreeNode[] {
  const out: DoctreeNode[] = [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const next = children[i + 1];
    if (node.type === 'text' && next?.type === 'inlineCode' && adjacent(node, next)) {
      const role = ROLE_SUFFIX.exec(node.value);
      if (role) {
        const before = node.value.slice(0, role.index);
        if (before) out.push(text(before, state.pos(node, frame)));
        out.push(...runRole(state, role[1], next, frame));
        i++;
        continue;
      }
    }
    out.push(...convertOne(state, node, frame));
  }
  return out;
}

function adjacent(a: PhrasingContent, b: PhrasingContent): boolean {
  const end = a.position?.end.offset;
  const start = b.position?.start.offset;
  return end !== undefined && end === start;
}

function convertOne(state: MystState, node: PhrasingContent, frame: Frame): DoctreeNode[] {
  const position = state.pos(node, frame);
  switch (node.type) {
    case 'text':
      return [text(node.value, position)];
    case 'emphasis':
      return [el('emphasis', {}, convertPhrasing(state, node.children, frame), position)];
    case 'strong':
      return [el('strong', {}, convertPhrasing(state, node.children, frame), position)];
    case 'delete':
      // docutils has no strikethrough node: an inline with the class the renderer styles.
      return [el('inline', { classes: ['strike'] }, convertPhrasing(state, node.children, frame), position)];
    case 'inlineCode':
      return [el('literal', {}, [text(node.value, position)], position)];
    case 'break':
      return [el('raw', { format: 'html', 'xml:space': 'preserve' }, [text('<br />\n', position)], position)];
    case 'html':
      return [el('raw', { format: 'html', 'xml:space': 'preserve' }, [text(node.value, position)], position)];
    case 'link':
      return convertLink(state, node, frame);
    case 'linkReference':
      return convertReferenceLink(state, node, frame);
    case 'image':
      return [convertImage(state, node.url, node.alt ?? '', node.title ?? null, position)];
    case 'imageReference': {
      const def = frame.definitions.get(node.identifier);
      if (!def) return [text(`![${node.alt ?? ''}]`, position)];
      return [convertImage(state, def.url, node.alt ?? '', def.title, position)];
    }
    case 'footnoteReference':
      return [state.footnoteReference(node.label ?? node.identifier, position)];
    default:
      return [];
  }
}

/** `{name}`content``: the registered role, or a warning and the text as written. */
function runRole(state: MystState, rawName: string, code: InlineCode, frame: Frame): DoctreeNode[] {
  const position = state.pos(code, frame);
  const lineno = position.start.line;
  const name = rawName.toLowerCase();
  const rawText = `{${rawName}}\`${code.value}\``;
  const role = state.registries.roles.get(name);
  if (!role) {
    state.pendingMessages.push(state.report(2, `Unknown interpreted text role "${rawName}". [myst.role_unknown]`, { line: lineno }));
    return [el('problematic', {}, [text(rawText, position)], position)];
  }
  const invocation: RoleInvocation = {
    name,
    rawText,
    text: code.value,
    lineno,
    inliner: inlineHandle(state),
    options: {},
    content: [],
  };
  try {
    const result = role(invocation);
    state.pendingMessages.push(...result.messages);
    for (const node of result.nodes) fillPosition(node, position);
    return result.nodes;
  } catch (error) {
    state.pendingMessages.push(state.report(3, `Error in "${rawName}" role: ${(error as Error).message ?? error}`, { line: lineno }));
    return [el('problematic', {}, [text(rawText, position)], position)];
  }
}

/** What roles may use of the inline parser: nested text is Markdown here. */
export function inlineHandle(state: MystState): InlineHandle {
  return {
    document: state.document,
    reporter: state.reporter,
    parse: (value, lineno) => state.parseInline(value, lineno),
    problematic(rawText: string, message: Element): Element {
      const ids = message.attributes.ids;
      const refid = Array.isArray(ids) && ids.length ? ids[0] : state.document.setId(message);
      return el('problematic', { refid }, [text(rawText)]);
    },
  };
}

function fillPosition(node: DoctreeNode, position: Position): void {
  if (!node.position) node.position = { start: { ...position.start }, end: { ...position.end } };
  if (node.type !== 'text') for (const child of (node as Element).children) fillPosition(child, position);
}

// Markup that could not be parsed stays in the text as a `problematic`
// element, linked both ways with the system message that explains it:
//
//     *emphasis without closing asterisk
//     ^ <problematic ids="problematic-1" refid="system-message-1">*
import { el, listAttr, text } from '../../doctree/builders.js';
import type { Element, Position } from '../../doctree/types.js';
import type { DocumentModel } from '../api.js';

export function problematic(document: DocumentModel, rawText: string, message: Element, position?: Position): Element {
  const messageId = document.setId(message);
  // Built in one step with its position when there is one; roles pass none (`el` and `text` then
  // note a node whose position is filled in later).
  const node: Element = position
    ? { type: 'problematic', attributes: { refid: messageId }, children: [{ type: 'text', value: rawText, position }], position }
    : el('problematic', { refid: messageId }, [text(rawText)]);
  const nodeId = document.setId(node);
  listAttr(message, 'backrefs').push(nodeId);
  return node;
}

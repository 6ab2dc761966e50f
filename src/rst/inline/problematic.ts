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
  const node = el('problematic', { refid: messageId }, [text(rawText, position)], position);
  const nodeId = document.setId(node);
  listAttr(message, 'backrefs').push(nodeId);
  return node;
}

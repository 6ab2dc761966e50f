// Sphinx's markup roles that are not links:
//
//     :abbr:`LIFO (last-in, first-out)`   abbreviation {explanation}
//     :command:`rm`  :program:`ls`        literal_strong.command / .program
//     :dfn:`x`                            emphasis.dfn
//     :mailheader: :mimetype: :newsgroup: literal_emphasis.<role>
//     :kbd:`Ctrl+C`  :regexp:`a+`         literal.kbd / literal.regexp
//     :file:`/etc/{name}.conf`            literal.file {role: file} with emphasis for {variable} parts
//     :samp:`print({x})`                  same, class samp
//     :guilabel:`&Cancel`                 inline.guilabel, "&" marks the accelerator key
//     :menuselection:`File --> Open`      inline.menuselection, "-->" becomes "‣"
import { el, text } from '../../doctree/builders.js';
import type { DoctreeNode, Text } from '../../doctree/types.js';
import type { RoleFunction } from '../../rst/api.js';
import { unescape } from '../../rst/escapes.js';

export function classedRole(type: string, className: string): RoleFunction {
  return (role) => ({ nodes: [el(type, { classes: [className] }, [text(unescape(role.text))])], messages: [] });
}

export const abbrRole: RoleFunction = (role) => {
  const value = unescape(role.text);
  const match = /\(([\s\S]*)\)$/.exec(value);
  if (!match) return { nodes: [el('abbreviation', {}, [text(value)])], messages: [] };
  const abbreviation = value.slice(0, match.index).trim();
  return { nodes: [el('abbreviation', { explanation: match[1] }, [text(abbreviation)])], messages: [] };
};

/** {variable} parts become emphasis; `\{` and `\}` (written `\\{` in rST) are literal braces. */
export function emphasizedLiteral(value: string): DoctreeNode[] {
  const nodes: DoctreeNode[] = [];
  let buffer = '';
  let inVariable = false;
  const flush = (emphasis: boolean) => {
    if (buffer) nodes.push(emphasis ? el('emphasis', {}, [text(buffer)]) : text(buffer));
    buffer = '';
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && (value[i + 1] === '{' || value[i + 1] === '}' || value[i + 1] === '\\')) {
      buffer += value[++i];
    } else if (ch === '{' && !inVariable) {
      flush(false);
      inVariable = true;
    } else if (ch === '}' && inVariable) {
      flush(true);
      inVariable = false;
    } else {
      buffer += ch;
    }
  }
  // An unclosed "{" is plain text.
  if (inVariable) buffer = '{' + buffer;
  flush(false);
  return mergeTexts(nodes);
}

function mergeTexts(nodes: DoctreeNode[]): DoctreeNode[] {
  const out: DoctreeNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') (last as Text).value += (node as Text).value;
    else out.push(node);
  }
  return out;
}

export function emphasizedLiteralRole(name: string): RoleFunction {
  return (role) => ({
    nodes: [el('literal', { classes: [name], role: name }, emphasizedLiteral(unescape(role.text)))],
    messages: [],
  });
}

/**
 * "&x" marks x as the accelerator key ("&" before a space or another "&" is
 * literal). As in Sphinx 5.3, "&&" becomes "&" only after the first accelerator.
 */
function withAccelerators(value: string): DoctreeNode[] {
  const [first, ...spans] = value.split(/(?<!&)&(?![&\s])/);
  const nodes: DoctreeNode[] = [];
  if (first) nodes.push(text(first));
  for (const raw of spans) {
    const span = raw.replace(/&&/g, '&');
    if (!span) continue;
    nodes.push(el('inline', { classes: ['accelerator'] }, [text(span[0])]));
    if (span.length > 1) nodes.push(text(span.slice(1)));
  }
  return nodes;
}

export const guilabelRole: RoleFunction = (role) => ({
  nodes: [el('inline', { classes: ['guilabel'], rawtext: role.rawText }, withAccelerators(unescape(role.text)))],
  messages: [],
});

export const menuselectionRole: RoleFunction = (role) => ({
  nodes: [
    el('inline', { classes: ['menuselection'], rawtext: role.rawText }, withAccelerators(unescape(role.text).replace(/-->/g, '\u2023'))),
  ],
  messages: [],
});

// A field list that opens the document (before the title, since Sphinx keeps
// the title as a section) holds bibliographic data: it becomes `docinfo`.
// Known fields with a one-paragraph body become their own elements (author,
// version, date...), `authors` a list of author, `dedication`/`abstract` a
// topic; any other field stays a field, classed with its name.
//
//     <field_list>                                   <docinfo>
//         <field><field_name>author                      <author>Me
//                <field_body><paragraph>Me       ->      <field classes="orphan">...
//         <field><field_name>orphan ...
import { el, text, textContent } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { makeId } from '../ids.js';
import type { TransformContext } from './context.js';

const PRE_BIBLIOGRAPHIC = new Set(['comment', 'decoration', 'header', 'footer', 'meta', 'pending', 'raw', 'substitution_definition', 'subtitle', 'system_message', 'target', 'title']);
const SINGLE = new Set(['author', 'organization', 'address', 'contact', 'version', 'revision', 'status', 'date', 'copyright']);
const TOPICS: Record<string, string> = { dedication: 'Dedication', abstract: 'Abstract' };

export function applyDocinfo(ctx: TransformContext): void {
  const document = ctx.document;
  const index = document.children.findIndex((c) => c.type !== 'text' && !PRE_BIBLIOGRAPHIC.has(c.type));
  const list = document.children[index] as Element | undefined;
  if (!list || list.type !== 'field_list') return;
  const docinfo = el('docinfo', {}, [], list.position);
  const topics: Element[] = [];
  for (const field of list.children as Element[]) {
    const nameNode = field.children.find((c) => c.type === 'field_name') as Element | undefined;
    const body = field.children.find((c) => c.type === 'field_body') as Element | undefined;
    const name = nameNode ? textContent(nameNode) : '';
    const key = name.toLowerCase();
    const paragraphs = body?.children.filter((c) => c.type !== 'text') as Element[] | undefined ?? [];
    const single = paragraphs.length === 1 && paragraphs[0]!.type === 'paragraph' ? paragraphs[0]! : null;
    if (SINGLE.has(key) || key === 'authors') {
      if (!single && paragraphs.length) {
        // Compound content in a bibliographic field: docutils warns (inside the field) and keeps it as a field.
        const msg = ctx.report(2, `Cannot extract bibliographic field "${name}" containing anything other than a single paragraph.`, field, [], true);
        body!.children.push(msg);
      } else if (single) {
        if (key === 'authors') docinfo.children.push(el('authors', {}, splitAuthors(single)));
        else docinfo.children.push(el(key, key === 'address' ? { 'xml:space': 'preserve' } : {}, single.children, field.position));
        continue;
      }
    } else if (key in TOPICS && body) {
      topics.push(el('topic', { classes: [key] }, [el('title', {}, [text(TOPICS[key]!)]), ...body.children], field.position));
      continue;
    }
    const kept = { ...field, attributes: { ...field.attributes, classes: [...((field.attributes.classes as string[] | undefined) ?? []), makeId(name)] } };
    docinfo.children.push(kept);
  }
  const replacement: Element[] = [];
  if (docinfo.children.length) replacement.push(docinfo);
  document.children.splice(index, 1, ...replacement, ...topics);
}

/** `:authors: A; B` or `A, B`: one author element each. */
function splitAuthors(paragraph: Element): Element[] {
  const value = textContent(paragraph);
  const parts = (value.includes(';') ? value.split(';') : value.split(',')).map((s) => s.trim()).filter(Boolean);
  return parts.map((part) => el('author', {}, [text(part)]));
}

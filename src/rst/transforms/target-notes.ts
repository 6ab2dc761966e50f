// `.. target-notes::` lists the document's external link targets as
// auto-numbered footnotes where the directive stands, and puts a footnote
// reference after every reference to them (named targets first, in document
// order, then anonymous references with a URI). One footnote per URI.
//
//     `ext`_ ...                     <reference refname="ext">ext
//     .. _ext: http://x        ->    <footnote_reference auto="1" refname="TARGET_NOTE: id3">
//     .. target-notes::              <footnote auto="1" ids="id3" names="TARGET_NOTE:\ id3">
//                                        <paragraph><reference refuri="http://x">http://x
import { el, listAttr, text } from '../../doctree/builders.js';
import type { Element } from '../../doctree/types.js';
import { detail, names, replaceChild, stringAttr, type TransformContext } from './context.js';
import type { NameTable } from './target-names.js';

export function applyTargetNotes(pendings: Array<[Element, Element]>, table: NameTable, ctx: TransformContext): boolean {
  if (!pendings.length) return false;
  const refsByName = new Map<string, Array<[Element, Element]>>();
  const anonymous: Array<[Element, Element]> = [];
  const targets: Element[] = [];
  for (const [node, parent] of table.references) {
    const refname = stringAttr(node, 'refname');
    if (refname !== undefined) {
      const list = refsByName.get(refname) ?? [];
      list.push([node, parent]);
      refsByName.set(refname, list);
    } else if (node.attributes.anonymous && stringAttr(node, 'refuri') !== undefined) anonymous.push([node, parent]);
  }
  for (const [node] of table.targets) if (stringAttr(node, 'refuri') !== undefined && names(node).length) targets.push(node);
  for (const [pending, parent] of pendings) {
    const classes = detail(pending, 'class');
    const notes: Element[] = [];
    const byUri = new Map<string, Element>();
    const noteFor = (uri: string, near: Element): Element => {
      let note = byUri.get(uri);
      if (!note) {
        note = el('footnote', { auto: 1 }, [el('paragraph', {}, [el('reference', { refuri: uri }, [text(uri)])])], near.position);
        note.data = { targetNote: true };
        const id = ctx.setId(note, 'footnote');
        listAttr(note, 'names').push(`TARGET_NOTE: ${id}`);
        byUri.set(uri, note);
        notes.push(note);
      }
      return note;
    };
    const addReference = (ref: Element, refParent: Element, note: Element): void => {
      const noteRef = el('footnote_reference', { auto: 1, refname: names(note)[0]! }, [], ref.position);
      ctx.setId(noteRef, 'footnote-reference');
      // :class: styles the added reference and the space before it (so both can be hidden, e.g. on screen).
      let space: Element['children'][number] = text(' ');
      if (Array.isArray(classes) && classes.length) {
        listAttr(noteRef, 'classes').push(...classes);
        space = el('inline', { classes: [...classes] }, [space]);
      }
      const index = refParent.children.indexOf(ref);
      if (index >= 0) refParent.children.splice(index + 1, 0, space, noteRef);
    };
    for (const target of targets) {
      const note = noteFor(stringAttr(target, 'refuri')!, target);
      for (const name of names(target)) for (const [ref, refParent] of refsByName.get(name) ?? []) addReference(ref, refParent, note);
    }
    for (const [ref, refParent] of anonymous) addReference(ref, refParent, noteFor(stringAttr(ref, 'refuri')!, ref));
    replaceChild(parent, pending, notes);
  }
  return true;
}

// Markdown links, as myst-parser reads them inside a Sphinx project:
//
//     [text](https://example.org)     external  -> reference refuri
//     [text](other.md) [](../a.rst)   a page    -> pending_xref reftype=doc (title filled in when text is empty)
//     [text](other.md#slug)           a heading or label on that page -> pending_xref reftype=myst
//     [text](#slug) [text](#label)    this page first, else any label -> resolved here or pending_xref myst
//     [text](project:other.md)        the same, with MyST's explicit scheme; <project:#x> autolinks too
//     [text](path:files/a.tar.gz)     a file to download, by MyST's path: scheme
//     [text](files/a.tar.gz)          an existing non-page file -> download_reference (Sphinx's :download:)
//     [text](some-label)              a label anywhere            -> pending_xref myst
//     https://bare.example.org        a link only with the linkify extension, else text
//
// The Sphinx layer resolves pending_xref and warns "'myst' reference target
// not found" for the ones that lead nowhere.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { el, text, textContent } from '../doctree/builders.js';
import type { DoctreeNode, Element, Position } from '../doctree/types.js';
import type { Link, LinkReference } from 'mdast';
import { convertPhrasing, inlineHandle } from './inline.js';
import type { Frame, MystState } from './state.js';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const DEFAULT_SUFFIXES = ['.rst', '.md'];

export function convertLink(state: MystState, node: Link, frame: Frame): DoctreeNode[] {
  const children = convertPhrasing(state, node.children, frame);
  // A bare URL (GFM's autolink literal) is a link only with MyST's linkify extension.
  const offset = node.position?.start.offset;
  const opener = offset === undefined ? '[' : frame.text[offset];
  if (opener !== '[' && opener !== '<' && !state.extensions.has('linkify')) return children;
  // An autolink's text is its URL: <project:#x> shows like an empty link, filled in by resolution.
  const autolink = node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url;
  const schemeOnly = autolink && /^(project|path):/.test(node.url);
  return [linkTo(state, node.url, node.title ?? null, schemeOnly ? [] : children, state.pos(node, frame))];
}

export function convertReferenceLink(state: MystState, node: LinkReference, frame: Frame): DoctreeNode[] {
  const children = convertPhrasing(state, node.children, frame);
  const def = frame.definitions.get(node.identifier);
  const position = state.pos(node, frame);
  if (!def) {
    // Not a link after all ([text] with no definition): keep what was written.
    const label = node.referenceType === 'full' ? `[${node.label ?? node.identifier}]` : node.referenceType === 'collapsed' ? '[]' : '';
    return [text('['), ...children, text(`]${label}`, position)];
  }
  return [linkTo(state, def.url, def.title, children, position)];
}

export function convertImage(state: MystState, uri: string, alt: string, title: string | null, position: Position): Element {
  const attributes: Element['attributes'] = { uri, alt };
  if (title) attributes.title = title;
  const image = el('image', attributes, [], position);
  if (!SCHEME.test(uri)) {
    const written = decode(uri);
    const sourcePath = written.startsWith('/') && state.srcdir
      ? path.join(state.srcdir, written)
      : path.resolve(path.dirname(path.resolve(state.settings.sourcePath)), written);
    image.data = { sourcePath };
    // In a project, a missing picture is reported as Sphinx reports it for any image.
    if (state.docname !== undefined && !isFile(sourcePath)) {
      state.pendingMessages.push(state.report(2, `image file not readable: ${written}`, { line: position.start.line }));
    }
  }
  return image;
}

function linkTo(state: MystState, url: string, title: string | null, children: DoctreeNode[], position: Position): Element {
  if (url.startsWith('project:')) return local(state, url.slice('project:'.length), url, children, position);
  // MyST's `path:` scheme: a file to download, whatever its suffix.
  if (url.startsWith('path:')) return download(state, decode(url.slice('path:'.length)), children, position);
  // Intersphinx targets (`inv:`) are not read from Markdown yet: reported as not found rather than linked wrongly.
  if (url.startsWith('inv:')) return mystXref(state, url, children, position, {});
  if (SCHEME.test(url) || url.startsWith('//')) {
    const attributes: Element['attributes'] = { refuri: url };
    if (title) attributes.reftitle = title;
    return el('reference', attributes, children.length ? children : [text(url, position)], position);
  }
  return local(state, url, url, children, position);
}

function local(state: MystState, target: string, written: string, children: DoctreeNode[], position: Position): Element {
  const hash = target.indexOf('#');
  const pathPart = decode(hash >= 0 ? target.slice(0, hash) : target);
  const anchor = hash >= 0 ? decode(target.slice(hash + 1)) : '';
  const explicit = children.length > 0;
  if (!pathPart) {
    const xref = mystXref(state, written, children, position, { refanchor: anchor });
    if (anchor) state.localLinks.push({ node: xref, anchor });
    return xref;
  }
  const docname = documentOf(state, pathPart);
  if (docname !== null) {
    if (anchor) return mystXref(state, written, children, position, { reftargetdoc: docname, refanchor: anchor });
    const inner = el('inline', { classes: ['xref', 'std', 'std-doc'] }, explicit ? children : [text(pathPart, position)], position);
    return el('pending_xref', {
      refdoc: state.docname ?? '', refdomain: 'std', refexplicit: explicit, reftarget: '/' + docname, reftype: 'doc', refwarn: true,
    }, [inner], position);
  }
  const file = fileOf(state, pathPart);
  if (file && !anchor) return download(state, pathPart, children, position);
  return mystXref(state, written, children, position, {});
}

function mystXref(state: MystState, written: string, children: DoctreeNode[], position: Position, extra: Element['attributes']): Element {
  const explicit = children.length > 0;
  const inner = el('inline', { classes: ['xref', 'myst'] }, explicit ? children : [text(written, position)], position);
  return el('pending_xref', {
    refdoc: state.docname ?? '', refdomain: 'std', refexplicit: explicit, reftarget: written, reftype: 'myst', refwarn: true, ...extra,
  }, [inner], position);
}

/**
 * The docname a link path names: `x.md`/`x.rst` (any source suffix), or `x` when such a
 * file exists. Relative to this page; `/x` from the source folder. Null when it is no page.
 */
function documentOf(state: MystState, linkPath: string): string | null {
  const suffixes = Object.keys(state.config.source_suffix ?? {}).length ? Object.keys(state.config.source_suffix!) : DEFAULT_SUFFIXES;
  const here = state.docname ?? path.basename(state.settings.sourcePath).replace(/\.[^.]*$/, '');
  const absolute = linkPath.startsWith('/');
  const joined = path.posix.normalize(path.posix.join('/', absolute ? '' : path.posix.dirname('/' + here), linkPath)).replace(/^\/+/, '');
  const suffix = suffixes.find((s) => joined.endsWith(s));
  if (suffix) return joined.slice(0, -suffix.length);
  const base = baseDir(state, absolute);
  if (suffixes.some((s) => isFile(path.join(base, linkPath.replace(/^\/+/, '') + s)))) return joined;
  return null;
}

function fileOf(state: MystState, linkPath: string): string | null {
  const file = path.join(baseDir(state, linkPath.startsWith('/')), linkPath.replace(/^\/+/, ''));
  return isFile(file) ? file : null;
}

function baseDir(state: MystState, absolute: boolean): string {
  if (absolute && state.srcdir) return state.srcdir;
  return path.dirname(path.resolve(state.settings.sourcePath));
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/** A file that is not a page: Sphinx's :download: role when registered, else a plain link. */
function download(state: MystState, linkPath: string, children: DoctreeNode[], position: Position): Element {
  const role = state.registries.roles.get('download');
  if (role) {
    const title = children.length ? textContent(el('inline', {}, children)) : '';
    const escaped = title.replace(/</g, '\\<');
    const value = title ? `${escaped} <${linkPath}>` : linkPath;
    const result = role({ name: 'download', rawText: `{download}\`${value}\``, text: value, lineno: position.start.line, inliner: inlineHandle(state), options: {}, content: [] });
    state.pendingMessages.push(...result.messages);
    const node = result.nodes.find((n) => n.type !== 'text') as Element | undefined;
    if (node) {
      node.position ??= position;
      return node;
    }
  }
  return el('reference', { refuri: linkPath }, children.length ? children : [text(linkPath, position)], position);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

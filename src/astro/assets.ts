// Files a page refers to that must be copied into the site: images and
// figures (at their source path, where the renderer links them) and
// downloads (under _downloads/<hash>/, as Sphinx does, so names cannot clash).
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DoctreeNode, Element } from '../doctree/types.js';

export interface Asset {
  /** Absolute source file. */
  from: string;
  /** Path relative to the site root. */
  to: string;
}

function walk(node: DoctreeNode, visit: (element: Element) => void): void {
  if (node.type === 'text') return;
  visit(node as Element);
  for (const child of (node as Element).children) walk(child, visit);
}

const hasScheme = (uri: string) => /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('//');

/** Assets of one page; sets each download_reference's `filename` to where its file will be. */
export function collectAssets(docname: string, doctree: Element, srcdir: string): Asset[] {
  const assets: Asset[] = [];
  const docFolder = path.posix.dirname(docname) === '.' ? '' : path.posix.dirname(docname);
  walk(doctree, (node) => {
    if (node.type === 'image') {
      const uri = String(node.attributes.uri ?? '');
      if (!uri || hasScheme(uri)) return;
      const relative = path.posix.normalize(uri.startsWith('/') ? uri.slice(1) : path.posix.join(docFolder, uri));
      if (relative.startsWith('..')) return;
      assets.push({ from: path.join(srcdir, relative), to: relative });
    } else if (node.type === 'download_reference') {
      const source = node.data?.sourcePath as string | undefined;
      if (!source) return;
      const digest = createHash('sha1').update(source).digest('hex').slice(0, 12);
      const to = `_downloads/${digest}/${path.basename(source)}`;
      node.attributes.filename = to;
      assets.push({ from: source, to });
    }
  });
  return assets;
}

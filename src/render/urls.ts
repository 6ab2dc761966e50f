// The site's URL scheme (`/docname/`, `/docname/#anchor`) and relative links
// between pages. Links are written relative so a site works under any base
// path and from the file system.

/** Site path of a page: `k8s/oom` → `/k8s/oom/`, `index` → `/`, `k8s/index` → `/k8s/`. */
export function sitePath(docname: string): string {
  const trimmed = docname.replace(/^\/+|\/+$/g, '');
  if (trimmed === '' || trimmed === 'index') return '/';
  if (trimmed.endsWith('/index')) return '/' + trimmed.slice(0, -'/index'.length) + '/';
  return '/' + trimmed + '/';
}

/** Relative reference from the page at `fromPath` (a folder path ending in '/') to the absolute site path `toPath`. */
export function relativePath(fromPath: string, toPath: string): string {
  const from = fromPath.split('/').filter(Boolean);
  const toTrailingSlash = toPath.endsWith('/');
  const to = toPath.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length - (toTrailingSlash ? 0 : 1) && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/') + (toTrailingSlash && to.length > common ? '/' : '');
  const prefix = up === 0 ? './' : '../'.repeat(up);
  return prefix + rest;
}

export function defaultDocUrl(targetDocname: string, anchor: string, fromDocname: string): string {
  const fragment = anchor ? '#' + anchor : '';
  if (targetDocname === fromDocname) return fragment || './';
  return relativePath(sitePath(fromDocname), sitePath(targetDocname)) + fragment;
}

/** Image and figure files: copied into the site at their source path (folder of the document + uri). */
export function defaultAssetUrl(uri: string, fromDocname: string): string {
  if (hasScheme(uri) || uri.startsWith('//')) return uri;
  const docFolder = fromDocname.includes('/') ? fromDocname.slice(0, fromDocname.lastIndexOf('/') + 1) : '';
  const sourcePath = uri.startsWith('/') ? uri.slice(1) : docFolder + uri;
  return relativePath(sitePath(fromDocname), '/' + normalizeSegments(sourcePath));
}

/** A file given relative to the site root (download_reference's `filename`). */
export function siteFileUrl(siteRelative: string, fromDocname: string): string {
  return relativePath(sitePath(fromDocname), '/' + normalizeSegments(siteRelative.replace(/^\/+/, '')));
}

/**
 * A relative link written in the source (`other.html`, `../k8s/`) is relative to
 * the document's folder, as in Sphinx's output (`k8s/oom.html`). Our page lives
 * one folder deeper (`/k8s/oom/`) unless it is an index page, so step back up.
 */
export function rebaseRelativeUri(uri: string, fromDocname: string): string {
  if (uri === '' || uri.startsWith('#') || uri.startsWith('/') || hasScheme(uri)) return uri;
  const isIndex = fromDocname === 'index' || fromDocname.endsWith('/index');
  return isIndex ? uri : '../' + uri;
}

function normalizeSegments(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

function hasScheme(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(uri);
}

/**
 * Schemes that run code or smuggle content when followed. Browsers ignore
 * whitespace and control characters inside a scheme, and entity-decoding has
 * already happened in the parser, so the check strips them before comparing.
 */
export function isUnsafeUri(uri: string): boolean {
  const compact = uri.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

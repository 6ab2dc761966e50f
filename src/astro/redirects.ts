// `/docname.html` pages that send readers on to `/docname/`, so links into an
// old Sphinx site (html builder URLs) keep working, anchors included. Written
// as plain files after the build: they need no layout, and a thousand of them
// cost milliseconds instead of a thousand Astro routes.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function redirectPage(url: string, title: string): string {
  const href = escapeHtml(url);
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="canonical" href="${href}"><meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<script>location.replace(${JSON.stringify(url).replace(/</g, '\\u003c')} + location.hash)</script>
</head><body><p>Moved to <a href="${href}">${escapeHtml(title)}</a>.</p></body></html>
`;
}

/** One `docname.html` per page; `index` and `a/index` are skipped, their `.html` is the page itself. */
export function writeRedirects(outDir: string, pages: Array<{ docname: string; url: string; title: string }>): number {
  let written = 0;
  for (const page of pages) {
    if (page.docname === 'index' || page.docname.endsWith('/index')) continue;
    const file = path.join(outDir, `${page.docname}.html`);
    if (existsSync(file)) continue; // never replace a real page
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, redirectPage(page.url, page.title));
    written++;
  }
  return written;
}

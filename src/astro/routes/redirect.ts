// `/docname.html` pages that send readers on to `/docname/`, so links into an
// old Sphinx site (html builder URLs) keep working, anchors included.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

export const getStaticPaths: GetStaticPaths = async () => {
  const docs = await getCollection('docs');
  // `index` and `a/index` already live at `/index.html` and `/a/index.html`: those are the pages themselves.
  return docs
    .filter((entry) => entry.id !== 'index' && !entry.id.endsWith('/index'))
    .map((entry) => ({ params: { slug: entry.id }, props: { url: entry.data.url, title: entry.data.title } }));
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const GET: APIRoute = ({ props }) => {
  const url = escapeHtml(String(props.url));
  const title = escapeHtml(String(props.title));
  const body = `<!doctype html>
<html><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}"><meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${url}">
<script>location.replace(${JSON.stringify(String(props.url)).replace(/</g, "\\u003c")} + location.hash)</script>
</head><body><p>Moved to <a href="${url}">${title}</a>.</p></body></html>`;
  return new Response(body, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};

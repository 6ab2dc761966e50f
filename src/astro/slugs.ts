// Route parameters for documents: `index` is the site root, `a/index` is `/a/`.
export function slugOf(docname: string): string | undefined {
  if (docname === 'index') return undefined;
  return docname.endsWith('/index') ? docname.slice(0, -'/index'.length) : docname;
}

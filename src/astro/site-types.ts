// The data the site is laid out from: computed once per build by the
// pipeline (parse -> resolve -> render), then handed to Astro by the loader.

export interface NavItem {
  title: string;
  /** Site URL, or an external URL for toctree entries that are links. */
  url: string;
  docname?: string;
  external?: boolean;
  children: NavItem[];
}

export interface NavGroup {
  /** The toctree's caption; empty for an uncaptioned toctree. */
  caption: string;
  items: NavItem[];
}

export interface PageLink {
  title: string;
  url: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface SitePage {
  docname: string;
  url: string;
  title: string;
  html: string;
  headings: Heading[];
  breadcrumbs: PageLink[];
  prev?: PageLink;
  next?: PageLink;
  /** docnames from the root to this page along the toctree (for expanding the sidebar). */
  trail: string[];
  /** Source file relative to the project, for "edit this page" and error display. */
  sourcePath: string;
  /** Problems shown in the page itself (dev mode). */
  problems: Array<{ line?: number; message: string; level: string }>;
}

/** A page without its HTML: what Astro's content store holds (page-html.ts reads the HTML when the page is generated). */
export type PageMeta = Omit<SitePage, 'html'>;

/** The site as the content loaders see it: every page's metadata and the navigation, no HTML. */
export interface SiteMeta extends Omit<SiteData, 'pages'> {
  pages: PageMeta[];
}

export interface SiteData {
  project: string;
  language: string;
  /** `zh-CN`-style BCP 47 tag for the html lang attribute. */
  htmlLang: string;
  nav: NavGroup[];
  pages: SitePage[];
}

/** URL of a document on the site: `index` -> `/`, `a/index` -> `/a/`, `a/b` -> `/a/b/`. */
export function docUrl(docname: string, base = '/'): string {
  const trimmed = docname === 'index' ? '' : docname.endsWith('/index') ? docname.slice(0, -'index'.length) : docname + '/';
  return base + trimmed.split('/').map(encodeURIComponent).join('/');
}

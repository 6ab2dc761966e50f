import type { SiteData } from './site-types.js';
import type { SiteOptions } from './options.js';
// TEMPORARY probe of the Astro wiring; replaced by the real pipeline.
export async function loadSiteData(options: SiteOptions, _logger: unknown): Promise<SiteData> {
  const pages = ['index', 'a/index', 'a/b'].map((d) => ({ docname: d, url: d === 'index' ? '/' : d === 'a/index' ? '/a/' : '/a/b/', title: 'T ' + d, html: `<h1 id="t">T ${d}</h1><p>内存分配错误 cannot allocate memory</p>`, headings: [{ depth: 1, slug: 't', text: 'T' }], breadcrumbs: [], trail: [], sourcePath: d + '.rst', problems: [] }));
  return { project: 'Probe', language: 'zh_CN', htmlLang: 'zh-CN', nav: [{ caption: 'Cap', items: [{ title: 'A', url: '/a/', docname: 'a/index', children: [{ title: 'B', url: '/a/b/', docname: 'a/b', children: [] }] }] }], pages };
}

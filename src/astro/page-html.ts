// Each page's HTML, read from the pipeline's results on disk when the page is generated.
// The content store keeps only each page's metadata and headings (see loader.ts).
import { siteOptionsFromEnv } from './options.js';
import { pipelineModule } from './pipeline-modules.js';

type ArtifactFiles = typeof import('./artifact-files.js');

let byDocname: Promise<Map<string, string>> | null = null;

async function load(): Promise<Map<string, string>> {
  const files = await pipelineModule<ArtifactFiles>('astro/artifact-files.js');
  return new Map(files.readSiteData(siteOptionsFromEnv()).pages.map((p) => [p.docname, p.html]));
}

export async function pageHtml(docname: string): Promise<string> {
  byDocname ??= load();
  const html = (await byDocname).get(docname);
  if (html === undefined) throw new Error(`rstro: no rendered HTML for ${docname}`);
  return html;
}

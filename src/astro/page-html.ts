// Each page's HTML, read from the pipeline's results on disk when the page is generated.
// The content store keeps only each page's metadata and headings (see loader.ts).
import { siteOptionsFromEnv } from './options.js';
import { pipelineModule } from './pipeline-modules.js';

type ArtifactFiles = typeof import('./artifact-files.js');

let byDocname: Promise<Map<string, string>> | null = null;

async function load(): Promise<Map<string, string>> {
  const files = await pipelineModule<ArtifactFiles>('astro/artifact-files.js');
  // Under `rstro build` the worker may still be rendering while Astro builds: wait for it.
  await files.renderedElsewhere();
  return new Map(Object.entries(files.readPagesHtml(siteOptionsFromEnv())));
}

export async function pageHtml(docname: string): Promise<string> {
  byDocname ??= load();
  const html = (await byDocname).get(docname);
  if (html === undefined) throw new Error(`rstro: no rendered HTML for ${docname}`);
  return html;
}

// Each page's HTML, read from the pipeline's results on disk when the page is generated.
// The content store keeps only each page's metadata and headings (see loader.ts).
import { statSync } from 'node:fs';
import { siteOptionsFromEnv } from './options.js';
import { pipelineModule } from './pipeline-modules.js';

type ArtifactFiles = typeof import('./artifact-files.js');

/** The pages of the results file as last read, by the file's size and time: a later build in the same process reads them again. */
let cached: { stamp: string; pages: Map<string, string> } | null = null;

let filesModule: Promise<ArtifactFiles> | null = null;

async function pages(): Promise<Map<string, string>> {
  const files = await (filesModule ??= pipelineModule<ArtifactFiles>('astro/artifact-files.js'));
  // Under `rstro build` the worker may still be rendering while Astro builds: wait for it.
  await files.renderedElsewhere();
  const options = siteOptionsFromEnv();
  const stat = statSync(files.artifactPath(options, 'html'));
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  if (cached?.stamp !== stamp) cached = { stamp, pages: new Map(Object.entries(files.readPagesHtml(options))) };
  return cached.pages;
}

export async function pageHtml(docname: string): Promise<string> {
  const html = (await pages()).get(docname);
  if (html === undefined) throw new Error(`rstro: no rendered HTML for ${docname}`);
  return html;
}

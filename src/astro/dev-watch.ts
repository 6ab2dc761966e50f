// Dev server: when a source page, an included file or a recorded output
// changes, run the pipeline again (its caches make that cheap: only changed
// documents are parsed), refresh the loaders and reload the browser.
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { siteOptionsFromEnv } from './options.js';
import { pipelineModule } from './pipeline-modules.js';

type Dev = typeof import('./dev-site.js');

interface DevServer {
  ws: { send(payload: { type: 'full-reload'; path?: string }): void };
  httpServer?: { once(event: 'close', listener: () => void): void } | null;
}
interface Logger {
  info(message: string): void;
  error(message: string): void;
}
type Refresh = (options: { loaders?: string[]; context?: Record<string, unknown> }) => Promise<void>;

export function watchSources(server: DevServer, refreshContent: Refresh, logger: Logger): void {
  const options = siteOptionsFromEnv();
  const roots = [options.source, options.fixtureRoot ?? path.join(path.dirname(options.source), 'literalinclude')];
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const flush = async () => {
    const files = [...changed];
    changed.clear();
    const started = performance.now();
    try {
      const site = await (await pipelineModule<Dev>('astro/dev-site.js')).devSite(options);
      const result = await site.update(files);
      if (result.changed.length === 0) return;
      // Pages are served from the in-memory site (routes/doc.astro), so an edit needs only a reload;
      // the content store is refreshed when the set of pages or the navigation may have changed.
      if (result.full) await refreshContent({ loaders: ['rstro-pages', 'rstro-site'], context: { changed: result.changed } });
      server.ws.send({ type: 'full-reload' });
      logger.info(
        `${files.map((f) => path.relative(process.cwd(), f)).join(', ')}: ${result.full ? 'rebuilt everything' : `parsed ${result.reparsed.length}, rendered ${result.rendered} page(s)`} in ${result.milliseconds} ms (${Math.round(performance.now() - started)} ms with reload)`,
      );
    } catch (error) {
      logger.error(`rebuild failed: ${(error as Error).message}`);
    }
  };

  const onChange = (root: string) => (_event: string, file: string | Buffer | null) => {
    if (!file) return;
    const name = String(file);
    if (name.includes('node_modules') || name.startsWith('.') || name.includes('/.')) return;
    changed.add(path.join(root, name));
    if (timer) clearTimeout(timer);
    // A short pause gathers an editor's several writes of one save into one rebuild.
    timer = setTimeout(() => {
      running = (running ?? Promise.resolve()).then(flush);
    }, 30);
  };

  const watchers: FSWatcher[] = [];
  for (const root of roots) {
    try {
      watchers.push(watch(root, { recursive: true }, onChange(root)));
    } catch {
      // no fixture root: nothing to watch there
    }
  }
  server.httpServer?.once('close', () => watchers.forEach((w) => w.close()));
}

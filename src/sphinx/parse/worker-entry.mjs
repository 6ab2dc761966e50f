// Worker-thread entry. Beside a compiled copy of the sources (bin/compiled-sources.js)
// worker.js exists and loads natively; beside the TypeScript sources, workers start
// without the main thread's tsx loader, so register it here first.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('./worker.js', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('./worker.js');

// Worker-thread entry for pagefind-worker. Beside a compiled copy of the sources
// the .js file loads natively; beside the TypeScript sources, register tsx first.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('./pagefind-worker.js', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('./pagefind-worker.js');

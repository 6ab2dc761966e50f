// Worker-thread entry for prepare-worker. Beside a compiled copy of the sources
// the .js file loads natively; beside the TypeScript sources, register tsx first.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('./prepare-worker.js', import.meta.url))) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import('./prepare-worker.js');

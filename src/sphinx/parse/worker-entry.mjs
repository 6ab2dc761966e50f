// Worker-thread entry: workers start without the main thread's TypeScript
// loader, so register tsx here (as bin/rstro.js does) before loading the worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');

#!/usr/bin/env node
// Runs a TypeScript script (benchmarks, generators) with tsx's loader.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node bin/run-ts.js SCRIPT.ts [ARGS...]');
  process.exit(2);
}
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(path.resolve(script)).href);

// The Sphinx layer for one file outside a full check (`rstro pformat --sphinx FILE`):
// the project is the nearest folder above the file holding a conf.py (else the
// file's own folder), so relative includes, toctree checks and conf.py's
// extensions behave as they would in the project.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Registries } from '../rst/api.js';
import { readConfFile } from './conf.js';
import { registerSphinx } from './directives/index.js';
import { discoverDocuments } from './discover.js';
import { projectContext } from './parse/rst-backend.js';
import type { ProjectContext } from './types.js';

export function projectForFile(file: string): ProjectContext {
  const start = path.dirname(path.resolve(file));
  let srcdir = start;
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'conf.py'))) {
      srcdir = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  const { config } = readConfFile(srcdir);
  const { documents } = discoverDocuments(srcdir, config);
  const rootDir = existsSync(path.join(path.dirname(srcdir), 'package.json')) ? path.dirname(srcdir) : srcdir;
  return projectContext({
    srcdir,
    rootDir,
    config,
    docnames: documents.map((d) => d.docname),
    docnamePaths: Object.fromEntries(documents.map((d) => [d.docname, d.path])),
    tags: ['html', 'format_html', 'builder_html'],
  });
}

export function registerSphinxForFile(registries: Registries, file: string): void {
  registerSphinx(registries, projectForFile(file));
}
